import { campaignTotals } from "../calls/counts";
import type { Database } from "../db/client";
import { EventStatus, PetitionStatus, SponsorStatus, TemplateStatus, type LetterKind } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import { listPublishedNews, type NewsSummary } from "../news/queries";
import { PUBLIC_CAMPAIGN_STATUS } from "./states";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { pastEventWhere, upcomingEventWhere } from "../events/timing";

// What the public sees of a campaign. Live and closed campaigns are public (states.ts): a DRAFT (or
// ARCHIVED) campaign is not found, except by its team through the console's preview. Every query selects the fields a page shows and nothing else (no emails, no counts of
// what is still being moderated). Texts come in the reader's language, else the campaign's default one,
// and each says which language it is in.


export type CampaignCard = {
  slug: string;
  title: string;
  summary: string;
  textLocale: string;
  appealDate: Date | null;
  openPetitionCount: number;
  signatureCount: number;
};

export async function listLiveCampaigns(db: Database, locale: string): Promise<CampaignCard[]> {
  const rows = await db.prisma.campaign.findMany({
    where: { status: PUBLIC_CAMPAIGN_STATUS },
    orderBy: [{ appealDate: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      slug: true,
      defaultLocale: true,
      appealDate: true,
      translations: { select: { locale: true, title: true, summary: true } },
      petitions: { where: { status: PetitionStatus.OPEN }, select: { signatureCount: true } },
    },
  });
  return rows.flatMap((row) => {
    const text = pickTranslation(row.translations, locale, row.defaultLocale);
    if (!text) return [];
    return [
      {
        slug: row.slug,
        title: text.title,
        summary: text.summary,
        textLocale: text.locale,
        appealDate: row.appealDate,
        openPetitionCount: row.petitions.length,
        signatureCount: row.petitions.reduce((sum, p) => sum + p.signatureCount, 0),
      },
    ];
  });
}

export type CampaignHeader = { id: string; slug: string; defaultLocale: string; title: string; textLocale: string };

/** The little every campaign sub-page needs (title for the heading and breadcrumb); null when not public. */
export async function getCampaignHeader(db: Database, slug: string, locale: string): Promise<CampaignHeader | null> {
  const row = await db.prisma.campaign.findFirst({
    where: { slug, status: PUBLIC_CAMPAIGN_STATUS },
    select: { id: true, slug: true, defaultLocale: true, translations: { select: { locale: true, title: true } } },
  });
  const text = row && pickTranslation(row.translations, locale, row.defaultLocale);
  if (!row || !text) return null;
  return { id: row.id, slug: row.slug, defaultLocale: row.defaultLocale, title: text.title, textLocale: text.locale };
}

export type CampaignPage = {
  id: string;
  slug: string;
  defaultLocale: string;
  appealDate: Date | null;
  /** The country the campaign concerns (ISO code), if one. */
  country: string | null;
  donateUrl: string | null;
  text: { locale: string; isFallback: boolean; title: string; summary: string; appeal: string };
  /** Whether there is a call script in any language (the call page falls back like every text). */
  hasCallScript: boolean;
  /** Whether any of the campaign's targets has a phone number (the call page has something to show). */
  hasPhoneTargets: boolean;
  /** Calls reported to the campaign's targets and letters sent to them (the call action card's totals). */
  callTotals: { calls: number; lettersSent: number };
  demands: { position: number; text: string; locale: string }[];
  petitions: { slug: string; title: string; titleLocale: string; signatureCount: number; goal: number | null }[];
  approvedSponsorCount: number;
  templates: { slug: string; kind: LetterKind; title: string; titleLocale: string }[];
  events: { upcoming: number; past: number };
  news: NewsSummary[];
};

/**
 * A public campaign's page; or, with `previewFor`, the page as it will look, for a member of its team
 * whatever its state (the console's preview; the permission is in the where).
 */
export async function getCampaignForPage(db: Database, slug: string, locale: string, previewFor?: CurrentUser): Promise<CampaignPage | null> {
  const row = await db.prisma.campaign.findFirst({
    where: previewFor ? { AND: [{ slug }, campaignWhereCan(previewFor, "campaign.read")] } : { slug, status: PUBLIC_CAMPAIGN_STATUS },
    select: {
      id: true,
      slug: true,
      defaultLocale: true,
      appealDate: true,
      country: true,
      donateUrl: true,
      translations: { select: { locale: true, title: true, summary: true, appeal: true, callScript: true } },
      demands: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { position: true, translations: { select: { locale: true, text: true } } } },
      petitions: {
        where: { status: PetitionStatus.OPEN },
        orderBy: [{ openedAt: "asc" }, { createdAt: "asc" }],
        select: { slug: true, goal: true, signatureCount: true, translations: { select: { locale: true, title: true } } },
      },
      templates: {
        where: { status: TemplateStatus.PUBLISHED },
        orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
        select: { slug: true, kind: true, translations: { select: { locale: true, title: true } } },
      },
      _count: { select: { sponsors: { where: { status: SponsorStatus.APPROVED } } } },
    },
  });
  const text = row && pickTranslation(row.translations, locale, row.defaultLocale);
  if (!row || !text) return null;
  const fallback = row.defaultLocale;
  const now = new Date();
  const published = { campaignId: row.id, status: EventStatus.PUBLISHED };
  const [upcoming, past, phoneTargets, news, callTotals] = await Promise.all([
    db.prisma.event.count({ where: { ...published, ...upcomingEventWhere(now) } }),
    db.prisma.event.count({ where: { ...published, ...pastEventWhere(now) } }),
    db.prisma.target.count({ where: { campaignId: row.id, phones: { isEmpty: false } } }),
    listPublishedNews(db, locale, { campaignId: row.id, take: 3 }),
    campaignTotals(db, row.id),
  ]);
  return {
    id: row.id,
    slug: row.slug,
    defaultLocale: row.defaultLocale,
    appealDate: row.appealDate,
    country: row.country,
    donateUrl: row.donateUrl,
    text: {
      locale: text.locale,
      isFallback: text.isFallback,
      title: text.title,
      summary: text.summary,
      appeal: text.appeal,
    },
    hasCallScript: row.translations.some((t) => Boolean(t.callScript?.trim())),
    hasPhoneTargets: phoneTargets > 0,
    callTotals,
    demands: row.demands.flatMap((d) => {
      const t = pickTranslation(d.translations, locale, fallback);
      return t ? [{ position: d.position, text: t.text, locale: t.locale }] : [];
    }),
    petitions: row.petitions.flatMap((p) => {
      const t = pickTranslation(p.translations, locale, fallback);
      return t ? [{ slug: p.slug, title: t.title, titleLocale: t.locale, signatureCount: p.signatureCount, goal: p.goal }] : [];
    }),
    approvedSponsorCount: row._count.sponsors,
    templates: row.templates.flatMap((tpl) => {
      const t = pickTranslation(tpl.translations, locale, fallback);
      return t ? [{ slug: tpl.slug, kind: tpl.kind, title: t.title, titleLocale: t.locale }] : [];
    }),
    events: { upcoming, past },
    news,
  };
}
