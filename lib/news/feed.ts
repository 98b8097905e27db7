import type { Database } from "../db/client";
import type { Locale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { renderMarkdown } from "../content/markdown";
import { buildAtomFeed, feedUpdated, type AtomFeed } from "./atom";
import { listFeedEntries } from "./queries";

// The Atom feed of one language's news, with absolute links under the app's public URL. Entry ids are the
// posts' addresses, so a translation that later replaces a fallback updates the same entry.

export async function buildNewsFeed(db: Database, locale: Locale, appUrl: string): Promise<{ xml: string; updated: Date }> {
  const t = getTranslator(locale);
  const posts = await listFeedEntries(db, locale);
  const newsUrl = `${appUrl}/${locale}/news`;
  const feed: AtomFeed = {
    id: newsUrl,
    title: t("news.feedTitle", { site: t("meta.siteName") }),
    subtitle: t("meta.tagline"),
    lang: locale,
    selfUrl: `${appUrl}/feeds/${locale}/news.xml`,
    alternateUrl: newsUrl,
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
