import type { Database } from "../db/client";
import { CampaignStatus, NewsStatus, type NewsKind } from "../generated/prisma/enums";
import { defaultLocale as siteDefaultLocale } from "../i18n/config";

// Published news, newest first. A post is one slug written in one or more languages (one row each).
// A reader gets the version in their language; when there is none, the version in the default language
// (the campaign's, or the site's for a post outside any campaign); a post in neither is not theirs.
// A post is public once PUBLISHED with a publication date that has come, unless its campaign is a DRAFT.

export type NewsSummary = {
  slug: string;
  locale: string;
  isFallback: boolean;
  kind: NewsKind;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  campaign: { slug: string; isLive: boolean } | null;
};

export type NewsPostPage = NewsSummary & { body: string };

const MAX_ROWS = 500;

function publicWhere(now: Date) {
  return {
    status: NewsStatus.PUBLISHED,
    publishedAt: { lte: now },
    OR: [{ campaignId: null }, { campaign: { status: { not: CampaignStatus.DRAFT } } }],
  };
}

const summarySelect = {
  slug: true,
  locale: true,
  kind: true,
  title: true,
  summary: true,
  publishedAt: true,
  updatedAt: true,
  campaign: { select: { slug: true, status: true, defaultLocale: true } },
} as const;

type Row = {
  slug: string;
  locale: string;
  kind: NewsKind;
  title: string;
  summary: string;
  publishedAt: Date | null;
  updatedAt: Date;
  campaign: { slug: string; status: CampaignStatus; defaultLocale: string } | null;
};

/** Of the language versions of one slug, the one a reader of `locale` gets (or none). */
export function chooseNewsVersion<T extends Pick<Row, "locale" | "campaign">>(versions: readonly T[], locale: string): T | undefined {
  return (
    versions.find((v) => v.locale === locale) ??
    versions.find((v) => v.locale === (v.campaign?.defaultLocale ?? siteDefaultLocale))
  );
}

function toSummary<T extends Row>(row: T, locale: string): NewsSummary {
  return {
    slug: row.slug,
    locale: row.locale,
    isFallback: row.locale !== locale,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    publishedAt: row.publishedAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    campaign: row.campaign ? { slug: row.campaign.slug, isLive: row.campaign.status === CampaignStatus.LIVE } : null,
  };
}

function pickPerSlug<T extends Row>(rows: readonly T[], locale: string): T[] {
  const bySlug = new Map<string, T[]>();
  for (const row of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
  const chosen = [...bySlug.values()].flatMap((versions) => chooseNewsVersion(versions, locale) ?? []);
  return chosen.sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || a.slug.localeCompare(b.slug));
}

export async function listPublishedNews(
  db: Database,
  locale: string,
  options: { campaignId?: string; take?: number } = {},
): Promise<NewsSummary[]> {
  const rows = await db.prisma.newsPost.findMany({
    where: { ...publicWhere(new Date()), ...(options.campaignId ? { campaignId: options.campaignId } : {}) },
    orderBy: [{ publishedAt: "desc" }, { slug: "asc" }],
    take: MAX_ROWS,
    select: summarySelect,
  });
  return pickPerSlug(rows, locale)
    .slice(0, options.take ?? MAX_ROWS)
    .map((row) => toSummary(row, locale));
}

export async function getPublishedNewsPost(db: Database, slug: string, locale: string): Promise<NewsPostPage | null> {
  const rows = await db.prisma.newsPost.findMany({
    where: { ...publicWhere(new Date()), slug },
    select: { ...summarySelect, body: true },
  });
  const row = chooseNewsVersion(rows, locale);
  return row ? { ...toSummary(row, locale), body: row.body } : null;
}

/** Entries for the Atom feed of one language: newest first, with their bodies. */
export async function listFeedEntries(db: Database, locale: string, take = 30, campaignId?: string): Promise<NewsPostPage[]> {
  const rows = await db.prisma.newsPost.findMany({
    where: { ...publicWhere(new Date()), ...(campaignId ? { campaignId } : {}) },
    orderBy: [{ publishedAt: "desc" }, { slug: "asc" }],
    take: MAX_ROWS,
    select: { ...summarySelect, body: true },
  });
  return pickPerSlug(rows, locale)
    .slice(0, take)
    .map((row) => ({ ...toSummary(row, locale), body: row.body }));
}
