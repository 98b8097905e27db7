import crypto from "node:crypto";
import type pg from "pg";
import type { Database } from "../db/client";
import { outboxEmailSchema, type OutboxEmailInput } from "../mail/outbox";
import type { Limit } from "../security/rate-limit";

// Storing a signature is ONE SQL statement, so that a surge of signers costs one round trip and one
// commit each (docs/decisions/005-signature-counter.md explains the counter; this is its write side).
// Data-modifying CTEs, all in one implicit transaction:
//   1. count a hit in each rate-limit window of (petition, client address): the same fixed-window upsert,
//      on the same table and keys, as hitRateLimit() in lib/security/rate-limit.ts;
//   2. decide "within the limits, or the address is allow-listed";
//   3. check that the petition is open, of a live campaign, before its deadline (the authoritative check);
//   4. insert the signature, marked suspect when over the limits; ON CONFLICT on (petitionId,
//      emailNormalised) DO NOTHING: a second signature of the same person is simply not inserted;
//   5. queue the confirmation email (validated by the outbox's own schema) only if the signature was
//      inserted: the email exists if and only if its signature does, as enqueueEmail() guarantees.

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
  wantsUpdates: boolean;
  consentTextId: string;
  locale: string;
  ipAddress: string;
  tokenHash: string;
  tokenExpiresAt: Date;
};

export type InsertOutcome = { inserted: boolean; isOpen: boolean; withinLimits: boolean };

export async function insertSignatureWithEmail(
  db: Database,
  row: SignatureRow,
  email: OutboxEmailInput,
  { limits, now }: { limits: Limit[]; now: Date },
): Promise<InsertOutcome> {
  const mail = outboxEmailSchema.parse(email);
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const nowIso = p(now.toISOString());

  const key = `sign:${row.petitionId}:${row.ipAddress}`;
  const windows = limits.map((limit, i) => {
    const resetAt = new Date(now.getTime() + limit.seconds * 1000).toISOString();
    return `w${i} AS (
      INSERT INTO "RateLimitBucket" (key, count, "resetAt") VALUES (${p(`${key}|${limit.count}/${limit.seconds}`)}, 1, ${p(resetAt)}::timestamp(3))
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "RateLimitBucket"."resetAt" <= ${nowIso}::timestamp(3) THEN 1 ELSE "RateLimitBucket".count + 1 END,
        "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${nowIso}::timestamp(3) THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
      RETURNING count)`;
  });
  const within = limits.length === 0 ? "true" : limits.map((limit, i) => `(SELECT count FROM w${i}) <= ${Number(limit.count)}`).join(" AND ");

  const sql = `WITH
    ${windows.map((w) => `${w},`).join("\n    ")}
    verdict AS (
      SELECT (${within}) OR EXISTS (SELECT 1 FROM "AllowlistedAddress" WHERE address = ${p(row.ipAddress)}) AS within
    ),
    open AS (
      SELECT 1 FROM "Petition" pe JOIN "Campaign" c ON c.id = pe."campaignId"
       WHERE pe.id = ${p(row.petitionId)} AND pe.status = 'OPEN' AND c.status = 'LIVE'
         AND (pe.deadline IS NULL OR pe.deadline > ${nowIso}::timestamp(3))
    ),
    sig AS (
      INSERT INTO "Signature" (id, "petitionId", name, email, "emailNormalised", country, city, organisation, role, comment,
                               "isPublic", "wantsUpdates", "consentTextId", locale, "isSuspect", "suspectReason", "ipAddress",
                               "tokenHash", "tokenExpiresAt", "createdAt")
      SELECT ${p(crypto.randomUUID())}, ${p(row.petitionId)}, ${p(row.name)}, ${p(row.email)}, ${p(row.emailNormalised)}, ${p(row.country)},
             ${p(row.city)}, ${p(row.organisation)}, ${p(row.role)}, ${p(row.comment)}, ${p(row.isPublic)}::boolean, ${p(row.wantsUpdates)}::boolean,
             ${p(row.consentTextId)}, ${p(row.locale)}, NOT verdict.within, CASE WHEN verdict.within THEN NULL ELSE ${p(RATE_LIMIT_REASON)} END,
             ${p(row.ipAddress)}, ${p(row.tokenHash)}, ${p(row.tokenExpiresAt.toISOString())}::timestamp(3), ${nowIso}::timestamp(3)
        FROM verdict
       WHERE EXISTS (SELECT 1 FROM open)
      ON CONFLICT ("petitionId", "emailNormalised") DO NOTHING
      RETURNING id
    ),
    mail AS (
      INSERT INTO "OutboxEmail" (id, purpose, "to", subject, text, html, "replyTo", "nextAttemptAt", "createdAt")
      SELECT ${p(crypto.randomUUID())}, ${p(mail.purpose)}, ${p(mail.to)}, ${p(mail.subject)}, ${p(mail.text)}, ${p(mail.html ?? null)},
             ${p(mail.replyTo ?? null)}, ${nowIso}::timestamp(3), ${nowIso}::timestamp(3)
        FROM sig
      RETURNING id
    )
  SELECT EXISTS (SELECT 1 FROM sig) AS inserted, EXISTS (SELECT 1 FROM open) AS "isOpen", (SELECT within FROM verdict) AS "withinLimits"`;
  const [result] = await runPrepared<{ inserted: boolean; isOpen: boolean; withinLimits: boolean }>(db, sql, params);
  return { inserted: result?.inserted === true, isOpen: result?.isOpen === true, withinLimits: result?.withinLimits === true };
}

const statementNames = new Map<string, string>();

/**
 * On PostgreSQL the statement is prepared once per connection (a named statement): planning a CTE of
 * this size costs more than running it. PGlite, in-process, simply runs it.
 */
async function runPrepared<T>(db: Database, text: string, values: unknown[]): Promise<T[]> {
  if (db.sql.kind !== "postgres") return db.sql.query<T>(text, values);
  let name = statementNames.get(text);
  if (!name) {
    name = `placard_sign_${crypto.createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
    statementNames.set(text, name);
  }
  const result = await (db.sql.native as pg.Pool).query({ name, text, values });
  return result.rows as T[];
}
