import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

// Raw SQL on the database of an app instance a spec started itself (PostgreSQL by URL; PGlite by folder,
// only while no app owns the folder), and a snapshot of what every table holds: "nothing was written"
// is then `expect(await snapshot(sql)).toEqual(before)`.

export type RawSql = { query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>; close(): Promise<void> };

export async function openRawSql(databaseUrl: string): Promise<RawSql> {
  if (databaseUrl.startsWith("pglite://")) {
    const db = new PGlite(databaseUrl.slice("pglite://".length));
    return { query: async (text, params) => (await db.query(text, params)).rows as never, close: () => db.close() };
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return { query: async (text, params) => (await client.query(text, params as unknown[])).rows, close: () => client.end() };
}

/**
 * What may change on any request, and so is left out of the comparison:
 * - RateLimitBucket: every sign-in request, signature and sponsor form counts against its client's
 *   limit before anything is checked (that is the point of a limit), refused or not.
 * - JobLease: the background worker renews its lease on a timer, whoever calls what.
 * - Session.expires: next-auth moves a database session's expiry forward when it is read (updateAge);
 *   the rest of every Session row (which sessions exist, whose they are) is compared.
 */
const SKIPPED_TABLES = new Set(["RateLimitBucket", "JobLease"]);
const SKIPPED_COLUMNS: Record<string, string[]> = { Session: ["expires"] };

export type Snapshot = Record<string, string>;

/** One md5 a table, over its rows as text in a fixed order. */
export async function snapshot(sql: RawSql): Promise<Snapshot> {
  const tables = await sql.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const result: Snapshot = {};
  for (const { name } of tables) {
    if (SKIPPED_TABLES.has(name)) continue;
    const skipped = SKIPPED_COLUMNS[name];
    let row = "t::text";
    if (skipped) {
      const columns = await sql.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
        [name],
      );
      const kept = columns.map((c) => c.column_name).filter((c) => !skipped.includes(c));
      row = `row(${kept.map((c) => `t."${c}"`).join(", ")})::text`;
    }
    const [hash] = await sql.query<{ md5: string }>(`SELECT md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${row}), '')) AS md5 FROM "${name}" t`);
    result[name] = hash!.md5;
  }
  return result;
}

/** The tables whose content differs between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
}
