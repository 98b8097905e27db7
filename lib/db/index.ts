import { env } from "../env";
import { openDatabase, type Database } from "./client";

export type { Database } from "./client";
export type { PrismaClient } from "../generated/prisma/client";

// The app's one database handle per process. Kept on globalThis so that development reloads and
// separately bundled route modules share one pool (and, on PGlite, the one instance that owns ./data).
const holder = globalThis as unknown as { __placardDb?: Promise<Database> };

export function getDb(): Promise<Database> {
  holder.__placardDb ??= openDatabase(env().database);
  return holder.__placardDb;
}

export async function closeDb(): Promise<void> {
  const pending = holder.__placardDb;
  holder.__placardDb = undefined;
  if (pending) await (await pending).close();
}
