import type { Env } from "../env";
import { openDatabase, type Database } from "../db/client";
import { migrate, MigrationError } from "../db/migrate";
import { seedDemo } from "../seed/demo";

export class StartupError extends Error {
  /** The database could not be reached (as opposed to a failed migration or a bad configuration). */
  readonly isUnreachable: boolean;
  constructor(message: string, { isUnreachable = false } = {}) {
    super(message);
    this.name = "StartupError";
    this.isUnreachable = isUnreachable;
  }
}

/**
 * Opens the database, applies pending migrations and, on an empty embedded database, loads the demo
 * campaign. Every failure comes back as a StartupError with one clear sentence (no stack trace).
 */
export async function prepareDatabase(
  config: Env,
  options: { seed: "if-empty-embedded" | "always" | "never"; log?: (line: string) => void },
): Promise<Database> {
  const log = options.log ?? (() => undefined);
  let db: Database | undefined;
  try {
    db = await openDatabase(config.database);
    await db.sql.query("SELECT 1");
  } catch (error) {
    await db?.close().catch(() => undefined); // a caller may try again: leave no pool behind
    throw new StartupError(`cannot reach the database (${config.database.display}): ${describe(error)}`, { isUnreachable: true });
  }
  try {
    const result = await migrate(db.sql);
    log(result.applied.length ? `applied migrations: ${result.applied.join(", ")}` : `database schema is up to date (${config.database.display})`);
    const wantsSeed = options.seed === "always" || (options.seed === "if-empty-embedded" && config.database.kind === "pglite");
    if (wantsSeed) {
      const seeded = await seedDemo(db, { onlyIfEmpty: options.seed === "if-empty-embedded" });
      log(seeded.created ? "loaded the demo campaign" : "demo campaign already present: nothing to load");
    }
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    if (error instanceof MigrationError) throw new StartupError(`migrations: ${error.message}`);
    throw new StartupError(describe(error));
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return describe(error.errors[0]);
  if (error && typeof error === "object" && "code" in error && (error as { code: string }).code === "ECONNREFUSED") {
    return "connection refused (is PostgreSQL running, and is the host and port right?)";
  }
  if (error instanceof Error) return error.message.split("\n")[0] ?? error.name;
  return String(error);
}
