import crypto from "node:crypto";
import type { Database } from "../db/client";
import { createBatcher, type Batcher } from "../db/batcher";
import { stateLiteral } from "../db/state-literal";
import { LIVE_CAMPAIGN } from "../campaigns/states";
import { OPEN_STATE } from "../petitions/states";
import { runPrepared } from "../db/prepared";
import { outboxColumns, type TemplatedEmailInput } from "../mail/outbox";
import type { MailCapKey } from "../mail/unconfirmed-mail-caps";
import type { Limit } from "../security/rate-limit";

// Storing a signature is ONE SQL statement, which stores every signature that arrived at the same moment
// (lib/db/batcher.ts): a surge of signers costs one round trip and one commit per batch, not per
// signature (docs/decisions/011-cheap-signature-writes.md; 005 explains the counter, the read side).
// Data-modifying CTEs, all in one implicit transaction, with the same outcome as storing the batch's
// signatures one after another in arrival order:
//   1. count a hit in each rate-limit window of (petition, client address group): the fixed-window upsert
//      of hitRateLimit() in lib/security/rate-limit.ts, on the same table and keys, once per key with the
//      batch's hits for it; each signature's own count is its place among them;
//   2. decide, per signature, "within the limits, or the address is allow-listed";
//   3. check that the petition is open, of a live campaign, before its deadline (the authoritative check);
//   4. insert the signatures, marked suspect when over the limits; ON CONFLICT on (petitionId,
//      emailNormalised) DO NOTHING: a second signature of the same person is simply not inserted;
//   5. for each signature inserted within the limits, count a hit in the windows of the caps on mail to
//      unconfirmed addresses (lib/mail/unconfirmed-mail-caps.ts: per client, per recipient domain; the
//      same keys as mayMailUnconfirmedAddress), in the same way as 1;
//   6. queue its confirmation email (validated by the outbox's own schema) only if it is within those
//      caps too. A suspect signature, or one over a cap, is stored without an email (decision 017); an
//      email exists only if its signature does, as enqueueEmail() guarantees. It is queued as a
//      template's name and data, rendered by the worker.
// Rows are locked in key order (sign buckets by key, signatures by petition and address, mail buckets by
// key), so two batches never wait for each other in a circle. The text depends on nothing but the batch,
// so it is built once.

export const RATE_LIMIT_REASON = "rate-limit";

export type SignatureRow = {
  petitionId: string;
  name: string;
  email: string;
  emailNormalised: string;
  country: string;
  city: string | null;
  organisation: string | null;
  role: string | null;
  comment: string | null;
  isPublic: boolean;
  deliveryConsent: boolean;
  wantsUpdates: boolean;
  consentTextId: string;
  locale: string;
  ipAddress: string;
  /** What the per-address limits count: lib/security/address-group.ts (IPv6 by /64). */
  ipGroup: string;
  tokenHash: string;
  tokenExpiresAt: Date;
};

export type InsertOutcome = { inserted: boolean; isOpen: boolean; withinLimits: boolean; mailed: boolean };

type Item = { row: SignatureRow; mail: ReturnType<typeof outboxColumns>; mailCaps: MailCapKey[]; limits: Limit[]; now: Date };

// Two batches side by side, of up to 64 (measured: fewer or more were slower). A batch whose statement
// takes over 20 ms is stalled (a batch of 64 takes about 5 ms): up to 4 more may start beside it; the pool
// has 10 connections.
const BATCH = { maxBatch: 64, maxInFlight: 2, stallMs: 20, maxStalled: 4 };
const batchers = new WeakMap<Database, Batcher<Item, InsertOutcome>>();

export async function insertSignatureWithEmail(
  db: Database,
  row: SignatureRow,
  email: TemplatedEmailInput<"signature-confirmation">,
  { limits, mailCaps, now }: { limits: Limit[]; mailCaps: MailCapKey[]; now: Date },
): Promise<InsertOutcome> {
  const item: Item = { row, mail: outboxColumns(email), mailCaps, limits, now };
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = createBatcher((items) => insertBatch(db, items), BATCH)));
  return batcher(item);
}

/** Items with other rate limits than the first (only tests mix them) are stored by statements of their own. */
async function insertBatch(db: Database, items: Item[]): Promise<InsertOutcome[]> {
  const limitsKey = (item: Item) => JSON.stringify(item.limits);
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => groups.set(limitsKey(item), [...(groups.get(limitsKey(item)) ?? []), i]));
  const outcomes: InsertOutcome[] = new Array<InsertOutcome>(items.length);
  for (const indexes of groups.values()) {
    const results = await insertGroup(db, indexes.map((i) => items[i]!));
    indexes.forEach((i, k) => (outcomes[i] = results[k]!));
  }
  return outcomes;
}

async function insertGroup(db: Database, items: Item[]): Promise<InsertOutcome[]> {
  const limits = items[0]!.limits;
  const latest = items.reduce((max, item) => (item.now > max ? item.now : max), items[0]!.now);
  // The batch goes as one JSON parameter (jsonb_to_recordset): one value to send and parse, however many rows.
  const rows = items.map(({ row, mail, mailCaps, now }, i) => ({
    n: i + 1,
    id: crypto.randomUUID(),
    ...row,
    tokenExpiresAt: row.tokenExpiresAt.toISOString(),
    now: now.toISOString(),
    mailId: crypto.randomUUID(),
    purpose: mail.purpose,
    to: mail.to,
    template: mail.template,
    templateData: mail.templateData,
    replyTo: mail.replyTo,
    mailCaps,
  }));
  const params = [JSON.stringify(rows), limits.map((l) => Number(l.count)), limits.map((l) => Number(l.seconds)), latest.toISOString(), RATE_LIMIT_REASON];
  const results = await runPrepared<{ n: number; inserted: boolean; isOpen: boolean; withinLimits: boolean; mailed: boolean }>(db, INSERT_BATCH, params, "signature batch");
  const byPosition = new Map(results.map((r) => [Number(r.n), r]));
  return items.map((_, i) => {
    const r = byPosition.get(i + 1);
    return { inserted: r?.inserted === true, isOpen: r?.isOpen === true, withinLimits: r?.withinLimits === true, mailed: r?.mailed === true };
  });
}

const INSERT_BATCH = `WITH
  input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(n int, id text, "petitionId" text, name text, email text, "emailNormalised" text,
      country text, city text, organisation text, role text, comment text, "isPublic" boolean, "wantsUpdates" boolean,
      "deliveryConsent" boolean, "consentTextId" text, locale text, "ipAddress" text, "ipGroup" text, "tokenHash" text, "tokenExpiresAt" timestamp(3), now timestamp(3),
      "mailId" text, purpose text, "to" text, template text, "templateData" jsonb, "replyTo" text, "mailCaps" jsonb)
  ),
  hits AS (
    SELECT i.n, w.max, w.seconds, 'sign:' || i."petitionId" || ':' || i."ipGroup" || '|' || w.max || '/' || w.seconds AS key
      FROM input i CROSS JOIN unnest($2::int[], $3::int[]) AS w(max, seconds)
  ),
  buckets AS (
    INSERT INTO "RateLimitBucket" (key, count, "resetAt")
    SELECT key, count(*), $4::timestamp(3) + make_interval(secs => min(seconds)) FROM hits GROUP BY key ORDER BY key
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitBucket"."resetAt" <= $4::timestamp(3) THEN EXCLUDED.count ELSE "RateLimitBucket".count + EXCLUDED.count END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= $4::timestamp(3) THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING key, count
  ),
  counted AS (
    SELECT n, bool_and(place <= max) AS within
      FROM (SELECT h.n, h.max, b.count - count(*) OVER (PARTITION BY h.key) + row_number() OVER (PARTITION BY h.key ORDER BY h.n) AS place
              FROM hits h JOIN buckets b ON b.key = h.key) AS places
     GROUP BY n
  ),
  checked AS (
    SELECT x.*, x.counted OR x.allowlisted AS within
      FROM (SELECT i.*, COALESCE(c.within, true) AS counted,
                   EXISTS (SELECT 1 FROM "AllowlistedAddress" a WHERE a.address = i."ipAddress") AS allowlisted,
                   EXISTS (SELECT 1 FROM "Petition" pe JOIN "Campaign" ca ON ca.id = pe."campaignId"
                            WHERE pe.id = i."petitionId" AND pe.status = ${stateLiteral(OPEN_STATE)} AND ca.status = ${stateLiteral(LIVE_CAMPAIGN)}
                              AND (pe.deadline IS NULL OR pe.deadline > i.now)) AS open
              FROM input i LEFT JOIN counted c ON c.n = i.n) AS x
  ),
  sig AS (
    INSERT INTO "Signature" (id, "petitionId", name, email, "emailNormalised", country, city, organisation, role, comment,
                             "isPublic", "wantsUpdates", "consentTextId", locale, "isSuspect", "suspectReason", "ipAddress",
                             "tokenHash", "tokenExpiresAt", "createdAt", "deliveryConsent")
    SELECT id, "petitionId", name, email, "emailNormalised", country, city, organisation, role, comment,
           "isPublic", "wantsUpdates", "consentTextId", locale, NOT within, CASE WHEN within THEN NULL ELSE $5 END, "ipAddress",
           "tokenHash", "tokenExpiresAt", now, "deliveryConsent"
      FROM checked WHERE open
     ORDER BY "petitionId", "emailNormalised", n
    ON CONFLICT ("petitionId", "emailNormalised") DO NOTHING
    RETURNING id
  ),
  mail_hits AS (
    SELECT c.n, k.key, k.max, k.seconds
      FROM checked c JOIN sig s ON s.id = c.id
     CROSS JOIN jsonb_to_recordset(c."mailCaps") AS k(key text, max int, seconds int, "perClient" boolean)
     WHERE c.within AND NOT (k."perClient" AND c.allowlisted)
  ),
  mail_buckets AS (
    INSERT INTO "RateLimitBucket" (key, count, "resetAt")
    SELECT key, count(*), $4::timestamp(3) + make_interval(secs => min(seconds)) FROM mail_hits GROUP BY key ORDER BY key
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitBucket"."resetAt" <= $4::timestamp(3) THEN EXCLUDED.count ELSE "RateLimitBucket".count + EXCLUDED.count END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= $4::timestamp(3) THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING key, count
  ),
  mail_counted AS (
    SELECT n, bool_and(place <= max) AS within
      FROM (SELECT h.n, h.max, b.count - count(*) OVER (PARTITION BY h.key) + row_number() OVER (PARTITION BY h.key ORDER BY h.n) AS place
              FROM mail_hits h JOIN mail_buckets b ON b.key = h.key) AS places
     GROUP BY n
  ),
  mail AS (
    INSERT INTO "OutboxEmail" (id, purpose, "to", template, "templateData", "replyTo", "nextAttemptAt", "createdAt")
    SELECT c."mailId", c.purpose, c."to", c.template, c."templateData", c."replyTo", c.now, c.now
      FROM checked c JOIN sig s ON s.id = c.id LEFT JOIN mail_counted m ON m.n = c.n
     WHERE c.within AND COALESCE(m.within, true)
     ORDER BY c.n
    RETURNING id
  )
SELECT c.n, s.id IS NOT NULL AS inserted, c.open AS "isOpen", c.within AS "withinLimits", m.id IS NOT NULL AS mailed
  FROM checked c LEFT JOIN sig s ON s.id = c.id LEFT JOIN mail m ON m.id = c."mailId" ORDER BY c.n`;
