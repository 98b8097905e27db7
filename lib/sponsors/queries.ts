import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { OrganisationKind, SponsorKind, SponsorStatus } from "../generated/prisma/enums";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { APPROVED_STATE, QUEUE_ORDER } from "./states";

// What each reader may see of sponsors. The public (and the petition exports) get approved sponsors
// only, and never an email address or a contact person. Organisers get their own campaigns' queue.

export type PublicSponsor = {
  id: string;
  kind: SponsorKind;
  name: string;
  role: string | null;
  organisation: string | null;
  organisationKind: OrganisationKind | null;
  country: string;
  website: string | null;
  isDomainVerified: boolean;
  approvedAt: Date | null;
};

/** Approved sponsors of a campaign, for the public list and for delivery exports (CSV, PDF). */
/** What anyone may see of an approved sponsor: never an email or a contact person. */
const PUBLIC_SELECT = {
  id: true,
  kind: true,
  name: true,
  role: true,
  organisation: true,
  organisationKind: true,
  country: true,
  website: true,
  isDomainVerified: true,
} as const;

export async function listApprovedSponsors(db: Database, campaignId: string): Promise<PublicSponsor[]> {
  const rows = await db.prisma.sponsor.findMany({
    where: { campaignId, status: APPROVED_STATE },
    orderBy: [{ country: "asc" }, { kind: "desc" }, { organisationKind: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { ...PUBLIC_SELECT, moderatedAt: true },
  });
  return rows.map(({ moderatedAt, ...row }) => ({ ...row, approvedAt: moderatedAt }));
}

export type SponsorForModeration = PublicSponsor & {
  status: SponsorStatus;
  email: string;
  contactName: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
  moderatedAt: Date | null;
  moderationNote: string | null;
};

export type ModerationQueue = { counts: Record<SponsorStatus, number>; sponsors: SponsorForModeration[]; isTruncated: boolean };

export const MODERATION_PAGE_SIZE = 300;

const MODERATION_SELECT = {
  ...PUBLIC_SELECT,
  status: true,
  email: true,
  contactName: true,
  createdAt: true,
  confirmedAt: true,
  moderatedAt: true,
  moderationNote: true,
} as const;

/** Within each state: what waited longest first; decisions most recent first; unconfirmed newest first. */
const ORDER_WITHIN: Record<SponsorStatus, Prisma.SponsorOrderByWithRelationInput[]> = {
  AWAITING_MODERATION: [{ confirmedAt: "asc" }, { id: "asc" }],
  APPROVED: [{ moderatedAt: "desc" }, { id: "asc" }],
  REJECTED: [{ moderatedAt: "desc" }, { id: "asc" }],
  UNCONFIRMED: [{ createdAt: "desc" }, { id: "asc" }],
};

/**
 * A campaign's sponsors for its moderators: those awaiting a decision first, then the approved, the
 * rejected, and the still unconfirmed; at most MODERATION_PAGE_SIZE rows. Empty for anyone who may not
 * organise the campaign.
 */
export async function listSponsorsForModeration(db: Database, user: Pick<CurrentUser, "id" | "role">, campaignId: string): Promise<ModerationQueue> {
  const where = { campaignId, campaign: campaignWhereCan(user, "moderation.decide") };
  const grouped = await db.prisma.sponsor.groupBy({ by: ["status"], where, orderBy: { status: "asc" }, _count: { _all: true } });
  const counts: Record<SponsorStatus, number> = { UNCONFIRMED: 0, AWAITING_MODERATION: 0, APPROVED: 0, REJECTED: 0 };
  for (const g of grouped) counts[g.status] = g._count._all;
  const sponsors: SponsorForModeration[] = [];
  for (const status of QUEUE_ORDER) {
    const room = MODERATION_PAGE_SIZE - sponsors.length;
    if (room <= 0 || counts[status] === 0) continue;
    const rows = await db.prisma.sponsor.findMany({ where: { ...where, status }, orderBy: ORDER_WITHIN[status], take: room, select: MODERATION_SELECT });
    sponsors.push(...rows.map((row) => ({ ...row, approvedAt: row.status === APPROVED_STATE ? row.moderatedAt : null })));
  }
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { counts, sponsors, isTruncated: total > sponsors.length };
}
