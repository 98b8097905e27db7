import type { Database } from "../db/client";
import { truncateIp } from "../security/truncate-ip";

// How long a signer's internet address is kept (docs/decisions/019). Abuse is caught on the full address
// while it can still happen: the rate limits count per address for at most a day, and a signature over
// them can be confirmed for SIGNATURE_TOKEN_DAYS (7 by default), so moderators filter a wave by its exact
// address during that week. After it only the network is kept, enough to group a wave found late; after
// 30 days nothing. Sponsors, letters and events never store an address.

export const FULL_ADDRESS_DAYS = 7;
export const NETWORK_DAYS = 30;
const BATCH = 1000;
const DAY_MS = 86_400_000;

export async function forgetOldAddresses(db: Database, now = new Date()): Promise<{ truncated: number; dropped: number }> {
  const networkCutoff = new Date(now.getTime() - NETWORK_DAYS * DAY_MS).toISOString();
  const dropped = await db.sql.query<{ n: number }>(
    `WITH gone AS (UPDATE "Signature" SET "ipAddress" = NULL WHERE "ipAddress" IS NOT NULL AND "createdAt" <= $1::timestamp(3) RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [networkCutoff],
  );
  const fullCutoff = new Date(now.getTime() - FULL_ADDRESS_DAYS * DAY_MS).toISOString();
  let truncated = 0;
  for (;;) {
    // A full address has no "/"; a network has one. Read a batch, cut each down, write them back at once.
    const rows = await db.sql.query<{ id: string; ipAddress: string }>(
      `SELECT id, "ipAddress" FROM "Signature"
        WHERE "ipAddress" IS NOT NULL AND strpos("ipAddress", '/') = 0 AND "createdAt" <= $1::timestamp(3)
        ORDER BY id LIMIT ${BATCH}`,
      [fullCutoff],
    );
    if (rows.length === 0) break;
    await db.sql.query(
      `UPDATE "Signature" s SET "ipAddress" = v.ip FROM unnest($1::text[], $2::text[]) AS v(id, ip) WHERE s.id = v.id`,
      [rows.map((r) => r.id), rows.map((r) => truncateIp(r.ipAddress))],
    );
    truncated += rows.length;
    if (rows.length < BATCH) break;
  }
  return { truncated, dropped: Number(dropped[0]?.n ?? 0) };
}
