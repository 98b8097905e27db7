import type { CurrentUser } from "../auth/session";
import { campaignWhereCan } from "../auth/capabilities";
import type { Database } from "../db/client";
import type { NewsKind, NewsStatus } from "../generated/prisma/enums";
import type { Locale } from "../i18n/config";

// The console's view of a campaign's news, for members who may read the campaign ("campaign.read" in the
// where). A post is its slug with one version per language; languages the campaign offers that a post
// lacks are listed as missing.

export type ConsoleNewsVersion = { locale: string; status: NewsStatus; title: string; summary: string; body: string; publishedAt: Date | null; updatedAt: Date };
export type ConsoleNewsPost = { slug: string; kind: NewsKind; versions: ConsoleNewsVersion[]; missing: Locale[]; emailedAt: Date | null; emailedCount: number | null; updatedAt: Date };

export async function listCampaignNews(db: Database, user: CurrentUser, campaignId: string): Promise<{ posts: ConsoleNewsPost[]; locales: Locale[]; defaultLocale: Locale } | null> {
  const campaign = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(user, "campaign.read")] },
    select: {
      locales: true,
      defaultLocale: true,
      news: {
        orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
        take: 2_000,
        select: { slug: true, kind: true, locale: true, status: true, title: true, summary: true, body: true, publishedAt: true, updatedAt: true, emailedAt: true, emailedCount: true },
      },
    },
  });
  if (!campaign) return null;
  const locales = campaign.locales as Locale[];
  const bySlug = new Map<string, ConsoleNewsPost>();
  for (const row of campaign.news) {
    let post = bySlug.get(row.slug);
    if (!post) bySlug.set(row.slug, (post = { slug: row.slug, kind: row.kind, versions: [], missing: [], emailedAt: row.emailedAt, emailedCount: row.emailedCount, updatedAt: row.updatedAt }));
    post.versions.push({ locale: row.locale, status: row.status, title: row.title, summary: row.summary, body: row.body, publishedAt: row.publishedAt, updatedAt: row.updatedAt });
    post.emailedAt ??= row.emailedAt;
    post.emailedCount ??= row.emailedCount;
  }
  const order = (l: string) => (l === campaign.defaultLocale ? -1 : locales.indexOf(l as Locale));
  const posts = [...bySlug.values()].map((p) => ({
    ...p,
    versions: p.versions.sort((a, b) => order(a.locale) - order(b.locale)),
    missing: locales.filter((l) => !p.versions.some((v) => v.locale === l)),
  }));
  return { posts, locales, defaultLocale: campaign.defaultLocale as Locale };
}

export async function getCampaignNewsPost(db: Database, user: CurrentUser, campaignId: string, slug: string) {
  const news = await listCampaignNews(db, user, campaignId);
  const post = news?.posts.find((p) => p.slug === slug);
  return news && post ? { ...news, post } : null;
}
