import type { Database } from "../db/client";
import type { CampaignStatus, OrganiserRole } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import { campaignWhereCan, type Capability } from "./capabilities";
import { isAdmin, type CurrentUser } from "./roles";

// Who may do what on which campaign, asked in a form every query can put into its `where`
// (campaignWhereCan, ./capabilities.ts): an instance admin holds every capability on every campaign;
// a member only what their role in that campaign holds.

/** Whether `user` holds `capability` on the campaign with this id. */
export async function canOnCampaign(db: Database, user: Pick<CurrentUser, "id" | "role">, campaignId: string, capability: Capability): Promise<boolean> {
  const found = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(user, capability)] },
    select: { id: true },
  });
  return found !== null;
}

/** The member's role on the campaign as the console shows it: "ADMIN" for an instance admin. */
export type ConsoleRole = OrganiserRole | "ADMIN";

export type OrganisableCampaign = { id: string; slug: string; status: CampaignStatus; title: string; textLocale: string; role: ConsoleRole };

const CAMPAIGN_SELECT = {
  id: true,
  slug: true,
  status: true,
  defaultLocale: true,
  translations: { select: { locale: true, title: true } },
} as const;

/** The campaigns `user` may open in the console, newest first, titled in `locale` where a translation exists. */
export async function listOrganisableCampaigns(db: Database, user: Pick<CurrentUser, "id" | "role">, locale: string): Promise<OrganisableCampaign[]> {
  const rows = await db.prisma.campaign.findMany({
    where: campaignWhereCan(user, "campaign.read"),
    orderBy: [{ createdAt: "desc" }],
    select: { ...CAMPAIGN_SELECT, organisers: { where: { userId: user.id }, select: { role: true } } },
  });
  return rows.map((row) => toOrganisable(row, locale, isAdmin(user) ? "ADMIN" : row.organisers[0]!.role));
}

/** One campaign by its slug, if `user` holds `capability` on it; otherwise null (the page answers 404). */
export async function findCampaignFor(
  db: Database,
  user: Pick<CurrentUser, "id" | "role">,
  slug: string,
  capability: Capability,
  locale: string,
): Promise<OrganisableCampaign | null> {
  const row = await db.prisma.campaign.findFirst({
    where: { AND: [{ slug }, campaignWhereCan(user, capability)] },
    select: { ...CAMPAIGN_SELECT, organisers: { where: { userId: user.id }, select: { role: true } } },
  });
  if (!row) return null;
  return toOrganisable(row, locale, isAdmin(user) ? "ADMIN" : row.organisers[0]!.role);
}

function toOrganisable(
  row: { id: string; slug: string; status: CampaignStatus; defaultLocale: string; translations: { locale: string; title: string }[] },
  locale: string,
  role: ConsoleRole,
): OrganisableCampaign {
  const text = pickTranslation(row.translations, locale, row.defaultLocale);
  return { id: row.id, slug: row.slug, status: row.status, title: text?.title ?? row.slug, textLocale: text?.locale ?? locale, role };
}
