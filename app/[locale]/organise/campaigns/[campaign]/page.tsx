import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CampaignEndSection } from "@/components/organise/campaign-end-section";
import { CampaignStatusBadge } from "@/components/organise/campaign-status";
import styles from "@/components/organise/organise.module.css";
import { roleCan } from "@/lib/auth/capabilities";
import { requireCampaign } from "@/lib/auth/session";
import { langAttribute } from "@/lib/content/pick-translation";
import { getDb } from "@/lib/db";
import { CampaignStatus } from "@/lib/generated/prisma/enums";
import { getLocaleAndT } from "@/lib/i18n/server";
import { getCampaignOverview } from "@/lib/organise/overview";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("organise.metaTitle") };
}

export default async function CampaignOverviewPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug } = await params;
  const { user, campaign } = await requireCampaign(slug, "campaign.read", locale);
  const overview = await getCampaignOverview(await getDb(), user, campaign.id);
  if (!overview) notFound();
  const base = `/${locale}/organise/campaigns/${campaign.slug}`;
  // Only the sections this member's role opens (the pages check again, beside their queries).
  const sections = [
    { href: `${base}/settings`, title: t("campaigns.settings.title"), hint: t("campaigns.settings.hint"), shown: true },
    { href: `${base}/texts`, title: t("campaigns.texts.title"), hint: t("campaigns.texts.hint"), shown: true },
    { href: `${base}/demands`, title: t("campaigns.demands.title"), hint: t("campaigns.demands.hint"), shown: true },
    { href: `${base}/preview`, title: t("campaigns.preview.link"), hint: t("campaigns.preview.hint"), shown: true },
    { href: `${base}/petitions`, title: t("organise.campaign.petitions"), hint: t("organise.campaign.petitionsHint"), shown: true },
    { href: `${base}/news`, title: t("newsConsole.title"), hint: t("newsConsole.hint"), shown: true },
    { href: `${base}/deliveries`, title: t("letterDelivery.title"), hint: t("letterDelivery.hint"), shown: roleCan(campaign.role, "letters.deliver") },
    { href: `${base}/targets`, title: t("targetDirectory.title"), hint: t("targetDirectory.hint"), shown: roleCan(campaign.role, "targets.edit") },
    { href: `${base}/letters`, title: t("letterTemplates.title"), hint: t("letterTemplates.hint"), shown: true },
    { href: `${base}/calls`, title: t("calls.console.link"), hint: t("calls.console.hint"), shown: true },
    { href: `${base}/events`, title: t("daysOfAction.consoleTitle"), hint: t("daysOfAction.consoleHint"), shown: true },
    { href: `${base}/signatures`, title: t("organise.campaign.signatures"), hint: t("organise.campaign.signaturesHint"), shown: roleCan(campaign.role, "moderation.decide") },
    { href: `${base}/sponsors`, title: t("organise.campaign.sponsors"), hint: t("organise.campaign.sponsorsHint"), shown: roleCan(campaign.role, "moderation.decide") },
    { href: `${base}/replies`, title: t("letterWall.replies.consoleLink"), hint: t("letterWall.replies.consoleHint"), shown: roleCan(campaign.role, "letters.write") },
    { href: `${base}/members`, title: t("members.page.title"), hint: t("members.page.hint"), shown: true },
    { href: `${base}/audit`, title: t("audit.title"), hint: t("audit.hint"), shown: roleCan(campaign.role, "audit.read") },
  ].filter((s) => s.shown);
  return (
    <>
      <p className={styles.breadcrumb}>
        <Link href={`/${locale}/organise`}>{t("organise.campaign.breadcrumb")}</Link> ›
      </p>
      {firstParam((await searchParams).created) === "1" ? (
        <p className="notice notice--ok" role="status">
          {t("campaigns.new.created")}
        </p>
      ) : null}
      <h1 lang={langAttribute(campaign.textLocale, locale)}>{campaign.title}</h1>
      <p className={styles.meta}>
        {t("organise.campaign.statusLabel")}: <CampaignStatusBadge status={campaign.status} label={t(`organise.status.${campaign.status}`)} />
        {campaign.status === CampaignStatus.LIVE || campaign.status === CampaignStatus.CLOSED ? (
          <>
            {" · "}
            <Link href={`/${locale}/campaigns/${campaign.slug}`}>{t("organise.campaign.publicPage")}</Link>
          </>
        ) : null}
      </p>
      <p className={styles.meta}>
        {t("organise.campaign.yourRole", { role: campaign.role === "ADMIN" ? t("organise.roles.ADMIN") : t(`organise.organiserRoles.${campaign.role}`) })}
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

      <CampaignEndSection user={user} campaign={campaign} locale={locale} t={t} />

    </>
  );
}
