import crypto from "node:crypto";
import type pg from "pg";
import type { Database } from "./client";
import { withoutValues } from "./database-error";

const statementNames = new Map<string, string>();

/**
 * Runs a statement that is prepared once per connection on PostgreSQL (a named statement): planning a
 * CTE of some size costs more than running it, and its text is not sent again. PGlite, in-process, simply
 * runs it. `what` names the statement in an error (never its values).
 */
export async function runPrepared<T>(db: Database, text: string, values: unknown[], what: string): Promise<T[]> {
  if (db.sql.kind !== "postgres") return db.sql.query<T>(text, values);
  let name = statementNames.get(text);
  if (!name) {
    name = `placard_${crypto.createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
    statementNames.set(text, name);
  }
  const result = await (db.sql.native as pg.Pool).query({ name, text, values }).catch((error: unknown) => {
    throw withoutValues(error, what);
  });
  return result.rows as T[];
}
