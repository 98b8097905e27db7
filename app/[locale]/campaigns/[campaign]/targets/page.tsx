import type { Metadata } from "next";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import styles from "@/components/campaigns/subpage.module.css";
import { DirectoryEntry, NearestForm } from "@/components/targets/directory-entry";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";
import { getDb } from "@/lib/db";
import { countryName, countryOptions } from "@/lib/i18n/countries";
import { getLocaleAndT } from "@/lib/i18n/server";
import { listPublicDirectory } from "@/lib/targets/public-directory";

// From the cache, rebuilt at most every 300 s (docs/decisions/010); the nearest-office answer is the
// dynamic page beside it (./nearest), which the form below asks.
export const revalidate = 300;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  return { title: t("targetDirectory.publicMetaTitle", { title: campaign.title }), description: t("targetDirectory.publicIntro") };
}

export default async function PublicDirectoryPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  const targets = await listPublicDirectory(await getDb(), campaign.id);
  const collator = new Intl.Collator(locale);
  const groups = [...new Set(targets.map((t) => t.country))]
    .map((country) => ({ country, name: countryName(country, locale), targets: targets.filter((t) => t.country === country) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} t={t} title={t("targetDirectory.publicTitle")} intro={t("targetDirectory.publicIntro")} />
      <section aria-labelledby="nearest-heading" className={styles.section}>
        <h2 id="nearest-heading">{t("targetDirectory.nearestHeading")}</h2>
        <NearestForm action={`/${locale}/campaigns/${campaign.slug}/targets/nearest`} countries={countryOptions(locale)} selected={null} t={t} />
      </section>
      {groups.map((group) => (
        <section key={group.country} aria-labelledby={`country-${group.country}`} className={styles.section}>
          <h2 id={`country-${group.country}`}>{group.name}</h2>
          {group.targets.map((target) => (
            <DirectoryEntry key={target.slug} target={target} locale={locale} t={t} />
          ))}
        </section>
      ))}
    </>
  );
}
