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
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 300 s (docs/decisions/010-public-pages-from-the-cache.md).
export const revalidate = 300;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

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
