import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { openDatabase } from "./client";
import { migrate, MigrationError, readMigrations } from "./migrate";
import { createTestDatabase, testDatabaseKinds } from "../testing/db";

function migrationsDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "placard-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function tableExists(db: { sql: { query: <T>(s: string, p?: unknown[]) => Promise<T[]> } }, name: string) {
  const rows = await db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = $1`,
    [name],
  );
  return rows[0]!.n === 1;
}

for (const kind of testDatabaseKinds()) {
  describe(`the migrator [${kind}]`, () => {
    it("applies the project's migrations once and records them as Prisma Migrate does", async () => {
      const db = await createTestDatabase(kind, { migrated: false });
      try {
        const first = await migrate(db.sql);
        const files = readMigrations();
        assert.deepEqual(first.applied, files.map((m) => m.name));
        const again = await migrate(db.sql);
        assert.deepEqual(again.applied, []);
        const rows = await db.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
          `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
        );
        assert.deepEqual(
          rows.map((r) => [r.migration_name, r.checksum, r.finished_at !== null, r.applied_steps_count]),
          files.map((m) => [m.name, crypto.createHash("sha256").update(m.sql).digest("hex"), true, 1]),
        );
      } finally {
        await db.close();
      }
    });

    it("refuses to start when an applied migration file was changed, naming the migration", async () => {
      const db = await createTestDatabase(kind, { migrated: false });
      try {
        const dir = migrationsDir({ "20260101000000_a": `CREATE TABLE "Alpha" (id int);` });
        await migrate(db.sql, readMigrations(dir));
        fs.writeFileSync(path.join(dir, "20260101000000_a", "migration.sql"), `CREATE TABLE "Alpha" (id bigint);`);
        await assert.rejects(migrate(db.sql, readMigrations(dir)), (error: Error) => {
          assert.ok(error instanceof MigrationError);
          assert.match(error.message, /20260101000000_a was changed after it was applied/);
          return true;
        });
      } finally {
        await db.close();
      }
    });

    it("leaves nothing half-applied when a migration fails, and applies it once it is fixed", async () => {
      const db = await createTestDatabase(kind, { migrated: false });
      try {
        const dir = migrationsDir({
          "20260101000000_ok": `CREATE TABLE "Alpha" (id int);`,
          "20260102000000_broken": `CREATE TABLE "Beta" (id int);\nINSERT INTO "Nowhere" VALUES (1);`,
        });
        await assert.rejects(migrate(db.sql, readMigrations(dir)));
        assert.equal(await tableExists(db, "Alpha"), true);
        assert.equal(await tableExists(db, "Beta"), false, "the failed migration's first statement must be rolled back");
        const recorded = await db.sql.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
        assert.deepEqual(recorded.map((r) => r.migration_name), ["20260101000000_ok"]);
        fs.writeFileSync(path.join(dir, "20260102000000_broken", "migration.sql"), `CREATE TABLE "Beta" (id int);`);
        assert.deepEqual((await migrate(db.sql, readMigrations(dir))).applied, ["20260102000000_broken"]);
        assert.equal(await tableExists(db, "Beta"), true);
      } finally {
        await db.close();
      }
    });

    it("stops with a clear message when the database records an unfinished migration", async () => {
      const db = await createTestDatabase(kind, { migrated: false });
      try {
        const dir = migrationsDir({ "20260101000000_a": `CREATE TABLE "Alpha" (id int);` });
        await migrate(db.sql, readMigrations(dir));
        await db.sql.query(`UPDATE "_prisma_migrations" SET finished_at = NULL`);
        await assert.rejects(migrate(db.sql, readMigrations(dir)), /was started and never finished/);
      } finally {
        await db.close();
      }
    });
  });
}

describe("a migrating process killed half-way", () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const c of cleanups) await c();
  });

  for (const kind of testDatabaseKinds()) {
    it(`is finished by the next start, with nothing half-applied [${kind}]`, async () => {
      let url: string;
      let reopen: () => Promise<Awaited<ReturnType<typeof openDatabase>>>;
      if (kind === "pglite") {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "placard-kill-"));
        url = `pglite://${dir}/db`;
        reopen = () => openDatabase({ kind: "pglite", dataDir: `${dir}/db`, display: "kill test" });
        cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
      } else {
        const db = await createTestDatabase("postgres", { migrated: false });
        url = db.url!;
        reopen = () => openDatabase({ kind: "postgres", url, display: "kill test" });
        cleanups.push(() => db.close());
      }
      // A slow middle statement gives the test time to kill the process inside the transaction.
      const slow = kind === "postgres" ? `SELECT pg_sleep(30);` : `SELECT count(*) FROM generate_series(1, 300000000);`;
      const dir = migrationsDir({
        "20260101000000_first": `CREATE TABLE "Alpha" (id int);`,
        "20260102000000_slow": `CREATE TABLE "Beta" (id int);\n${slow}\nCREATE TABLE "Gamma" (id int);`,
      });
      const child = spawn(process.execPath, ["--import", "tsx", "lib/testing/migrate-child.ts", url, dir], { stdio: ["ignore", "pipe", "pipe"] });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("migrating")) setTimeout(resolve, 2500);
        });
        child.on("exit", (code) => reject(new Error(`the child exited early (${code})`)));
      });
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));

      const db = await reopen();
      try {
        assert.equal(await tableExists(db, "Beta"), false, "the killed migration left no trace");
        const fixed = migrationsDir({
          "20260101000000_first": `CREATE TABLE "Alpha" (id int);`,
          "20260102000000_slow": `CREATE TABLE "Beta" (id int);\nCREATE TABLE "Gamma" (id int);`,
        });
        // The file changed only in this test's copy, not an applied one: the slow migration never got recorded.
        const result = await migrate(db.sql, readMigrations(fixed));
        assert.ok(result.applied.includes("20260102000000_slow"));
        assert.equal(await tableExists(db, "Gamma"), true);
      } finally {
        await db.close();
      }
    });
  }

  if (testDatabaseKinds().includes("postgres")) {
    it("two instances starting at once apply each migration exactly once [postgres]", async () => {
      const base = await createTestDatabase("postgres", { migrated: false });
      cleanups.push(() => base.close());
      const other = await openDatabase({ kind: "postgres", url: base.url!, display: "second instance" });
      try {
        const [a, b] = await Promise.all([migrate(base.sql), migrate(other.sql)]);
        const all = readMigrations().map((m) => m.name);
        assert.deepEqual([...a.applied, ...b.applied].sort(), all.sort());
        const rows = await base.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
        assert.equal(rows[0]!.n, all.length);
      } finally {
        await other.close();
      }
    });
  }
});
