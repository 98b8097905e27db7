import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import type { DatabaseConfig } from "../env";
import { DatabaseError, withoutValues } from "./database-error";

// A thin layer over the two drivers, for the few things Prisma does not do: run migration scripts,
// take advisory locks, claim rows with FOR UPDATE SKIP LOCKED. Prisma runs over the same pool / instance.
// A failed query throws a DatabaseError that holds its code only, never its parameters (./database-error.ts).

const failed = (what: string) => (error: unknown) => {
  throw withoutValues(error, what);
};
/** pg's DatabaseError (BEGIN, COMMIT) or a socket error; not an error thrown by the transaction's own code. */
const isDriverError = (error: unknown) => error instanceof pg.DatabaseError || (error instanceof Error && /^E[A-Z]+$/.test(String((error as { code?: unknown }).code)));

export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(script: string): Promise<void>;
}

export interface SqlDriver extends SqlSession {
  readonly kind: "postgres" | "pglite";
  /** Runs fn on one connection inside BEGIN/COMMIT; rolls back if it throws. */
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
  /** Runs fn holding one connection (for session-level advisory locks). */
  withConnection<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly native: pg.Pool | PGlite;
}

export function openPostgres(url: string): SqlDriver {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Connections stay open between bursts: opening one under load (a new server process, its first
    // planning of our named statements) took 50-100 ms, right when a surge needed it. pg's default
    // closes a connection after 10 s idle.
    min: 2,
    idleTimeoutMillis: 5 * 60_000,
    connectionTimeoutMillis: 5000,
    // Our few named (prepared) statements, such as the batched signature insert, are planned once per
    // connection: left to choose, PostgreSQL re-plans that statement (~1 ms) on every run because a plan for
    // its known array sizes looks cheaper. Prisma's queries are unnamed and planned each time anyway.
    options: "-c plan_cache_mode=force_generic_plan",
  });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it. Nothing personal is logged.
  });
  pool.on("connect", (client) => {
    // A client in use between two queries (a transaction waiting for the application) that loses its
    // connection, because the server stopped, emits "error": without a listener that ends the process
    // (docs/decisions/020). The next query on it fails instead, and the pool drops it when it is released.
    client.on("error", () => undefined);
  });
  const sessionOf = (client: pg.PoolClient | pg.Pool): SqlSession => ({
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params as unknown[]).catch(failed("query"))).rows as T[];
    },
    async exec(script: string) {
      await client.query(script).catch(failed("script"));
    },
  });
  return {
    kind: "postgres",
    native: pool,
    ...sessionOf(pool),
    async withConnection(fn) {
      const client = await pool.connect();
      try {
        return await fn(sessionOf(client));
      } finally {
        client.release();
      }
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(sessionOf(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error instanceof DatabaseError || !isDriverError(error) ? error : withoutValues(error, "transaction");
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export async function openPglite(dataDir: string | null): Promise<SqlDriver> {
  if (dataDir) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  const session: SqlSession = {
    async query<T>(sql: string, params?: unknown[]) {
      return (await db.query(sql, params).catch(failed("query"))).rows as T[];
    },
    async exec(script: string) {
      await db.exec(script).catch(failed("script"));
    },
  };
  return {
    kind: "pglite",
    native: db,
    ...session,
    withConnection: (fn) => fn(session),
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          async query<T>(sql: string, params?: unknown[]) {
            return (await tx.query(sql, params).catch(failed("query"))).rows as T[];
          },
          async exec(script: string) {
            await tx.exec(script).catch(failed("script"));
          },
        }),
      ),
    close: () => db.close(),
  };
}

export async function openDriver(config: DatabaseConfig): Promise<SqlDriver> {
  return config.kind === "postgres" ? openPostgres(config.url) : openPglite(config.dataDir);
}
