import { execFileSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect } from "@playwright/test";
import { changedTables, openRawSql, snapshot, type RawSql, type Snapshot } from "./database-snapshot";
import { startApp } from "./global-setup";
import { E2E_ADMIN_EMAIL, e2ePorts, ownAppPort } from "./ports";
import { distDir } from "./server-actions";
import { writeStrangerWorld, type StrangerWorld } from "./stranger-world";

// An app instance of a story's own, on a database it seeds itself (the demo data, then the stranger's
// world), so that "nothing was written" can be checked on every table while no other story writes.
// On PostgreSQL the tables can be compared after every request (`expectNothingWritten`). A PGlite folder
// belongs to one process: there the database is seeded before the app starts, and compared when the app
// has stopped (`expectNothingWrittenSinceStart`, which starts it again).
// The background worker is off: no mail is sent and no count moves on its own while tables are compared.

export type OwnApp = {
  url: string;
  databaseUrl: string;
  isPglite: boolean;
  world: StrangerWorld;
  /** What the tables held when the story started, or after its last expected write. */
  before: Snapshot;
  /** PostgreSQL only: open while the app runs. */
  sql: RawSql | null;
  child: ChildProcess | null;
  dist: string;
  dropDb?: string;
  secret: string;
};

/** The app listens on a port of its own (ownAppPort in ./ports.ts); `slot` keeps two copies of the build apart. */
export async function startOwnApp(projectName: string, slot: number): Promise<OwnApp> {
  const isPglite = projectName === "pglite";
  const port = ownAppPort("stranger-world", projectName);
  let databaseUrl: string;
  let dropDb: string | undefined;
  if (isPglite) {
    databaseUrl = `pglite://${fs.mkdtempSync(path.join(os.tmpdir(), "placard-own-"))}/db`;
  } else {
    dropDb = `placard_own_${crypto.randomBytes(4).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${dropDb}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${dropDb}`;
    databaseUrl = url.toString();
  }
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
  const seeding = await openRawSql(databaseUrl);
  const world = await writeStrangerWorld(seeding);
  const before = await snapshot(seeding);
  if (isPglite) await seeding.close();
  // Its own copy of the build: pages cached by this instance must not reach the shared servers.
  const dist = `${distDir()}-own-${slot}-${projectName}`;
  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync(distDir(), dist, { recursive: true, filter: (source) => !source.startsWith(path.join(distDir(), "cache")) });
  const app: OwnApp = { url: `http://localhost:${port}`, databaseUrl, isPglite, world, before, sql: isPglite ? null : seeding, child: null, dist, dropDb, secret: crypto.randomBytes(32).toString("hex") };
  await startServer(app);
  return app;
}

export async function stopOwnApp(app: OwnApp | undefined): Promise<void> {
  if (!app) return;
  await stopServer(app);
  await app.sql?.close();
  fs.rmSync(app.dist, { recursive: true, force: true });
  if (app.isPglite) fs.rmSync(path.dirname(app.databaseUrl.slice("pglite://".length)), { recursive: true, force: true });
  if (app.dropDb) await adminQuery(`DROP DATABASE IF EXISTS ${app.dropDb} WITH (FORCE)`);
}

/** PostgreSQL: no table changed since `before`. PGlite: nothing to compare while the app runs. */
export async function expectNothingWritten(app: OwnApp, what: string): Promise<void> {
  if (!app.sql) return;
  expect(changedTables(app.before, await snapshot(app.sql)), what).toEqual([]);
}

/** Every table as it was when the story started (PGlite: the app is stopped to read it, then started again). */
export async function expectNothingWrittenSinceStart(app: OwnApp): Promise<void> {
  if (app.sql) {
    expect(changedTables(app.before, await snapshot(app.sql))).toEqual([]);
    return;
  }
  await stopServer(app);
  const raw = await openRawSql(app.databaseUrl);
  try {
    expect(changedTables(app.before, await snapshot(raw))).toEqual([]);
  } finally {
    await raw.close();
  }
  await startServer(app);
}

/** PostgreSQL: the tables an expected write changed (and `before` moves on); PGlite: null. */
export async function tablesWritten(app: OwnApp): Promise<string[] | null> {
  if (!app.sql) return null;
  const after = await snapshot(app.sql);
  const changed = changedTables(app.before, after);
  app.before = after;
  return changed;
}

async function startServer(app: OwnApp): Promise<void> {
  // A server left over from an interrupted run would answer in place of this one, on another database.
  const leftover = await fetch(app.url).then(() => true, () => false);
  if (leftover) throw new Error(`something already listens on ${app.url}: stop it (a leftover app server of an interrupted run?)`);
  app.child = await startApp(`own-${app.isPglite ? "pglite" : "postgres"}-${new URL(app.url).port}`, Number(new URL(app.url).port), {
    ...process.env,
    DATABASE_URL: app.databaseUrl,
    NEXT_DIST_DIR: app.dist,
    SMTP_URL: `smtp://127.0.0.1:${e2ePorts().smtp}`,
    MAIL_FROM: "Placard e2e <placard@example.org>",
    ADMIN_EMAILS: E2E_ADMIN_EMAIL,
    AUTH_SECRET: app.secret,
    TRUSTED_PROXY: "one",
    PLACARD_WORKER: "off",
    NEXT_TELEMETRY_DISABLED: "1",
  });
}

async function stopServer(app: OwnApp): Promise<void> {
  const child = app.child;
  app.child = null;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  await client.query(text);
  await client.end();
}
