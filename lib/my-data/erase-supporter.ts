import type { Database } from "../db/client";
import { recountSignatures } from "../signatures/count";
import type { DataSession } from "./data-link";

// "Erase me everywhere", in one transaction: every signature and sponsor entry under the address, the
// events it registered (deleted when never published; a published one keeps what the public saw, the
// event and its organisation, and loses the host's name, address and private link), every
// email in the outbox to an address we held for it (queued or sent), the sign-in sessions of an account
// with that address, and the supporter's data links. Counts of petitions that lost a confirmed signature
// are recounted after it. Rate-limit windows (keys, no names) are left to expire.

export type ErasedSupporter = { signatures: number; sponsors: number; events: number; emails: number; sessions: number };

export async function eraseSupporter(db: Database, session: DataSession): Promise<ErasedSupporter> {
  const email = session.emailNormalised;
  const { counted, erased } = await db.sql.transaction(async (tx) => {
    // The addresses as typed, lower-cased: the outbox and accounts hold those, not the normalised form.
    const held = await tx.query<{ address: string }>(
      `SELECT DISTINCT lower(email) AS address FROM "Signature" WHERE "emailNormalised" = $1
       UNION SELECT DISTINCT lower(email) FROM "Sponsor" WHERE "emailNormalised" = $1
       UNION SELECT DISTINCT lower(email) FROM "Event" WHERE "emailNormalised" = $1
       UNION SELECT $1`,
      [email],
    );
    const addresses = held.map((r) => r.address).filter(Boolean);
    const signatures = await tx.query<{ petitionId: string; status: string }>(
      `DELETE FROM "Signature" WHERE "emailNormalised" = $1 RETURNING "petitionId", status`,
      [email],
    );
    const sponsors = await tx.query(`DELETE FROM "Sponsor" WHERE "emailNormalised" = $1 RETURNING id`, [email]);
    const unpublished = await tx.query(`DELETE FROM "Event" WHERE "emailNormalised" = $1 AND "publishedAt" IS NULL RETURNING id`, [email]);
    const published = await tx.query(
      `UPDATE "Event" SET "organiserName" = '', email = '', "emailNormalised" = 'erased:' || id, "tokenHash" = NULL, "tokenExpiresAt" = NULL, "hostTokenHash" = NULL
        WHERE "emailNormalised" = $1 RETURNING id`,
      [email],
    );
    await tx.query(`DELETE FROM "TrustedHost" WHERE "emailNormalised" = $1`, [email]);
    const emails = await tx.query(`DELETE FROM "OutboxEmail" WHERE lower("to") = ANY($1::text[]) RETURNING id`, [addresses]);
    const sessions = await tx.query(
      `DELETE FROM "Session" WHERE "userId" IN (SELECT id FROM "User" WHERE lower(email) = ANY($1::text[])) RETURNING id`,
      [addresses],
    );
    await tx.query(`DELETE FROM "SupporterDataLink" WHERE "emailNormalised" = $1`, [email]);
    return {
      counted: [...new Set(signatures.filter((s) => s.status === "CONFIRMED").map((s) => s.petitionId))],
      erased: { signatures: signatures.length, sponsors: sponsors.length, events: unpublished.length + published.length, emails: emails.length, sessions: sessions.length },
    };
  });
  for (const petitionId of counted) await recountSignatures(db, petitionId);
  return erased;
}
