import type { Metadata } from "next";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import styles from "@/components/campaigns/subpage.module.css";
import { NearestForm, directoryCountries } from "@/components/targets/directory-entry";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";
import { getDb } from "@/lib/db";
import Link from "next/link";
import { countryName } from "@/lib/i18n/countries";
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
  const nearest = `/${locale}/campaigns/${campaign.slug}/targets/nearest`;
  const groups = [...new Set(targets.map((t) => t.country))]
    .map((country) => ({ country, name: countryName(country, locale), targets: targets.filter((t) => t.country === country) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} title={t("targetDirectory.publicTitle")} intro={t("targetDirectory.publicIntro")} />
      <section aria-labelledby="nearest-heading" className={styles.section}>
        <h2 id="nearest-heading">{t("targetDirectory.nearestHeading")}</h2>
        <NearestForm action={nearest} countries={directoryCountries(targets, locale)} selected={null} t={t} />
      </section>
      <section aria-labelledby="countries-heading" className={styles.section}>
        <h2 id="countries-heading">{t("targetDirectory.byCountry")}</h2>
        <ul>
          {groups.map((group) => (
            <li key={group.country}>
              <Link href={`${nearest}?country=${group.country}`}>{group.name}</Link>: {group.targets.map((target) => target.name).join("; ")}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
