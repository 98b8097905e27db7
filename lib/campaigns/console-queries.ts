import type { Database } from "../db/client";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import type { CampaignStatus } from "../generated/prisma/enums";
import type { Locale } from "../i18n/config";
import { gapsOf, type GoLiveGap } from "./edit-campaign";

// What the console's campaign pages (settings, texts, demands, preview) show: everything the team
// writes, in every language, for a member who may read the campaign. The permission is in the where.

export type EditableCampaign = {
  id: string;
  slug: string;
  status: CampaignStatus;
  defaultLocale: Locale;
  locales: Locale[];
  appealDate: Date | null;
  country: string | null;
  donateUrl: string | null;
  copyToEmails: string[];
  texts: Partial<Record<Locale, { title: string; summary: string; appeal: string; callScript: string | null }>>;
  demands: { id: string; position: number; retiredAt: Date | null; texts: Partial<Record<Locale, string>> }[];
  gaps: GoLiveGap[];
};

export async function getEditableCampaign(db: Database, user: CurrentUser, campaignId: string): Promise<EditableCampaign | null> {
  const row = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(user, "campaign.read")] },
    select: {
      id: true,
      slug: true,
      status: true,
      defaultLocale: true,
      locales: true,
      appealDate: true,
      country: true,
      donateUrl: true,
      copyToEmails: true,
      translations: { select: { locale: true, title: true, summary: true, appeal: true, callScript: true } },
      demands: { orderBy: { position: "asc" }, select: { id: true, position: true, retiredAt: true, translations: { select: { locale: true, text: true } } } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    defaultLocale: row.defaultLocale as Locale,
    locales: row.locales as Locale[],
    appealDate: row.appealDate,
    country: row.country,
    donateUrl: row.donateUrl,
    copyToEmails: row.copyToEmails,
    texts: Object.fromEntries(row.translations.map((t) => [t.locale, { title: t.title, summary: t.summary, appeal: t.appeal, callScript: t.callScript }])),
    demands: row.demands.map((d) => ({ id: d.id, position: d.position, retiredAt: d.retiredAt, texts: Object.fromEntries(d.translations.map((t) => [t.locale, t.text])) })),
    // From the rows loaded above (the same rule changeCampaignStatus asks of the database).
    gaps: gapsOf({ defaultLocale: row.defaultLocale, texts: row.translations, demandsInUse: row.demands.filter((d) => !d.retiredAt).length }),
  };
}

/** Per language: what is still untranslated (fields of the campaign's text, demands in use). */
export function translationGaps(c: EditableCampaign, locale: Locale): { fields: ("title" | "summary" | "appeal")[]; demands: number } {
  const text = c.texts[locale];
  const fields = (["title", "summary", "appeal"] as const).filter((f) => !text?.[f]?.trim() && c.texts[c.defaultLocale]?.[f]?.trim());
  const demands = c.demands.filter((d) => !d.retiredAt && !d.texts[locale]).length;
  return { fields: [...fields], demands };
}
