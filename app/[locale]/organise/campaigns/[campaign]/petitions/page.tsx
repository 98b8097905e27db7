import type { Metadata } from "next";
import Link from "next/link";
import { formatDay, formatNumber } from "@/components/organise-petitions/format";
import { PetitionStatusBadge } from "@/components/organise-petitions/petition-status-badge";
import styles from "@/components/organise-petitions/petitions.module.css";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import { roleCan } from "@/lib/auth/capabilities";
import { requireCampaign } from "@/lib/auth/session";
import { langAttribute } from "@/lib/content/pick-translation";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { listPetitionsForOrganiser } from "@/lib/petitions/organiser-queries";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("organisePetitions.list.title") };
}

export default async function OrganiserPetitionsPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const petitions = await listPetitionsForOrganiser(await getDb(), user, campaign.id, locale);
  const base = `/${locale}/organise/campaigns/${campaign.slug}`;
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("organisePetitions.list.title")}</h1>
      <p className={styles.summary}>
        {roleCan(campaign.role, "petitions.manage") ? (
          <Link className="button" href={`${base}/petitions/new`}>
            {t("organisePetitions.list.newPetition")}
          </Link>
        ) : null}
        {roleCan(campaign.role, "moderation.decide") ? <Link href={`${base}/signatures`}>{t("organisePetitions.list.moderation")}</Link> : null}
      </p>
      {petitions.length === 0 ? (
        <p className="muted">{t("organisePetitions.list.empty")}</p>
      ) : (
        <table className={`${styles.table} table-stack`}>
          <thead>
            <tr>
              <th scope="col">{t("organisePetitions.list.columnTitle")}</th>
              <th scope="col">{t("organisePetitions.list.columnStatus")}</th>
              <th scope="col" className={styles.number}>
                {t("organisePetitions.list.columnCount")}
              </th>
              <th scope="col" className={styles.number}>
                {t("organisePetitions.list.columnGoal")}
              </th>
              <th scope="col">{t("organisePetitions.list.columnDeadline")}</th>
            </tr>
          </thead>
          <tbody>
            {petitions.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={`${base}/petitions/${p.slug}`} lang={langAttribute(p.titleLocale, locale)}>
                    {p.title}
                  </Link>
                </td>
                <td data-label={t("organisePetitions.list.columnStatus")}>
                  <PetitionStatusBadge status={p.status} label={t(`organisePetitions.status.${p.status}`)} />
                </td>
                <td className={styles.number} data-label={t("organisePetitions.list.columnCount")}>
                  {formatNumber(locale, p.signatureCount)}
                </td>
                <td className={styles.number} data-label={t("organisePetitions.list.columnGoal")}>
                  {p.goal === null ? t("organisePetitions.list.noGoal") : formatNumber(locale, p.goal)}
                </td>
                <td data-label={t("organisePetitions.list.columnDeadline")}>{p.deadline ? formatDay(locale, p.deadline) : t("organisePetitions.list.noDeadline")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
