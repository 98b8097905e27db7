import type { Database } from "../../db/client";
import { campaignWhereCan } from "../../auth/capabilities";
import type { CurrentUser } from "../../auth/roles";
import { pickTranslation } from "../../content/pick-translation";
import { SignatureStatus } from "../../generated/prisma/enums";
import { listApprovedSponsors, type PublicSponsor } from "../../sponsors/queries";

// What the delivery exports read. The petition is found only for someone who may organise its
// campaign (the permission is in the where). Signatures are those that count (confirmed, never
// invalidated, not held as suspect) and whose signers chose to be on the delivered list. They are read in batches in a stable order, so an export of
// 100,000 signatures streams in bounded memory.

export type ExportOptions = {
  /** The language of the petition text and of the labels. */
  lang: string;
  /** Name one target in the header instead of the petition's addressee. */
  targetId: string | null;
  /** Internal copy: add email addresses. */
  includeEmails: boolean;
  /** Internal copy: name supporters who did not choose to be shown publicly. */
  includeHiddenNames: boolean;
};

export type PetitionForExport = {
  id: string;
  slug: string;
  campaignId: string;
  campaignSlug: string;
  title: string;
  addressee: string;
  body: string;
  textLocale: string;
  targetName: string | null;
  targetSlug: string | null;
  /** The signatures listed: counted ones whose signers chose to be on the delivered list. */
  signatureCount: number;
  /** Counted signatures left out because their signers did not choose the delivered list (docs/decisions/019). */
  leftOutCount: number;
};

export async function findPetitionForExport(
  db: Database,
  actor: Pick<CurrentUser, "id" | "role">,
  campaignId: string,
  petitionSlug: string,
  options: Pick<ExportOptions, "lang" | "targetId">,
): Promise<PetitionForExport | null> {
  const row = await db.prisma.petition.findFirst({
    where: { campaignId, slug: petitionSlug, campaign: campaignWhereCan(actor, "supporters.export") },
    select: {
      id: true,
      slug: true,
      campaignId: true,
      campaign: { select: { slug: true, defaultLocale: true } },
      translations: { select: { locale: true, title: true, addressee: true, body: true } },
      targets: { select: { target: { select: { id: true, name: true, slug: true } } } },
    },
  });
  if (!row) return null;
  const target = options.targetId ? row.targets.find((t) => t.target.id === options.targetId)?.target : undefined;
  if (options.targetId && !target) return null;
  const text = pickTranslation(row.translations, options.lang, row.campaign.defaultLocale);
  const { listed: signatureCount, leftOut: leftOutCount } = await countDeliverableSignatures(db, row.id);
  return {
    id: row.id,
    slug: row.slug,
    campaignId: row.campaignId,
    campaignSlug: row.campaign.slug,
    title: text?.title ?? row.slug,
    addressee: text?.addressee ?? "",
    body: text?.body ?? "",
    textLocale: text?.locale ?? options.lang,
    targetName: target?.name ?? null,
    targetSlug: target?.slug ?? null,
    signatureCount,
    leftOutCount,
  };
}

function countedSignatureWhere(petitionId: string) {
  return { petitionId, status: SignatureStatus.CONFIRMED, isSuspect: false, invalidatedAt: null };
}

/** Exports list only the signers who chose to be on the list handed to the addressees. */
function deliverableSignatureWhere(petitionId: string) {
  return { ...countedSignatureWhere(petitionId), deliveryConsent: true };
}

/** How many counted signatures the exports list, and how many they leave out (for the organiser's page). */
export async function countDeliverableSignatures(db: Database, petitionId: string): Promise<{ listed: number; leftOut: number }> {
  const groups = await db.prisma.signature.groupBy({ by: ["deliveryConsent"], where: countedSignatureWhere(petitionId), _count: { _all: true } });
  const of = (consent: boolean) => groups.find((g) => g.deliveryConsent === consent)?._count._all ?? 0;
  return { listed: of(true), leftOut: of(false) };
}

export type ExportedSignature = {
  name: string;
  isPublic: boolean;
  city: string | null;
  country: string;
  organisation: string | null;
  role: string | null;
  comment: string | null;
  confirmedAt: Date;
  email?: string;
};

export const EXPORT_BATCH = 1000;

/** The counted signatures, oldest confirmation first, a batch at a time (keyset pagination). */
export async function* countedSignatureBatches(
  db: Database,
  petitionId: string,
  options: Pick<ExportOptions, "includeEmails">,
  batchSize = EXPORT_BATCH,
): AsyncGenerator<ExportedSignature[]> {
  let after: { confirmedAt: Date; id: string } | null = null;
  for (;;) {
    const rows: (Omit<ExportedSignature, "confirmedAt"> & { id: string; confirmedAt: Date | null })[] = await db.prisma.signature.findMany({
      where: {
        ...deliverableSignatureWhere(petitionId),
        ...(after
          ? { OR: [{ confirmedAt: { gt: after.confirmedAt } }, { confirmedAt: after.confirmedAt, id: { gt: after.id } }] }
          : {}),
      },
      orderBy: [{ confirmedAt: "asc" }, { id: "asc" }],
      take: batchSize,
      select: {
        id: true,
        name: true,
        isPublic: true,
        city: true,
        country: true,
        organisation: true,
        role: true,
        comment: true,
        confirmedAt: true,
        email: options.includeEmails,
      },
    });
    if (rows.length === 0) return;
    yield rows.map(({ id: _id, confirmedAt, ...row }) => ({ ...row, confirmedAt: confirmedAt ?? new Date(0) }));
    const last = rows[rows.length - 1]!;
    after = { confirmedAt: last.confirmedAt ?? new Date(0), id: last.id };
    if (rows.length < batchSize) return;
  }
}

export type ExportedSponsor = PublicSponsor & { email?: string };

/** The campaign's approved sponsors (a list in the hundreds, read at once); emails only when asked. */
export async function approvedSponsorsForExport(
  db: Database,
  campaignId: string,
  options: Pick<ExportOptions, "includeEmails">,
): Promise<ExportedSponsor[]> {
  const sponsors = await listApprovedSponsors(db, campaignId);
  if (!options.includeEmails || sponsors.length === 0) return sponsors;
  const emails = await db.prisma.sponsor.findMany({ where: { id: { in: sponsors.map((s) => s.id) } }, select: { id: true, email: true } });
  const byId = new Map(emails.map((e) => [e.id, e.email]));
  return sponsors.map((s) => ({ ...s, email: byId.get(s.id) ?? "" }));
}
