import type { Database } from "../db/client";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { pickTranslation } from "../content/pick-translation";
import type { SignatureStatus } from "../generated/prisma/enums";
import { signatureWhere, type ModerationFilter } from "./moderation-filter";
import { INVALIDATED_STATE } from "./states";

// What the moderation page shows. Email addresses are personal data: only the organisers of this
// campaign see them in full; an instance admin who does not organise it sees the domain only (which
// is what bulk invalidation works with).

export const MODERATION_PAGE_SIZE = 50;

type Actor = Pick<CurrentUser, "id" | "role">;

export type ModeratedSignature = {
  id: string;
  name: string;
  email: string;
  country: string;
  city: string | null;
  ipAddress: string | null;
  petitionTitle: string;
  status: SignatureStatus;
  isSuspect: boolean;
  suspectReason: string | null;
  createdAt: Date;
};

export type ModerationList = { total: number; page: number; pages: number; showsEmails: boolean; rows: ModeratedSignature[] };

export async function listSignaturesForModeration(
  db: Database,
  actor: Actor,
  campaignId: string,
  filter: ModerationFilter,
  page: number,
  locale: string,
): Promise<ModerationList> {
  const where = signatureWhere(actor, campaignId, filter);
  const [total, showsEmails] = await Promise.all([db.prisma.signature.count({ where }), isOrganiserOf(db, actor, campaignId)]);
  const pages = Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db.prisma.signature.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * MODERATION_PAGE_SIZE,
    take: MODERATION_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      email: true,
      country: true,
      city: true,
      ipAddress: true,
      status: true,
      isSuspect: true,
      suspectReason: true,
      createdAt: true,
      petition: { select: { slug: true, campaign: { select: { defaultLocale: true } }, translations: { select: { locale: true, title: true } } } },
    },
  });
  return {
    total,
    page: current,
    pages,
    showsEmails,
    rows: rows.map(({ petition, email, ...row }) => ({
      ...row,
      email: showsEmails ? email : maskEmail(email),
      petitionTitle: pickTranslation(petition.translations, locale, petition.campaign.defaultLocale)?.title ?? petition.slug,
    })),
  };
}

/** How many rows a bulk action would change (the number the moderator confirms). */
export async function countForBulkAction(db: Database, actor: Actor, campaignId: string, filter: ModerationFilter, kind: "invalidate" | "clear"): Promise<number> {
  const extra = kind === "invalidate" ? { status: { not: INVALIDATED_STATE } } : { isSuspect: true, status: { not: INVALIDATED_STATE } };
  return db.prisma.signature.count({ where: { AND: [signatureWhere(actor, campaignId, filter), extra] } });
}

/** The campaign's petitions and the countries its supporters signed from, for the filter's lists. */
export async function getModerationChoices(db: Database, actor: Actor, campaignId: string, locale: string) {
  const petitions = await db.prisma.petition.findMany({
    where: { campaignId, campaign: campaignWhereCan(actor, "moderation.decide") },
    orderBy: { createdAt: "desc" },
    select: { id: true, slug: true, campaign: { select: { defaultLocale: true } }, translations: { select: { locale: true, title: true } } },
  });
  const countries = await db.prisma.signature.groupBy({ by: ["country"], where: signatureWhere(actor, campaignId, {}), orderBy: { country: "asc" } });
  return {
    petitions: petitions.map((p) => ({ id: p.id, title: pickTranslation(p.translations, locale, p.campaign.defaultLocale)?.title ?? p.slug })),
    countries: countries.map((c) => c.country),
  };
}

async function isOrganiserOf(db: Database, actor: Actor, campaignId: string): Promise<boolean> {
  const row = await db.prisma.campaignOrganiser.findUnique({ where: { campaignId_userId: { campaignId, userId: actor.id } }, select: { userId: true } });
  return row !== null;
}

/** "anna.k@example.org" → "a…@example.org". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "…";
  return `${email[0]}…${email.slice(at)}`;
}
