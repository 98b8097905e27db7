import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { listPublishedNews } from "@/lib/news/queries";
import { NewsList } from "@/components/news/news-list";
import styles from "@/components/news/news.module.css";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 60 s (docs/decisions/010-public-pages-from-the-cache.md).
export const revalidate = 60;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

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
