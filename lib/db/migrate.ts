import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlDriver, SqlSession } from "./driver";

// Applies prisma/migrations/<name>/migration.sql files in order, each in its own transaction together
// with its row in _prisma_migrations (the table and checksum Prisma Migrate uses), under Prisma's own
// advisory lock key so that two instances, or this and `prisma migrate deploy`, never run at once.
// See docs/decisions/002-own-migrator.md.

export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export type MigrationFile = { name: string; sql: string; checksum: string };

export function defaultMigrationsDir(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

export function readMigrations(dir = defaultMigrationsDir()): MigrationFile[] {
  if (!fs.existsSync(dir)) throw new MigrationError(`no migrations folder at ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export type MigrateResult = { applied: string[]; alreadyApplied: number };

export async function migrate(driver: SqlDriver, migrations = readMigrations()): Promise<MigrateResult> {
  return driver.withConnection(async (session) => {
    await session.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      return await applyPending(driver, session, migrations);
    } finally {
      await session.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    }
  });
}

async function applyPending(driver: SqlDriver, session: SqlSession, migrations: MigrationFile[]): Promise<MigrateResult> {
  await session.exec(CREATE_TABLE);
  const rows = await session.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const done = new Map(rows.map((r) => [r.migration_name, r]));
  const known = new Set(migrations.map((m) => m.name));
  for (const row of rows) {
    if (row.finished_at === null) {
      throw new MigrationError(
        `migration ${row.migration_name} was started and never finished (a failed \`prisma migrate deploy\`?). ` +
          `Repair the database, then mark it with \`prisma migrate resolve\`.`,
      );
    }
    if (!known.has(row.migration_name)) {
      throw new MigrationError(`the database has migration ${row.migration_name}, which is not in prisma/migrations: is this an older checkout?`);
    }
  }
  const applied: string[] = [];
  for (const m of migrations) {
    const row = done.get(m.name);
    if (row) {
      if (row.checksum !== m.checksum) {
        throw new MigrationError(
          `migration ${m.name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ` +
            `${m.checksum.slice(0, 12)}… on disk). Restore the file and put the change in a new migration.`,
        );
      }
      continue;
    }
    // One transaction: the schema change and its record commit together, or neither does.
    // (On PostgreSQL this runs on another pooled connection; the advisory lock still serialises migrators.)
    await driver.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, now(), 1)`,
        [crypto.randomUUID(), m.checksum, m.name],
      );
    });
    applied.push(m.name);
  }
  return { applied, alreadyApplied: done.size };
}
