import crypto from "node:crypto";
import type { Database } from "../db/client";
import type { SqlSession } from "../db/driver";

// What happens when a campaign ends (docs/decisions/014): in one transaction, the campaign is archived
// (no longer public, nobody can sign or sponsor it), its open petitions close, and what supporters told
// us about themselves is erased:
//   - signatures never confirmed are deleted (they never counted);
//   - the others keep only what the counts need (petition, country, status, dates, language, the
//     consent text shown); name, email address, city, organisation, role, comment, client address and
//     token are erased, and none is public any more;
//   - sponsors never approved are deleted; approved ones keep what was published with their consent
//     (name, role, organisation, kind, country, website) and lose their email address and contact name.
// The job runs again over campaigns that ended in the last day: a signature that was being stored at
// the very moment the campaign ended is erased on the next run. Counts are unchanged.

export type ErasedCounts = { signaturesDeleted: number; signaturesErased: number; sponsorsDeleted: number; sponsorsErased: number; petitionsClosed: number };

const SWEEP_AGAIN_FOR = "interval '1 day'";

export async function eraseSupporterData(db: Database, campaignId: string, now = new Date()): Promise<ErasedCounts> {
  const at = now.toISOString();
  return db.sql.transaction(async (tx) => {
    const [first] = await tx.query<{ first: boolean }>(
      `UPDATE "Campaign" SET status = 'ARCHIVED', "dataPurgedAt" = COALESCE("dataPurgedAt", $2::timestamp(3)), "updatedAt" = $2::timestamp(3)
        WHERE id = $1 RETURNING ("dataPurgedAt" = $2::timestamp(3)) AS first`,
      [campaignId, at],
    );
    if (!first) return { signaturesDeleted: 0, signaturesErased: 0, sponsorsDeleted: 0, sponsorsErased: 0, petitionsClosed: 0 };
    const counts = await eraseRows(tx, campaignId, at);
    if (first.first) {
      await tx.query(
        `INSERT INTO "AuditLog" (id, "campaignId", action, "subjectType", "subjectId", details, "createdAt")
         VALUES ($1, $2, 'campaign.data-erased', 'Campaign', $2, $3::jsonb, $4::timestamp(3))`,
        [crypto.randomUUID(), campaignId, JSON.stringify(counts), at],
      );
    }
    return counts;
  });
}

async function eraseRows(tx: SqlSession, campaignId: string, at: string): Promise<ErasedCounts> {
  const count = async (sql: string, params: unknown[] = [campaignId]) => Number((await tx.query<{ n: number }>(sql, params))[0]?.n ?? 0);
  const petitionsClosed = await count(
    `WITH closed AS (UPDATE "Petition" SET status = 'CLOSED', "closedAt" = $2::timestamp(3), "updatedAt" = $2::timestamp(3)
                      WHERE "campaignId" = $1 AND status = 'OPEN' RETURNING 1)
     SELECT count(*)::int AS n FROM closed`,
    [campaignId, at],
  );
  const signaturesDeleted = await count(
    `WITH gone AS (DELETE FROM "Signature" s USING "Petition" p
                    WHERE s."petitionId" = p.id AND p."campaignId" = $1 AND s.status = 'PENDING' RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
  );
  const signaturesErased = await count(
    `WITH erased AS (
       UPDATE "Signature" s SET name = '', email = '', "emailNormalised" = 'erased:' || s.id, city = NULL, organisation = NULL,
              role = NULL, comment = NULL, "ipAddress" = NULL, "tokenHash" = NULL, "tokenExpiresAt" = NULL,
              "isPublic" = false, "wantsUpdates" = false
         FROM "Petition" p
        WHERE s."petitionId" = p.id AND p."campaignId" = $1 AND s.email <> '' RETURNING 1)
     SELECT count(*)::int AS n FROM erased`,
  );
  const sponsorsDeleted = await count(
    `WITH gone AS (DELETE FROM "Sponsor" WHERE "campaignId" = $1 AND status <> 'APPROVED' RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
  );
  const sponsorsErased = await count(
    `WITH erased AS (
       UPDATE "Sponsor" SET email = '', "emailNormalised" = 'erased:' || id, "contactName" = NULL, "tokenHash" = NULL, "tokenExpiresAt" = NULL
        WHERE "campaignId" = $1 AND email <> '' RETURNING 1)
     SELECT count(*)::int AS n FROM erased`,
  );
  return { signaturesDeleted, signaturesErased, sponsorsDeleted, sponsorsErased, petitionsClosed };
}

/** The worker's job: ends every campaign whose end has come, and sweeps those that ended in the last day. */
export async function endDueCampaigns(db: Database, now = new Date()): Promise<{ ended: number; erased: ErasedCounts }> {
  const due = await db.sql.query<{ id: string }>(
    `SELECT id FROM "Campaign"
      WHERE "endsAt" <= $1::timestamp(3) AND ("dataPurgedAt" IS NULL OR "dataPurgedAt" > $1::timestamp(3) - ${SWEEP_AGAIN_FOR})
      ORDER BY "endsAt"`,
    [now.toISOString()],
  );
  const total: ErasedCounts = { signaturesDeleted: 0, signaturesErased: 0, sponsorsDeleted: 0, sponsorsErased: 0, petitionsClosed: 0 };
  let ended = 0;
  for (const { id } of due) {
    const counts = await eraseSupporterData(db, id, now);
    for (const key of Object.keys(total) as (keyof ErasedCounts)[]) total[key] += counts[key];
    if (Object.values(counts).some((n) => n > 0)) ended++;
  }
  return { ended, erased: total };
}
