import { after, before, describe } from "node:test";
import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../db/client";
import { migrate } from "../db/migrate";

// Integration tests run every suite on each database Placard supports: always PGlite (in memory),
// and PostgreSQL when TEST_DATABASE_URL names a server (CI sets it). Each suite gets a fresh database.

export type DatabaseKind = "pglite" | "postgres";

export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export async function createTestDatabase(
  kind: DatabaseKind,
  options: { migrated?: boolean } = {},
): Promise<Database & { url: string | null }> {
  const migrated = options.migrated ?? true;
  if (kind === "pglite") {
    const db = await openDatabase({ kind: "pglite", dataDir: null, display: "test" });
    if (migrated) await migrate(db.sql);
    return { ...db, url: null };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `placard_t_${crypto.randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString(), display: name });
  if (migrated) await migrate(db.sql);
  return {
    ...db,
    url: url.toString(),
    async close() {
      await db.close();
      const drop = new pg.Client({ connectionString: base });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/**
 * describe() once per database kind. `body` receives a getter for that suite's fresh, migrated database.
 * Example: describeOnDatabases("signing", (db) => { it("...", async () => { await signPetition(db(), ...) }) })
 */
export function describeOnDatabases(title: string, body: (db: () => Database, kind: DatabaseKind) => void): void {
  for (const kind of testDatabaseKinds()) {
    describe(`${title} [${kind}]`, () => {
      let database: Database | undefined;
      before(async () => {
        database = await createTestDatabase(kind);
      });
      after(async () => {
        await database?.close();
      });
      body(() => {
        if (!database) throw new Error("test database not ready");
        return database;
      }, kind);
    });
  }
}
