import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SponsorList } from "@/components/sponsors/sponsor-list";
import styles from "@/components/sponsors/sponsors.module.css";
import { getCampaignHeader } from "@/lib/campaigns/queries";
import { getDb } from "@/lib/db";
import { countryName } from "@/lib/i18n/countries";
import { getLocaleAndT } from "@/lib/i18n/server";
import { groupSponsors } from "@/lib/sponsors/grouping";
import { listApprovedSponsors } from "@/lib/sponsors/queries";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 5 s (docs/decisions/010-public-pages-from-the-cache.md). A
// moderator's approval revalidates it at once, but a render that read the list just before the approval
// and finished just after it is kept as fresh (decision 022): 5 s bounds how long a new sponsor can wait.
export const revalidate = 5;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await getCampaignHeader(await getDb(), (await params).campaign, locale);
  return { title: campaign ? `${t("sponsors.list.title")}: ${campaign.title}` : t("sponsors.list.title") };
}

export default async function CampaignSponsorsPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const db = await getDb();
  const campaign = await getCampaignHeader(db, (await params).campaign, locale);
  if (!campaign) notFound();
  const grouped = groupSponsors(await listApprovedSponsors(db, campaign.id), (code) => countryName(code, locale), locale);
  const base = `/${locale}/campaigns/${campaign.slug}`;
  return (
    <>
      <p className={`${styles.back} no-print`}>
        <Link href={base}>← {t("sponsors.list.backToCampaign")}</Link>
      </p>
      <h1>{t("sponsors.list.heading", { campaign: campaign.title })}</h1>
      <p className="prose">{t("sponsors.list.intro")}</p>
      {grouped.totals.total > 0 ? <p className={styles.totals}>{t("sponsors.list.totals", { ...grouped.totals })}</p> : <p>{t("sponsors.list.empty")}</p>}
      <p className={`${styles.actions} no-print`}>
        <Link className="button button--action" href={`${base}/sponsors/new`}>
          {t("sponsors.list.addYourName")}
        </Link>
      </p>
      {grouped.countries.length > 3 ? (
        <nav className={`${styles.countryNav} no-print`} aria-label={t("sponsors.list.countriesNav")}>
          <ul>
            {grouped.countries.map((c) => (
              <li key={c.country}>
                <a href={`#country-${c.country}`}>{c.countryName}</a> <span className="muted">({c.count})</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <SponsorList grouped={grouped} t={t} />
    </>
  );
}
