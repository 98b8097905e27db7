import type { Database } from "../db/client";
import { PUBLIC_CAMPAIGN_STATUS } from "../campaigns/states";
import { CampaignStatus, type DeliveryMethod, type PetitionStatus } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import { VISIBLE_STATES, isDelivered } from "./states";

// What the public sees of one petition: only of a public (live or closed) campaign, never a draft. Selects exactly what the
// petition page and its poster show; the count is the counter's (lib/signatures/count.ts), at most a
// few seconds old. Texts in the reader's language, else the campaign's default, each saying which.

export type PublicPetition = {
  id: string;
  slug: string;
  status: PetitionStatus;
  goal: number | null;
  deadline: Date | null;
  signatureCount: number;
  isDelivered: boolean;
  campaign: { slug: string; title: string; titleLocale: string };
  text: { locale: string; isFallback: boolean; title: string; addressee: string; body: string };
  demands: { position: number; text: string; locale: string }[];
  targets: { name: string }[];
  deliveries: { deliveredAt: Date; method: DeliveryMethod; targetName: string | null }[];
};

export async function getPublicPetition(db: Database, campaignSlug: string, petitionSlug: string, locale: string): Promise<PublicPetition | null> {
  const row = await db.prisma.petition.findFirst({
    where: { slug: petitionSlug, status: { in: [...VISIBLE_STATES] }, campaign: { slug: campaignSlug, status: PUBLIC_CAMPAIGN_STATUS } },
    select: {
      id: true,
      slug: true,
      status: true,
      goal: true,
      deadline: true,
      signatureCount: true,
      campaign: { select: { slug: true, defaultLocale: true, translations: { select: { locale: true, title: true } } } },
      translations: { select: { locale: true, title: true, addressee: true, body: true } },
      demands: { orderBy: { position: "asc" }, select: { position: true, demand: { select: { translations: { select: { locale: true, text: true } } } } } },
      targets: { select: { target: { select: { name: true } } } },
      deliveries: { orderBy: { deliveredAt: "asc" }, select: { deliveredAt: true, method: true, target: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  const fallback = row.campaign.defaultLocale;
  const text = pickTranslation(row.translations, locale, fallback);
  const campaignText = pickTranslation(row.campaign.translations, locale, fallback);
  if (!text) return null;
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    goal: row.goal,
    deadline: row.deadline,
    signatureCount: row.signatureCount,
    isDelivered: isDelivered(row) || row.deliveries.length > 0,
    campaign: { slug: row.campaign.slug, title: campaignText?.title ?? row.campaign.slug, titleLocale: campaignText?.locale ?? fallback },
    text: { locale: text.locale, isFallback: text.isFallback, title: text.title, addressee: text.addressee, body: text.body },
    demands: row.demands.flatMap((d, i) => {
      const t = pickTranslation(d.demand.translations, locale, fallback);
      return t ? [{ position: i + 1, text: t.text, locale: t.locale }] : [];
    }),
    targets: row.targets.map((t) => ({ name: t.target.name })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    deliveries: row.deliveries.map((d) => ({ deliveredAt: d.deliveredAt, method: d.method, targetName: d.target?.name ?? null })),
  };
}

/** Open petitions of live campaigns, for the "send me the link again" form's list. */
export async function listOpenPetitions(db: Database, locale: string): Promise<{ id: string; title: string }[]> {
  const rows = await db.prisma.petition.findMany({
    where: { status: "OPEN", campaign: { status: CampaignStatus.LIVE } },
    orderBy: [{ openedAt: "desc" }, { createdAt: "desc" }],
    take: 100,
    select: { id: true, campaign: { select: { defaultLocale: true } }, translations: { select: { locale: true, title: true } } },
  });
  return rows.flatMap((r) => {
    const t = pickTranslation(r.translations, locale, r.campaign.defaultLocale);
    return t ? [{ id: r.id, title: t.title }] : [];
  });
}
