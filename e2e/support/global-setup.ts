import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import { E2E_ADMIN_EMAIL, e2ePorts, hasPostgres, mailDir, stateFile } from "./ports";

// Starts, for the whole run: a real SMTP server on loopback that writes every message it receives as
// JSON into mailDir() (and refuses recipients named bounce-…), and the built app on PGlite (fresh
// folder: first start loads the demo data) and on PostgreSQL (fresh database, demo data loaded with
// db:seed) when TEST_DATABASE_URL is set.

const children: ChildProcess[] = [];

export default async function globalSetup() {
  const ports = e2ePorts();
  fs.rmSync(mailDir(), { recursive: true, force: true });
  fs.mkdirSync(mailDir(), { recursive: true });
  const smtp = await startSmtp(ports.smtp);

  const shared = {
    ...process.env,
    SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
    MAIL_FROM: "Placard e2e <placard@example.org>",
    ADMIN_EMAILS: E2E_ADMIN_EMAIL,
    AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    TRUSTED_PROXY: "one", // tests give each story its own client address in X-Forwarded-For
    WORKER_INTERVAL_MS: "200",
    // Many stories sign in as the one admin address, each waiting for its own link; the spacing of
    // links to one address is tested in lib/auth/request-link-limits.test.ts.
    SIGN_IN_LINK_SPACING_SECONDS: "0",
    // Every story's mail goes to example.org, from many test client addresses: the caps on mail to
    // unconfirmed addresses are raised here; lib/signatures/unconfirmed-mail.test.ts proves the defaults bite.
    RATE_LIMIT_MAIL_CLIENT: "100000/600",
    RATE_LIMIT_MAIL_DOMAIN: "100000/600",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Pages served from the cache (ISR) are kept in the build folder: those of an earlier run carry its
  // database's ids, so each run starts without them.
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  fs.rmSync(path.join(distDir, "server", "route-cache"), { recursive: true, force: true });
  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "placard-e2e-"));
  const servers: Promise<unknown>[] = [
    startApp("pglite", ports.pglite, { ...shared, DATABASE_URL: `pglite://${pgliteDir}/db`, EVENT_PHOTO_DIR: `${pgliteDir}/photos-pglite` }),
  ];
  let postgresDb: string | null = null;
  if (hasPostgres()) {
    postgresDb = `placard_e2e_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${postgresDb}`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${postgresDb}`;
    const env = { ...shared, DATABASE_URL: url.toString(), EVENT_PHOTO_DIR: `${pgliteDir}/photos-postgres` };
    await run("npx", ["tsx", "scripts/db-seed.ts"], env);
    // Its own copy of the build: Next keeps pages served from the cache (ISR) in the build folder, and a
    // page cached by the PGlite server carries that database's ids.
    const postgresDist = `${distDir}-e2e-postgres`;
    fs.rmSync(postgresDist, { recursive: true, force: true });
    fs.cpSync(distDir, postgresDist, { recursive: true, filter: (source) => !source.startsWith(path.join(distDir, "cache")) });
    servers.push(startApp("postgres", ports.postgres, { ...env, NEXT_DIST_DIR: postgresDist }));
  }
  await Promise.all(servers);
  fs.writeFileSync(stateFile(), JSON.stringify({ pgliteDir, postgresDb, pids: children.map((c) => c.pid) }));

  return async () => {
    for (const child of children) child.kill("SIGTERM");
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
    fs.rmSync(pgliteDir, { recursive: true, force: true });
    fs.rmSync(`${process.env.NEXT_DIST_DIR ?? ".next"}-e2e-postgres`, { recursive: true, force: true });
    if (postgresDb) {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${postgresDb} WITH (FORCE)`);
      await admin.end();
    }
  };
}

async function startSmtp(port: number): Promise<SMTPServer> {
  let seq = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // A mailbox that does not exist: any address whose local part starts with "bounce-" is refused at
    // RCPT with 550, as a real server refuses an unknown recipient (a hard bounce).
    onRcptTo(address, _session, callback) {
      if (/^bounce-/i.test(address.address)) return callback(Object.assign(new Error("5.1.1 No such mailbox here"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const record = {
            seq: ++seq,
            receivedAt: new Date().toISOString(),
            envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: mail.from?.text ?? "",
            to: mail.to ? (Array.isArray(mail.to) ? mail.to.map((a) => a.text) : [mail.to.text]) : [],
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            messageId: mail.messageId ?? "",
            headers: mail.headerLines.map((header) => header.line),
          };
          const name = `${Date.now()}-${String(record.seq).padStart(5, "0")}.json`;
          // Written aside and renamed into place: a story reading the folder at that moment never sees half a file.
          const partial = path.join(mailDir(), `${name}.partial`);
          fs.writeFileSync(partial, JSON.stringify(record, null, 2));
          fs.renameSync(partial, path.join(mailDir(), name));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return server;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

/** Starts the built app (scripts/start.ts) on `port` and waits until it answers; a spec may start its own. */
export async function startApp(name: string, port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const logPath = path.resolve("e2e/.artifacts", `server-${name}-${port}.log`);
  const log = fs.openSync(logPath, "w");
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...env, PORT: String(port), APP_URL: `http://localhost:${port}` },
    stdio: ["ignore", log, log],
  });
  children.push(child);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the ${name} app server exited (${child.exitCode}); see ${logPath}`);
    try {
      const res = await fetch(`http://localhost:${port}/en`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the ${name} app server did not answer within 120 s; see ${logPath}`);
}
