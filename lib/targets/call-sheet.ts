import type { Database } from "../db/client";
import type { TargetKind } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import { publicTargetSelect, type PublicTarget } from "./public-target";

// What a supporter needs to phone in a protest: the campaign's call script in their language and every
// target of the campaign that has a phone number, grouped by the country the office is in (so a
// supporter finds the embassy nearest to them), countries in the order the page sorts them.

/** Embassies and consulates first: the call page is about phoning the embassy. */
const KIND_ORDER: Record<TargetKind, number> = { EMBASSY: 0, CONSULATE: 1, GOVERNMENT_OFFICE: 2, COMPANY: 3, MEDIA: 4, UNION: 5, OTHER: 6 };

export type CallSheet = {
  script: { text: string; locale: string; isFallback: boolean } | null;
  byCountry: { country: string; targets: PublicTarget[] }[];
};

export async function getCallSheet(db: Database, campaign: { id: string; defaultLocale: string }, locale: string): Promise<CallSheet> {
  const [translations, links] = await Promise.all([
    db.prisma.campaignTranslation.findMany({
      where: { campaignId: campaign.id, callScript: { not: null } },
      select: { locale: true, callScript: true },
    }),
    db.prisma.target.findMany({
      where: { campaignId: campaign.id, phones: { isEmpty: false } },
      select: publicTargetSelect,
    }),
  ]);
  const scripts = translations.flatMap((t) => (t.callScript?.trim() ? [{ locale: t.locale, text: t.callScript }] : []));
  const script = pickTranslation(scripts, locale, campaign.defaultLocale);
  const groups = new Map<string, PublicTarget[]>();
  for (const target of links) groups.set(target.country, [...(groups.get(target.country) ?? []), target]);
  const byCountry = [...groups.entries()].map(([country, targets]) => ({
    country,
    targets: targets.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name)),
  }));
  return { script: script ? { text: script.text, locale: script.locale, isFallback: script.isFallback } : null, byCountry };
}
