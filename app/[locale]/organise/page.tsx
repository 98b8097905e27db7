import Link from "next/link";
import { CampaignStatusBadge } from "@/components/organise/campaign-status";
import styles from "@/components/organise/organise.module.css";
import { langAttribute } from "@/lib/content/pick-translation";
import { listOrganisableCampaigns } from "@/lib/auth/permissions";
import { isAdmin } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";

export default async function OrganiseHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await getLocaleAndT(params);
  const user = await requireUser(locale);
  const campaigns = await listOrganisableCampaigns(await getDb(), user, locale);
  return (
    <>
      <h1>{t("organise.home.title")}</h1>
      <p>{isAdmin(user) ? t("organise.home.adminIntro") : t("organise.home.intro")}</p>
      {isAdmin(user) ? (
        <p>
          <Link href={`/${locale}/organise/campaigns/new`} className="button">
            {t("campaigns.new.link")}
          </Link>
        </p>
      ) : null}
      {campaigns.length === 0 ? (
        <p className="notice">{t("organise.home.empty")}</p>
      ) : (
        <ul className="card-list">
          {campaigns.map((c) => (
            <li key={c.id} className={`card ${styles.campaignCard}`}>
              <h2 lang={langAttribute(c.textLocale, locale)}>
                <Link href={`/${locale}/organise/campaigns/${c.slug}`}>{c.title}</Link>
              </h2>
              <p className={styles.meta}>
                <CampaignStatusBadge status={c.status} label={t(`organise.status.${c.status}`)} /> · {c.slug}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
