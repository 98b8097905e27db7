import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/content/format";
import { langAttribute } from "@/lib/content/pick-translation";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getLocaleAndT } from "@/lib/i18n/server";
import { getPublishedNewsPost } from "@/lib/news/queries";
import { MarkdownBlock } from "@/components/content/markdown-block";
import { NotTranslated } from "@/components/content/not-translated";
import styles from "@/components/news/news.module.css";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 300 s (docs/decisions/010-public-pages-from-the-cache.md).
export const revalidate = 300;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; slug: string }>;

const loadPost = cache(async (slug: string, locale: string) => {
  const post = await getPublishedNewsPost(await getDb(), slug, locale);
  if (!post) notFound();
  return post;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const post = await loadPost((await params).slug, locale);
  const url = `${env().appUrl}/${locale}/news/${post.slug}`;
  return {
    title: post.title,
    description: post.summary,
    alternates: { canonical: url, types: { "application/atom+xml": `/feeds/${locale}/news.xml` } },
    openGraph: {
      type: "article",
      url,
      siteName: t("meta.siteName"),
      title: post.title,
      description: post.summary,
      locale: post.locale,
      publishedTime: post.publishedAt.toISOString(),
      modifiedTime: post.updatedAt.toISOString(),
    },
  };
}

export default async function NewsPostPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const post = await loadPost((await params).slug, locale);
  const textLang = langAttribute(post.locale, locale);
  return (
    <article className={styles.article}>
      <p className={`${styles.meta} ${styles.articleMeta}`}>
        <span className={styles.kind}>{t(`news.kind.${post.kind}`)}</span>
        {" · "}
        <time dateTime={post.publishedAt.toISOString()}>{t("news.published", { date: formatDate(post.publishedAt, locale) })}</time>
      </p>
      <h1 className={styles.articleTitle} lang={textLang}>
        {post.title}
      </h1>
      <NotTranslated textLocale={post.locale} locale={locale} t={t} kind="news" />
      <p className={styles.lede} lang={textLang}>
        {post.summary}
      </p>
      <MarkdownBlock source={post.body} lang={textLang} className={styles.body} />
      <p className="no-print">
        {post.campaign?.isLive ? (
          <>
            <Link href={`/${locale}/campaigns/${post.campaign.slug}`}>{t("news.campaignLink")}</Link>
            {" · "}
          </>
        ) : null}
        <Link href={`/${locale}/news`}>{t("campaign.allNews")}</Link>
      </p>
    </article>
  );
}
