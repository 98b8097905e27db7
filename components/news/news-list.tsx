import Link from "next/link";
import type { NewsSummary } from "@/lib/news/queries";
import { formatDate, languageName } from "@/lib/content/format";
import { langAttribute } from "@/lib/content/pick-translation";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import styles from "./news.module.css";

/** News posts newest first: kind and date, title linking to the post, summary. */
export function NewsList({ posts, locale, t, headingLevel = 2 }: { posts: NewsSummary[]; locale: Locale; t: Translator; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className={styles.list}>
      {posts.map((post) => (
        <li key={post.slug} className={styles.item}>
          <article lang={langAttribute(post.locale, locale)}>
            <p className={styles.meta} lang={locale}>
              <span className={styles.kind}>{t(`news.kind.${post.kind}`)}</span>
              {" · "}
              <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt, locale)}</time>
            </p>
            <Heading className={styles.title}>
              <Link href={`/${locale}/news/${post.slug}`}>{post.title}</Link>
            </Heading>
            <p className={styles.summary}>{post.summary}</p>
            {post.isFallback ? (
              <p className={styles.meta} lang={locale}>
                {t("news.notTranslated", { language: languageName(post.locale, locale) })}
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
