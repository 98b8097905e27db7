import type { Database } from "../db/client";

// Fixed-window counters kept in the database (table RateLimitBucket), so that every app instance
// sees the same counts. One statement per window: an upsert that resets an expired window.

export type Limit = { count: number; seconds: number };

export type RateLimitResult = { allowed: boolean; counts: number[] };

/**
 * Counts one hit for `key` against each limit (e.g. 1 per 60 s and 5 per 300 s) and says whether the
 * hit is within all of them. Hits over the limit are still counted (the window does not slide).
 */
export async function hitRateLimit(db: Database, key: string, limits: Limit[], now = new Date()): Promise<RateLimitResult> {
  const counts: number[] = [];
  for (const limit of limits) {
    const rows = await db.sql.query<{ count: number }>(
      `INSERT INTO "RateLimitBucket" (key, count, "resetAt") VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN "RateLimitBucket"."resetAt" <= $3 THEN 1 ELSE "RateLimitBucket".count + 1 END,
         "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= $3 THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
       RETURNING count`,
      [`${key}|${limit.count}/${limit.seconds}`, new Date(now.getTime() + limit.seconds * 1000), now],
    );
    counts.push(Number(rows[0]?.count ?? 0));
  }
  return { allowed: counts.every((c, i) => c <= limits[i]!.count), counts };
}

/** Deletes windows that have ended (run by the worker now and then). */
export async function purgeExpiredRateLimits(db: Database, now = new Date()): Promise<number> {
  const rows = await db.sql.query<{ n: number }>(
    `WITH gone AS (DELETE FROM "RateLimitBucket" WHERE "resetAt" <= $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
    [now],
  );
  return Number(rows[0]?.n ?? 0);
}
