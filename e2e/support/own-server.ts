import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ownAppPort } from "./ports";

// A server of a story's own, started as an operator starts it (scripts/start.ts, with nothing but what
// the story sets: no SMTP server, no secret, no proxy), on the project's kind of database, on a port of
// its own (ownAppPort in ./ports.ts). For stories about how the app starts.

export type OwnServer = { port: number; log: () => string; stop: () => Promise<void> };

export async function startOwnServer(project: string, env: Record<string, string>): Promise<OwnServer> {
  const port = ownAppPort("own-server", project);
  const database = await freshDatabase(project);
  const logPath = path.resolve("e2e/.artifacts", `own-server-${project}-${port}-${Date.now()}.log`);
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => void (output += chunk.toString());
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    fs.writeFileSync(logPath, output);
    await database.drop();
  };
  // A first start on PGlite loads the demo campaign: on a busy machine that takes minutes.
  const deadline = Date.now() + 200_000;
  while (!/placard: ready on port/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the story's own server did not start; see ${logPath}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { port, log: () => output, stop };
}

async function freshDatabase(project: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (project !== "postgres") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "placard-own-server-"));
    return { url: `pglite://${dir}/db`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `placard_own_${crypto.randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
