import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { CampaignStatus } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import { isAdmin, type CurrentUser } from "./roles";

// Who may organise which campaign, said once, in a form every query can put into its `where`:
// an instance admin may organise every campaign; anyone else only those with a CampaignOrganiser row.

export function organisableCampaignWhere(user: Pick<CurrentUser, "id" | "role">): Prisma.CampaignWhereInput {
  return isAdmin(user) ? {} : { organisers: { some: { userId: user.id } } };
}

/** Whether `user` may organise the campaign with this id. */
export async function canOrganiseCampaign(db: Database, user: Pick<CurrentUser, "id" | "role">, campaignId: string): Promise<boolean> {
  const found = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, organisableCampaignWhere(user)] },
    select: { id: true },
  });
  return found !== null;
}

export type OrganisableCampaign = { id: string; slug: string; status: CampaignStatus; title: string; textLocale: string };

/** The campaigns `user` may organise, newest first, titled in `locale` where a translation exists. */
export async function listOrganisableCampaigns(
  db: Database,
  user: Pick<CurrentUser, "id" | "role">,
  locale: string,
): Promise<OrganisableCampaign[]> {
  const rows = await db.prisma.campaign.findMany({
    where: organisableCampaignWhere(user),
    orderBy: [{ createdAt: "desc" }],
    select: { id: true, slug: true, status: true, defaultLocale: true, translations: { select: { locale: true, title: true } } },
  });
  return rows.map((row) => toOrganisable(row, locale));
}

/** One campaign by its slug, if `user` may organise it; otherwise null (the page answers 404). */
export async function findOrganisableCampaign(
  db: Database,
  user: Pick<CurrentUser, "id" | "role">,
  slug: string,
  locale: string,
): Promise<OrganisableCampaign | null> {
  const row = await db.prisma.campaign.findFirst({
    where: { AND: [{ slug }, organisableCampaignWhere(user)] },
    select: { id: true, slug: true, status: true, defaultLocale: true, translations: { select: { locale: true, title: true } } },
  });
  return row ? toOrganisable(row, locale) : null;
}

function toOrganisable(
  row: { id: string; slug: string; status: CampaignStatus; defaultLocale: string; translations: { locale: string; title: string }[] },
  locale: string,
): OrganisableCampaign {
  const text = pickTranslation(row.translations, locale, row.defaultLocale);
  return { id: row.id, slug: row.slug, status: row.status, title: text?.title ?? row.slug, textLocale: text?.locale ?? locale };
}
