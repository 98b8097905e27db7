import type { Metadata } from "next";
import Link from "next/link";
import { loadCampaignPage } from "@/lib/campaigns/load-for-page";
import { formatDate } from "@/lib/content/format";
import { langAttribute } from "@/lib/content/pick-translation";
import { env } from "@/lib/env";
import { getLocaleAndT } from "@/lib/i18n/server";
import { locales } from "@/lib/i18n/config";
import { CampaignActions } from "@/components/campaigns/campaign-actions";
import { MarkdownBlock } from "@/components/content/markdown-block";
import { NotTranslated } from "@/components/content/not-translated";
import { NewsList } from "@/components/news/news-list";
import styles from "@/components/campaigns/campaign-page.module.css";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 30 s (docs/decisions/010-public-pages-from-the-cache.md).
export const revalidate = 30;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug } = await params;
  const campaign = await loadCampaignPage(slug, locale);
  const appUrl = env().appUrl;
  const url = `${appUrl}/${locale}/campaigns/${slug}`;
  return {
    title: campaign.text.title,
    description: campaign.text.summary,
    alternates: {
      canonical: url,
      languages: Object.fromEntries(locales.map((l) => [l, `${appUrl}/${l}/campaigns/${slug}`])),
      types: { "application/atom+xml": `/feeds/${locale}/news.xml` },
    },
    openGraph: {
      type: "article",
      url,
      siteName: t("meta.siteName"),
      title: campaign.text.title,
      description: campaign.text.summary,
      locale: campaign.text.locale,
      ...(campaign.appealDate ? { publishedTime: campaign.appealDate.toISOString() } : {}),
    },
    twitter: { card: "summary", title: campaign.text.title, description: campaign.text.summary },
  };
}

export default async function CampaignPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug } = await params;
  const campaign = await loadCampaignPage(slug, locale);
  const textLang = langAttribute(campaign.text.locale, locale);
  const firstPetition = campaign.petitions[0];
  const base = `/${locale}/campaigns/${campaign.slug}`;
  return (
    <article className={styles.campaign}>
      <header className={styles.header}>
        {campaign.appealDate ? (
          <p className={styles.kicker}>
            <time dateTime={campaign.appealDate.toISOString().slice(0, 10)}>{t("campaign.appealOf", { date: formatDate(campaign.appealDate, locale) })}</time>
          </p>
        ) : null}
        <h1 lang={textLang}>{campaign.text.title}</h1>
        <p className={styles.summary} lang={textLang}>
          {campaign.text.summary}
        </p>
        <NotTranslated textLocale={campaign.text.locale} locale={locale} t={t} />
        <p className={`${styles.cta} no-print`}>
          {firstPetition ? (
            <Link className="button button--action" href={`${base}/petitions/${firstPetition.slug}`}>
              {t("actions.sign.title")}
            </Link>
          ) : null}
          <a href="#act">{t("campaign.jumpToActions")}</a>
        </p>
      </header>

      <section aria-labelledby="appeal-heading" className={styles.section}>
        <h2 id="appeal-heading">{t("campaign.appealTitle")}</h2>
        <MarkdownBlock source={campaign.text.appeal} lang={textLang} className={styles.appeal} />
      </section>

      {campaign.demands.length > 0 ? (
        <section aria-labelledby="demands-heading" className={styles.section}>
          <h2 id="demands-heading">{t("campaign.demandsTitle")}</h2>
          <ol className={styles.demands}>
            {campaign.demands.map((demand) => (
              <li key={demand.position} lang={langAttribute(demand.locale, locale)}>
                {demand.text}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="act-heading" id="act" className={`${styles.section} no-print`}>
        <h2 id="act-heading">{t("campaign.actionsTitle")}</h2>
        <CampaignActions campaign={campaign} locale={locale} t={t} />
      </section>
      <p className={styles.printOnly}>{t("campaign.printAct", { url: `${env().appUrl}${base}` })}</p>

      {campaign.news.length > 0 ? (
        <section aria-labelledby="news-heading" className={`${styles.section} no-print`}>
          <h2 id="news-heading">{t("campaign.newsTitle")}</h2>
          <NewsList posts={campaign.news} locale={locale} t={t} headingLevel={3} />
          <p>
            <Link href={`/${locale}/news`}>{t("campaign.allNews")}</Link>
          </p>
        </section>
      ) : null}
    </article>
  );
}
