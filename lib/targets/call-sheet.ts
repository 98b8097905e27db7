import type { Database } from "../db/client";
import type { TargetKind } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import { numberedDemands } from "../letters/placeholders";
import { publicTargetSelect, type PublicTarget } from "./public-target";
import { proposeNearestTarget, type NearestReason } from "./nearest";

// What a supporter needs to phone in a protest: the campaign's call script in their language and every
// target of the campaign that has a phone number, the one nearest to the supporter's country first (with
// the reason it was chosen), then the others, embassies first.

/** Embassies and consulates first: the call page is about phoning the embassy. */
const KIND_ORDER: Record<TargetKind, number> = { EMBASSY: 0, CONSULATE: 1, GOVERNMENT_OFFICE: 2, COMPANY: 3, MEDIA: 4, UNION: 5, OTHER: 6 };

export type CallTarget = PublicTarget & { id: string; accreditedTo: string[]; timeZone: string | null; officeHours: string | null };

export type CallSheet = {
  script: { text: string; locale: string; isFallback: boolean } | null;
  /** The campaign's demands in the reader's language, numbered, for {{demands}}. */
  demands: string;
  nearest: { target: CallTarget; reason: NearestReason } | null;
  /** Every target with a phone, the nearest excluded. */
  others: CallTarget[];
};

export async function getCallSheet(
  db: Database,
  campaign: { id: string; defaultLocale: string },
  locale: string,
  country: string | null = null,
): Promise<CallSheet> {
  const [translations, targets, row] = await Promise.all([
    db.prisma.campaignTranslation.findMany({
      where: { campaignId: campaign.id, callScript: { not: null } },
      select: { locale: true, callScript: true },
    }),
    db.prisma.target.findMany({
      where: { campaignId: campaign.id, phones: { isEmpty: false } },
      select: { ...publicTargetSelect, id: true, accreditedTo: true, timeZone: true, officeHours: true },
    }),
    db.prisma.campaign.findUnique({
      where: { id: campaign.id },
      select: {
        country: true,
        fallbackTargetId: true,
        demands: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { position: true, translations: { select: { locale: true, text: true } } } },
      },
    }),
  ]);
  const scripts = translations.flatMap((t) => (t.callScript?.trim() ? [{ locale: t.locale, text: t.callScript }] : []));
  const script = pickTranslation(scripts, locale, campaign.defaultLocale);
  const demands = numberedDemands(row?.demands ?? [], locale, campaign.defaultLocale);
  const sorted = [...targets].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name));
  const nearest = proposeNearestTarget(sorted, { country, represents: row?.country ?? null, fallbackTargetId: row?.fallbackTargetId ?? null });
  return {
    script: script ? { text: script.text, locale: script.locale, isFallback: script.isFallback } : null,
    demands,
    nearest,
    others: sorted.filter((t) => t.id !== nearest?.target.id),
  };
}
