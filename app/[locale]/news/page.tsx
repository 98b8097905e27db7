import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { listPublishedNews } from "@/lib/news/queries";
import { NewsList } from "@/components/news/news-list";
import styles from "@/components/news/news.module.css";

// Served from the cache and rebuilt in the background at most every 60 s (ISR): pages stay fast under load.
export const revalidate = 60;
// Request-bound APIs read nothing here (the shared not-found boundary reads headers; under force-static it gets none).
export const dynamic = "force-static";
/** No page is built ahead (that would need the database at build time): each is built on first request. */
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  return {
    title: t("news.metaTitle"),
    description: t("news.intro"),
    alternates: { types: { "application/atom+xml": [{ url: `/feeds/${locale}/news.xml`, title: t("news.feedTitle", { site: t("meta.siteName") }) }] } },
  };
}

export default async function NewsPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const posts = await listPublishedNews(await getDb(), locale, { take: 100 });
  return (
    <>
      <h1>{t("news.title")}</h1>
      <p className="prose">{t("news.intro")}</p>
      <p className={`${styles.feed} no-print`}>
        <a href={`/feeds/${locale}/news.xml`} type="application/atom+xml">
          {t("news.feedLink")}
        </a>
      </p>
      {posts.length === 0 ? <p className="muted">{t("news.none")}</p> : <NewsList posts={posts} locale={locale} t={t} />}
    </>
  );
}
