import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit/record";

// What happens when a campaign ends (docs/decisions/014): in one transaction, the campaign is archived
// (no longer public, nobody can sign or sponsor it), its open petitions close, and what supporters told
// us about themselves is erased:
//   - signatures never confirmed are deleted (they never counted);
//   - the others keep only what the counts need (petition, country, status, dates, language, the
//     consent text shown); name, email address, city, organisation, role, comment, client address and
//     token are erased, and none is public any more;
//   - sponsors never approved are deleted; approved ones keep what was published with their consent
//     (name, role, organisation, kind, country, website) and lose their email address and contact name;
//   - events never published are deleted; published (or cancelled) ones keep what was shown (the event,
//     the organisation, its public contact) and lose the host's name, email address and private link;
//     trusted hosts' addresses are deleted;
//   - the campaign's audit entries keep who did what and how many rows it touched, but a moderator's
//     filter by client address or email domain (bulk invalidation) is erased from them: an address is
//     personal data, and a domain can be one person's.
// The job runs again over campaigns that ended in the last day: a signature that was being stored at
// the very moment the campaign ended is erased on the next run. Counts are unchanged.

export type ErasedCounts = {
  signaturesDeleted: number;
  signaturesErased: number;
  sponsorsDeleted: number;
  sponsorsErased: number;
  petitionsClosed: number;
  eventsDeleted: number;
  eventsErased: number;
  auditFiltersErased: number;
};

const SWEEP_AGAIN_FOR = "interval '1 day'";

/**
 * Ends the campaign inside `tx`: the first time, archives it, stamps `dataPurgedAt` and writes the audit
 * entry; every time, erases what is left to erase (nothing, normally, after the first).
 */
export async function eraseSupporterData(tx: Prisma.TransactionClient, campaignId: string, now = new Date()): Promise<{ isFirst: boolean; counts: ErasedCounts }> {
  const { count: first } = await tx.campaign.updateMany({
    where: { id: campaignId, dataPurgedAt: null },
    data: { status: "ARCHIVED", dataPurgedAt: now },
  });
  const counts = await eraseRows(tx, campaignId, now);
  if (first === 1) {
    await recordAudit(tx, { actorId: null, actorEmail: null, campaignId, action: "campaign.data-erased", subjectType: "Campaign", subjectId: campaignId, details: counts });
  }
  return { isFirst: first === 1, counts };
}

async function eraseRows(tx: Prisma.TransactionClient, campaignId: string, now: Date): Promise<ErasedCounts> {
  const petitionsClosed = (await tx.petition.updateMany({ where: { campaignId, status: "OPEN" }, data: { status: "CLOSED", closedAt: now } })).count;
  const signaturesDeleted = (await tx.signature.deleteMany({ where: { petition: { campaignId }, status: "PENDING" } })).count;
  // One statement: each row's normalised address becomes unique to it (the unique key is per petition).
  const signaturesErased = await tx.$executeRawUnsafe(
    `UPDATE "Signature" s SET name = '', email = '', "emailNormalised" = 'erased:' || s.id, city = NULL, organisation = NULL,
            role = NULL, comment = NULL, "ipAddress" = NULL, "tokenHash" = NULL, "tokenExpiresAt" = NULL,
            "isPublic" = false, "wantsUpdates" = false
       FROM "Petition" p
      WHERE s."petitionId" = p.id AND p."campaignId" = $1 AND s.email <> ''`,
    campaignId,
  );
  const sponsorsDeleted = (await tx.sponsor.deleteMany({ where: { campaignId, status: { not: "APPROVED" } } })).count;
  const sponsorsErased = await tx.$executeRawUnsafe(
    `UPDATE "Sponsor" SET email = '', "emailNormalised" = 'erased:' || id, "contactName" = NULL, "tokenHash" = NULL, "tokenExpiresAt" = NULL
      WHERE "campaignId" = $1 AND email <> ''`,
    campaignId,
  );
  const eventsDeleted = (await tx.event.deleteMany({ where: { campaignId, publishedAt: null } })).count;
  const eventsErased = await tx.$executeRawUnsafe(
    `UPDATE "Event" SET "organiserName" = '', email = '', "emailNormalised" = 'erased:' || id, "tokenHash" = NULL, "tokenExpiresAt" = NULL, "hostTokenHash" = NULL
      WHERE "campaignId" = $1 AND email <> ''`,
    campaignId,
  );
  await tx.trustedHost.deleteMany({ where: { campaignId } });
  const auditFiltersErased = await tx.$executeRawUnsafe(
    `UPDATE "AuditLog"
        SET details = jsonb_set(details, '{filter}', (details->'filter') || jsonb_strip_nulls(jsonb_build_object(
              'ip', CASE WHEN details->'filter'->'ip' IS NOT NULL THEN 'erased' END,
              'domain', CASE WHEN details->'filter'->'domain' IS NOT NULL THEN 'erased' END)))
      WHERE "campaignId" = $1 AND (details->'filter'->>'ip' <> 'erased' OR details->'filter'->>'domain' <> 'erased')`,
    campaignId,
  );
  return { signaturesDeleted, signaturesErased, sponsorsDeleted, sponsorsErased, petitionsClosed, eventsDeleted, eventsErased, auditFiltersErased };
}

/** The worker's job: ends every campaign whose end has come, and sweeps those that ended in the last day. */
export async function endDueCampaigns(db: Database, now = new Date()): Promise<{ ended: number; erased: ErasedCounts }> {
  const due = await db.sql.query<{ id: string }>(
    `SELECT id FROM "Campaign"
      WHERE "endsAt" <= $1::timestamp(3) AND ("dataPurgedAt" IS NULL OR "dataPurgedAt" > $1::timestamp(3) - ${SWEEP_AGAIN_FOR})
      ORDER BY "endsAt"`,
    [now.toISOString()],
  );
  const total: ErasedCounts = { signaturesDeleted: 0, signaturesErased: 0, sponsorsDeleted: 0, sponsorsErased: 0, petitionsClosed: 0, eventsDeleted: 0, eventsErased: 0, auditFiltersErased: 0 };
  let ended = 0;
  for (const { id } of due) {
    const { isFirst, counts } = await db.prisma.$transaction((tx) => eraseSupporterData(tx, id, now));
    for (const key of Object.keys(total) as (keyof ErasedCounts)[]) total[key] += counts[key];
    if (isFirst) ended++;
  }
  return { ended, erased: total };
}
