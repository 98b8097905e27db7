import type { Prisma } from "../generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/**
 * Writes demo rows that are missing and leaves existing ones alone, so seeding a seeded database
 * changes nothing. Counts what it created, so the caller can tell whether anything was written.
 */
export class SeedWriter {
  created = 0;

  constructor(
    readonly tx: Tx,
    readonly now: Date,
  ) {}

  /** The row `find` returns, or the one `create` makes when there is none. */
  async ensure<T>(find: () => Promise<T | null>, create: () => Promise<T>): Promise<T> {
    return (await this.ensureNew(find, create)).row;
  }

  /** Like ensure, and says whether the row was created just now. */
  async ensureNew<T>(find: () => Promise<T | null>, create: () => Promise<T>): Promise<{ row: T; isNew: boolean }> {
    const found = await find();
    if (found) return { row: found, isNew: false };
    const row = await create();
    this.created += 1;
    return { row, isNew: true };
  }
}

export const idOnly = { id: true } as const;
