import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import styles from "@/components/campaigns/subpage.module.css";
import { DirectoryEntry, NearestForm, directoryCountries } from "@/components/targets/directory-entry";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { readerCountry } from "@/lib/targets/nearest";
import { directoryWithProposal } from "@/lib/targets/public-directory";

// The office nearest to a supporter's country, with the reason it was chosen: the country asked for, or
// the one the browser's language suggests. Dynamic (it reads the query and the Accept-Language header).
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  return { title: t("targetDirectory.publicMetaTitle", { title: campaign.title }), robots: { index: false } };
}

export default async function NearestTargetPage({ params, searchParams }: { params: Params; searchParams: Promise<{ country?: string | string[] }> }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  const { country } = readerCountry((await searchParams).country, (await headers()).get("accept-language"));
  const { targets: all, proposal } = await directoryWithProposal(await getDb(), campaign.id, country);
  const here = { all, others: all.filter((t) => t.country === country && t.id !== proposal?.target.id) };
  const base = `/${locale}/campaigns/${campaign.slug}/targets`;
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} title={t("targetDirectory.nearestHeading")} intro={t("targetDirectory.publicIntro")} />
      <section aria-labelledby="nearest-heading" className={styles.section}>
        <h2 id="nearest-heading" className="visually-hidden">
          {t("targetDirectory.nearestHeading")}
        </h2>
        <NearestForm action={`${base}/nearest`} countries={directoryCountries(here.all, locale, country)} selected={country} t={t} />
        {proposal ? (
          <>
            <p role="status">
              <strong>{t(`targetDirectory.reason.${proposal.reason}`)}</strong>
            </p>
            <DirectoryEntry target={proposal.target} locale={locale} t={t} />
          </>
        ) : (
          <p role="status">{t("targetDirectory.noProposal")}</p>
        )}
        {here.others.length ? <h3>{t("targetDirectory.alsoHere")}</h3> : null}
        {here.others.map((target) => (
          <DirectoryEntry key={target.slug} target={target} locale={locale} t={t} />
        ))}
        <p>
          <Link href={base}>{t("targetDirectory.publicTitle")}</Link>
        </p>
      </section>
    </>
  );
}
