import Link from "next/link";
import { CampaignActions } from "@/components/campaigns/campaign-actions";
import styles from "@/components/campaigns/campaign-page.module.css";
import { MarkdownBlock } from "@/components/content/markdown-block";
import { NotTranslated } from "@/components/content/not-translated";
import { NewsList } from "@/components/news/news-list";
import type { CampaignPage } from "@/lib/campaigns/queries";
import { formatDate } from "@/lib/content/format";
import { langAttribute } from "@/lib/content/pick-translation";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { countryName } from "@/lib/i18n/countries";
import type { Translator } from "@/lib/i18n/translate";

// A campaign's page: the public one, and the console's preview of a draft (the same markup, so that
// what the team previews is what the public will read).

export function CampaignBody({ campaign, locale, t }: { campaign: CampaignPage; locale: Locale; t: Translator }) {
  const textLang = langAttribute(campaign.text.locale, locale);
  const firstPetition = campaign.petitions[0];
  const base = `/${locale}/campaigns/${campaign.slug}`;
  const kicker = [
    campaign.appealDate ? { key: "date", node: <time dateTime={campaign.appealDate.toISOString().slice(0, 10)}>{t("campaign.appealOf", { date: formatDate(campaign.appealDate, locale) })}</time> } : null,
    campaign.country ? { key: "country", node: <span>{countryName(campaign.country, locale)}</span> } : null,
  ].filter((k) => k !== null);
  return (
    <article className={styles.campaign}>
      <header className={styles.header}>
        {kicker.length > 0 ? (
          <p className={styles.kicker}>
            {kicker.map((k, i) => (
              <span key={k.key}>
                {i > 0 ? " · " : null}
                {k.node}
              </span>
            ))}
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
            {" · "}
            <a href={`/feeds/${locale}/campaigns/${campaign.slug}/news.xml`} type="application/atom+xml">
              {t("campaign.newsFeed")}
            </a>
          </p>
        </section>
      ) : null}
    </article>
  );
}
