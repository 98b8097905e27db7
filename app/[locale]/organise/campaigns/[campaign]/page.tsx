import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddOrganiserForm } from "@/components/organise/add-organiser-form";
import { CampaignEndSection } from "@/components/organise/campaign-end-section";
import { CampaignStatusBadge } from "@/components/organise/campaign-status";
import styles from "@/components/organise/organise.module.css";
import { isAdmin } from "@/lib/auth/roles";
import { requireCampaign } from "@/lib/auth/session";
import { langAttribute } from "@/lib/content/pick-translation";
import { getDb } from "@/lib/db";
import { CampaignStatus, OrganiserRole } from "@/lib/generated/prisma/enums";
import { getLocaleAndT } from "@/lib/i18n/server";
import { getCampaignOverview } from "@/lib/organise/overview";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("organise.metaTitle") };
}

export default async function CampaignOverviewPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug } = await params;
  const { user, campaign } = await requireCampaign(slug, "campaign.read", locale);
  const overview = await getCampaignOverview(await getDb(), user, campaign.id);
  if (!overview) notFound();
  const base = `/${locale}/organise/campaigns/${campaign.slug}`;
  const sections = [
    { href: `${base}/petitions`, title: t("organise.campaign.petitions"), hint: t("organise.campaign.petitionsHint") },
    { href: `${base}/signatures`, title: t("organise.campaign.signatures"), hint: t("organise.campaign.signaturesHint") },
    { href: `${base}/sponsors`, title: t("organise.campaign.sponsors"), hint: t("organise.campaign.sponsorsHint") },
  ];
  return (
    <>
      <p className={styles.breadcrumb}>
        <Link href={`/${locale}/organise`}>{t("organise.campaign.breadcrumb")}</Link> ›
      </p>
      <h1 lang={langAttribute(campaign.textLocale, locale)}>{campaign.title}</h1>
      <p className={styles.meta}>
        {t("organise.campaign.statusLabel")}: <CampaignStatusBadge status={campaign.status} label={t(`organise.status.${campaign.status}`)} />
        {campaign.status === CampaignStatus.LIVE ? (
          <>
            {" · "}
            <Link href={`/${locale}/campaigns/${campaign.slug}`}>{t("organise.campaign.publicPage")}</Link>
          </>
        ) : null}
      </p>
      <p>
        {t("organise.campaign.counts", {
          petitions: overview.petitionCount,
          signatures: overview.confirmedSignatureCount,
          sponsors: overview.sponsorsAwaitingModeration,
        })}
      </p>

      <h2>{t("organise.campaign.sections")}</h2>
      <ul className={styles.sections}>
        {sections.map((s) => (
          <li key={s.href} className="card">
            <Link href={s.href}>{s.title}</Link>
            <p>{s.hint}</p>
          </li>
        ))}
      </ul>

      <h2>{t("organise.campaign.organisers")}</h2>
      {overview.organisers.length === 0 ? (
        <p className="muted">{t("organise.campaign.noOrganisers")}</p>
      ) : (
        <ul className={styles.organisers}>
          {overview.organisers.map((o) => (
            <li key={o.userId}>
              {o.email} <span className="muted">({t(`organise.organiserRoles.${o.role}`)})</span>
            </li>
          ))}
        </ul>
      )}

      <CampaignEndSection user={user} campaign={campaign} locale={locale} t={t} />

      {isAdmin(user) ? (
        <>
          <h3>{t("organise.addOrganiser.title")}</h3>
          <p className="muted">{t("organise.addOrganiser.intro")}</p>
          <AddOrganiserForm
            campaignId={campaign.id}
            locale={locale}
            labels={{
              email: t("organise.addOrganiser.emailLabel"),
              role: t("organise.addOrganiser.roleLabel"),
              submit: t("organise.addOrganiser.submit"),
              roles: Object.values(OrganiserRole).map((value) => ({ value, label: t(`organise.organiserRoles.${value}`) })),
            }}
          />
        </>
      ) : null}
    </>
  );
}
