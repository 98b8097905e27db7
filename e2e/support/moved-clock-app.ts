import { execFileSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startApp } from "./global-setup";
import { E2E_ADMIN_EMAIL, e2ePorts, ownAppPort } from "./ports";
import { distDir } from "./server-actions";

// An app instance of a story's own, on a fresh database with the demo data, sending to the run's SMTP
// server, whose clock the story sets (./moved-clock.mjs, loaded into its processes through NODE_OPTIONS:
// the app itself has no clock to move). For stories about what happens "an hour later". Its own copy of
// the build, so that pages it caches never reach the shared servers.

export type MovedClockApp = {
  url: string;
  /** Sets the app's clock to `at` (its processes read it within 100 ms; this waits for that). */
  setClock: (at: Date) => Promise<void>;
  /** Its LETTER_BOUNCE_SECRET: late bounces are reported to /api/letters/bounces with it. */
  bounceSecret: string;
  /** Its EVENT_PHOTO_DIR: where the reports' photos it stores are written. */
  photoDir: string;
  stop: () => Promise<void>;
};

/** `story` names the story's own port pair (ownAppPort in ./ports.ts), so that two such stories never meet. */
export async function startMovedClockApp(story: "clock-pacing" | "clock-bounces" | "clock-picket", project: string, at: Date): Promise<MovedClockApp> {
  const isPglite = project === "pglite";
  const port = ownAppPort(story, project);
  const url = `http://localhost:${port}`;
  if (await fetch(url).then(() => true, () => false)) throw new Error(`something already listens on ${url}: a leftover app server of an interrupted run?`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "placard-moved-clock-"));
  const clockFile = path.join(scratch, "clock-offset");
  const writeClock = (when: Date) => fs.writeFileSync(clockFile, String(when.getTime() - Date.now()));
  writeClock(at);
  let databaseUrl = `pglite://${scratch}/db`;
  let dropDb: string | null = null;
  if (!isPglite) {
    dropDb = `placard_clock_${crypto.randomBytes(4).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${dropDb}`);
    const pgUrl = new URL(process.env.TEST_DATABASE_URL!);
    pgUrl.pathname = `/${dropDb}`;
    databaseUrl = pgUrl.toString();
  }
  const dist = `${distDir()}-${story}-${project}`;
  const bounceSecret = crypto.randomBytes(32).toString("hex");
  let child: ChildProcess | null = null;
  const stop = async () => {
    if (child && child.exitCode === null) {
      const running = child;
      await new Promise((resolve) => {
        running.once("exit", resolve);
        running.kill("SIGTERM");
      });
    }
    fs.rmSync(dist, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
    if (dropDb) await adminQuery(`DROP DATABASE IF EXISTS ${dropDb} WITH (FORCE)`);
  };
  try {
    // Seeded before the app starts (on PGlite too): a first start that loads the demo data can take longer,
    // on a busy machine, than startApp waits for an answer.
    execFileSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
    fs.rmSync(dist, { recursive: true, force: true });
    fs.cpSync(distDir(), dist, { recursive: true, filter: (source) => !source.startsWith(path.join(distDir(), "cache")) });
    child = await startApp(`${story}-${project}-${port}`, port, {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${path.resolve("e2e/support/moved-clock.mjs")}`.trim(),
      E2E_CLOCK_FILE: clockFile,
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: dist,
      SMTP_URL: `smtp://127.0.0.1:${e2ePorts().smtp}`,
      MAIL_FROM: "Placard e2e <placard@example.org>",
      ADMIN_EMAILS: E2E_ADMIN_EMAIL,
      AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
      TRUSTED_PROXY: "one",
      WORKER_INTERVAL_MS: "200",
      SIGN_IN_LINK_SPACING_SECONDS: "0",
      RATE_LIMIT_MAIL_CLIENT: "100000/600",
      RATE_LIMIT_MAIL_DOMAIN: "100000/600",
      LETTER_BOUNCE_SECRET: bounceSecret,
      EVENT_PHOTO_DIR: path.join(scratch, "photos"),
      NEXT_TELEMETRY_DISABLED: "1",
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    setClock: async (when) => {
      writeClock(when);
      await new Promise((resolve) => setTimeout(resolve, 400));
    },
    bounceSecret,
    photoDir: path.join(scratch, "photos"),
    stop,
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  await client.query(text);
  await client.end();
}
