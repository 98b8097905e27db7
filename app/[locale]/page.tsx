import type { Metadata } from "next";
import Link from "next/link";
import { listLiveCampaigns } from "@/lib/campaigns/queries";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { CampaignCard } from "@/components/campaigns/campaign-card";
import styles from "@/components/campaigns/home.module.css";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 60 s (docs/decisions/010-public-pages-from-the-cache.md).
export const revalidate = 60;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("home.metaTitle"), description: t("home.intro") };
}

export default async function HomePage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaigns = await listLiveCampaigns(await getDb(), locale);
  return (
    <>
      <section className={styles.intro} aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p className={styles.lede}>{t("home.intro")}</p>
      </section>

      <section aria-labelledby="campaigns-title">
        <h2 id="campaigns-title">{t("home.campaignsTitle")}</h2>
        {campaigns.length > 0 ? (
          <ul className={`card-list ${styles.campaigns}`}>
            {campaigns.map((campaign) => (
              <li key={campaign.slug}>
                <CampaignCard campaign={campaign} locale={locale} t={t} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="notice">{t("home.noCampaigns")}</p>
        )}
      </section>

      <section aria-labelledby="how-title" className={styles.how}>
        <h2 id="how-title">{t("home.howTitle")}</h2>
        <ul>
          <li>{t("home.how.sign")}</li>
          <li>{t("home.how.sponsor")}</li>
          <li>{t("home.how.write")}</li>
          <li>{t("home.how.call")}</li>
          <li>{t("home.how.picket")}</li>
        </ul>
        <p>
          <Link href={`/${locale}/news`}>{t("home.newsLink")}</Link>
        </p>
      </section>
    </>
  );
}
