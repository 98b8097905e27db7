import type { Database } from "../db/client";
import type { Locale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { renderMarkdown } from "../content/markdown";
import { buildAtomFeed, feedUpdated, type AtomFeed } from "./atom";
import { listFeedEntries } from "./queries";
import { CampaignStatus } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";

// The Atom feed of one language's news, with absolute links under the app's public URL. Entry ids are the
// posts' addresses, so a translation that later replaces a fallback updates the same entry.

export async function buildNewsFeed(db: Database, locale: Locale, appUrl: string): Promise<{ xml: string; updated: Date }> {
  const t = getTranslator(locale);
  const posts = await listFeedEntries(db, locale);
  const newsUrl = `${appUrl}/${locale}/news`;
  return atomOf(t, locale, posts, newsUrl, {
    id: newsUrl,
    title: t("news.feedTitle", { site: t("meta.siteName") }),
    subtitle: t("meta.tagline"),
    selfUrl: `${appUrl}/feeds/${locale}/news.xml`,
    alternateUrl: newsUrl,
  });
}

/** The Atom feed of one public campaign's news in one language (null: no such public campaign). */
export async function buildCampaignNewsFeed(db: Database, locale: Locale, appUrl: string, campaignSlug: string): Promise<{ xml: string; updated: Date } | null> {
  const campaign = await db.prisma.campaign.findFirst({
    where: { slug: campaignSlug, status: { not: CampaignStatus.DRAFT } },
    select: { id: true, slug: true, defaultLocale: true, translations: { select: { locale: true, title: true, summary: true } } },
  });
  if (!campaign) return null;
  const t = getTranslator(locale);
  const text = pickTranslation(campaign.translations, locale, campaign.defaultLocale);
  const posts = await listFeedEntries(db, locale, 30, campaign.id);
  const campaignUrl = `${appUrl}/${locale}/campaigns/${campaign.slug}`;
  return atomOf(t, locale, posts, `${appUrl}/${locale}/news`, {
    id: `${campaignUrl}#news`,
    title: t("campaign.newsFeedTitle", { campaign: text?.title ?? campaign.slug }),
    subtitle: text?.summary || undefined,
    selfUrl: `${appUrl}/feeds/${locale}/campaigns/${campaign.slug}/news.xml`,
    alternateUrl: campaignUrl,
  });
}

function atomOf(
  t: ReturnType<typeof getTranslator>,
  locale: Locale,
  posts: Awaited<ReturnType<typeof listFeedEntries>>,
  newsUrl: string,
  head: Pick<AtomFeed, "id" | "title" | "subtitle" | "selfUrl" | "alternateUrl">,
): { xml: string; updated: Date } {
  const feed: AtomFeed = {
    ...head,
    lang: locale,
    authorName: t("meta.siteName"),
    emptyUpdated: new Date(0),
    entries: posts.map((post) => ({
      id: `${newsUrl}/${post.slug}`,
      title: post.title,
      link: `${newsUrl}/${post.slug}`,
      published: post.publishedAt,
      updated: post.updatedAt > post.publishedAt ? post.updatedAt : post.publishedAt,
      summary: post.summary,
      contentHtml: renderMarkdown(post.body),
      lang: post.isFallback ? post.locale : undefined,
      category: t(`news.kind.${post.kind}`),
    })),
  };
  return { xml: buildAtomFeed(feed), updated: feedUpdated(feed) };
}
