import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type pg from "pg";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "../generated/prisma/client";
import type { DatabaseConfig } from "../env";
import { prismaErrorWithoutValues } from "./database-error";
import { openDriver, type SqlDriver } from "./driver";

export type Database = { prisma: PrismaClient; sql: SqlDriver; close(): Promise<void> };

/** Opens the database named by the config: one pool (or one PGlite instance) shared by Prisma and raw SQL. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const sql = await openDriver(config);
  const adapter = sql.kind === "postgres" ? new PrismaPg(sql.native as pg.Pool) : new PrismaPGlite(sql.native as PGlite);
  const prisma = withoutValuesInErrors(new PrismaClient({ adapter, errorFormat: "minimal" }));
  return {
    prisma,
    sql,
    async close() {
      await prisma.$disconnect();
      await sql.close();
    },
  };
}

/**
 * Every query's error leaves Prisma with codes, not the query's arguments (./database-error.ts). The
 * extended client keeps every model method and $transaction; it is typed as the client it extends.
 */
function withoutValuesInErrors(prisma: PrismaClient): PrismaClient {
  return prisma.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw prismaErrorWithoutValues(error, model, operation);
        }
      },
    },
  }) as unknown as PrismaClient;
}
