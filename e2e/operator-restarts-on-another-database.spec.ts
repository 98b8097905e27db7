import { execFileSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { test, expect, uniqueEmail } from "./support/fixtures";
import { openRawSql } from "./support/database-snapshot";
import { startApp } from "./support/global-setup";
import { ownAppPort } from "./support/ports";
import { distDir } from "./support/server-actions";
import { PETITION_PATH } from "./support/signing";

// An operator runs `npm start` with one database, stops, and starts the same build on another (a fresh
// PGlite folder; another DATABASE_URL on PostgreSQL). Both hold the demo campaign, under the same
// addresses but with ids of their own. The first visitor after the restart must get the second
// database's petition page, not one the cache kept from the first, and signing it must store the
// signature in the second database (issue 10; docs/decisions/022).

test.describe.configure({ timeout: 300_000 });

const MARK = " (first database)";

type Db = { url: string; drop: () => Promise<void> };

test("the same build started on another database serves that database's petition page, and signing it stores one signature there", async ({ page }, info) => {
  test.setTimeout(300_000);
  const project = info.project.name;
  const port = ownAppPort("another-database", project);
  const url = `http://localhost:${port}`;
  // A copy of the build of its own, so that nothing this story's servers cache reaches the shared ones.
  const dist = `${distDir()}-another-db-${project}`;
  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync(distDir(), dist, { recursive: true, filter: (source) => !source.startsWith(path.join(distDir(), "cache")) && !source.includes("route-cache") });
  const first = await seededDatabase(project);
  const second = await seededDatabase(project);
  try {
    // The first database's petition has a title of its own: a page built from it can be recognised.
    await query(first.url, `UPDATE "PetitionTranslation" SET title = title || $1 WHERE locale = 'en' AND "petitionId" = (SELECT p.id FROM "Petition" p JOIN "Campaign" c ON c.id = p."campaignId" WHERE c.slug = 'zhanaozen' AND p.slug = 'justice-for-zhanaozen')`, [MARK]);

    let app = await startOn(first, project, port, dist);
    try {
      await page.goto(`${url}${PETITION_PATH}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(MARK.trim());
      // Served from the cache now: the page this server built is kept, whichever way Next keeps it.
      await expect.poll(async () => (await fetch(`${url}${PETITION_PATH}`)).headers.get("x-nextjs-cache"), { timeout: 20_000 }).toBe("HIT");
    } finally {
      await stop(app);
    }

    const email = uniqueEmail("another-database");
    app = await startOn(second, project, port, dist);
    try {
      await page.goto(`${url}${PETITION_PATH}`);
      const title = page.getByRole("heading", { level: 1 });
      await expect(title).toBeVisible();
      // Soft: whatever the page shows, the supporter signs it, and the signature must land in this database.
      await expect.soft(title, "the first visitor gets the second database's page").not.toContainText(MARK.trim());
      const form = page.locator("#sign");
      await form.getByLabel("Your name").fill("Saule Another");
      await form.getByLabel("Email address").fill(email);
      await form.getByLabel("Country").selectOption("KZ");
      await form.getByRole("button", { name: "Sign the petition" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
      await expect(page).toHaveURL(/\/justice-for-zhanaozen\/thanks$/);
    } finally {
      await stop(app);
    }
    // Stopped: a PGlite folder has one owner at a time.
    expect(await signaturesBy(second.url, email)).toBe(1);
    expect(await signaturesBy(first.url, email)).toBe(0);
  } finally {
    await first.drop();
    await second.drop();
    fs.rmSync(dist, { recursive: true, force: true });
  }
});

/** A fresh database (PGlite folder, or PostgreSQL database) with the demo campaign loaded. */
async function seededDatabase(project: string): Promise<Db> {
  let db: Db;
  if (project === "postgres") {
    const name = `placard_another_${crypto.randomBytes(4).toString("hex")}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    db = { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "placard-another-"));
    db = { url: `pglite://${dir}/db`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts"], { env: { ...process.env, DATABASE_URL: db.url }, stdio: "ignore" });
  return db;
}

function startOn(db: Db, project: string, port: number, dist: string): Promise<ChildProcess> {
  return startApp(`another-database-${project}`, port, {
    ...process.env,
    DATABASE_URL: db.url,
    NEXT_DIST_DIR: dist,
    AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    TRUSTED_PROXY: "one",
    PLACARD_WORKER: "off",
    NEXT_TELEMETRY_DISABLED: "1",
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

async function query(databaseUrl: string, text: string, params: unknown[] = []) {
  const sql = await openRawSql(databaseUrl);
  try {
    return await sql.query<{ n: number }>(text, params);
  } finally {
    await sql.close();
  }
}

async function signaturesBy(databaseUrl: string, email: string): Promise<number> {
  const [row] = await query(databaseUrl, `SELECT count(*)::int AS n FROM "Signature" WHERE email = $1`, [email]);
  return row!.n;
}

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  await client.query(text);
  await client.end();
}
