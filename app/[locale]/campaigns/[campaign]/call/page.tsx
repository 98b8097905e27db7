import type { Metadata } from "next";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { countryName } from "@/lib/content/format";
import { langAttribute } from "@/lib/content/pick-translation";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { getCallSheet } from "@/lib/targets/call-sheet";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import { TargetContact } from "@/components/campaigns/target-contact";
import { MarkdownBlock } from "@/components/content/markdown-block";
import { NotTranslated } from "@/components/content/not-translated";
import styles from "@/components/campaigns/subpage.module.css";

// Served from the cache and rebuilt in the background at most every 300 s (ISR): pages stay fast under load.
export const revalidate = 300;
// Request-bound APIs read nothing here (the shared not-found boundary reads headers; under force-static it gets none).
export const dynamic = "force-static";
/** No page is built ahead (that would need the database at build time): each is built on first request. */
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  return { title: t("actions.callPage.metaTitle", { title: campaign.title }), description: t("actions.callPage.intro") };
}

export default async function CallPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  const sheet = await getCallSheet(await getDb(), campaign, locale);
  const collator = new Intl.Collator(locale);
  const countries = sheet.byCountry
    .map((group) => ({ ...group, name: countryName(group.country, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} t={t} title={t("actions.callPage.title")} intro={t("actions.callPage.intro")} />
      {sheet.script ? (
        <section aria-labelledby="script-heading" className={styles.section}>
          <h2 id="script-heading">{t("actions.callPage.scriptTitle")}</h2>
          <NotTranslated textLocale={sheet.script.locale} locale={locale} t={t} />
          <MarkdownBlock source={sheet.script.text} lang={langAttribute(sheet.script.locale, locale)} className={styles.script} />
        </section>
      ) : null}
      <section aria-labelledby="numbers-heading" className={styles.section}>
        <h2 id="numbers-heading">{t("actions.callPage.numbersTitle")}</h2>
        {countries.length === 0 ? <p className={styles.empty}>{t("actions.callPage.none")}</p> : null}
        {countries.map((group) => (
          <section key={group.country} aria-labelledby={`country-${group.country}`}>
            <h3 id={`country-${group.country}`}>{group.name}</h3>
            {group.targets.map((target) => (
              <TargetContact key={target.slug} target={target} locale={locale} t={t} variant="call" />
            ))}
          </section>
        ))}
      </section>
    </>
  );
}
