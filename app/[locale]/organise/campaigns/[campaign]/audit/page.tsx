import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import { formatMoment, formatNumber } from "@/components/organise-petitions/format";
import { listAuditEntries } from "@/lib/audit/queries";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { requireCampaign } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("audit.title") };
}

/** What each logged action is called on the page; an action without a name here is shown by its code. */
const ACTION_NAMES: Record<string, MessageKey> = {
  "campaign.created": "audit.actions.campaignCreated",
  "campaign.end-scheduled": "audit.actions.campaignEndScheduled",
  "campaign.end-cancelled": "audit.actions.campaignEndCancelled",
  "campaign.ended-now": "audit.actions.campaignEnded",
  "campaign.data-erased": "audit.actions.campaignDataErased",
  "member.invited": "audit.actions.memberInvited",
  "member.joined": "audit.actions.memberJoined",
  "member.roleChanged": "audit.actions.memberRoleChanged",
  "member.removed": "audit.actions.memberRemoved",
  "member.invitationRevoked": "audit.actions.invitationRevoked",
  "organiser.added": "audit.actions.memberJoined",
  "petition.created": "audit.actions.petitionCreated",
  "petition.updated": "audit.actions.petitionUpdated",
  "petition.opened": "audit.actions.petitionOpened",
  "petition.closed": "audit.actions.petitionClosed",
  "petition.delivered": "audit.actions.petitionDelivered",
  "petition.exported": "audit.actions.petitionExported",
  "signatures.invalidated": "audit.actions.signaturesInvalidated",
  "signatures.suspicion-cleared": "audit.actions.signaturesSuspicionCleared",
  "sponsor.approve": "audit.actions.sponsorApproved",
  "sponsor.reject": "audit.actions.sponsorRejected",
  "allowlist.added": "audit.actions.allowlistAdded",
  "allowlist.removed": "audit.actions.allowlistRemoved",
  "campaign.textsSaved": "audit.actions.campaignTextsSaved",
  "campaign.settingsSaved": "audit.actions.campaignSettingsSaved",
  "campaign.statusChanged": "audit.actions.campaignStatusChanged",
  "demand.added": "audit.actions.demandAdded",
  "demand.edited": "audit.actions.demandEdited",
  "demand.moved": "audit.actions.demandMoved",
  "demand.retired": "audit.actions.demandRetired",
  "demand.restored": "audit.actions.demandRestored",
  "news.created": "audit.actions.newsCreated",
  "news.saved": "audit.actions.newsSaved",
  "news.published": "audit.actions.newsPublished",
  "news.unpublished": "audit.actions.newsUnpublished",
  "news.emailed": "audit.actions.newsEmailed",
  "dayOfAction.declared": "daysOfAction.auditDeclared",
  "dayOfAction.edited": "daysOfAction.auditEdited",
  "dayOfAction.removed": "daysOfAction.auditRemoved",
};

export default async function AuditPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "audit.read", locale);
  const page = Number(firstParam((await searchParams).page) ?? "1");
  const log = await listAuditEntries(await getDb(), user, campaign.id, page);
  if (!log) notFound();
  const base = `/${locale}/organise/campaigns/${campaign.slug}/audit`;
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("audit.title")}</h1>
      <p className="prose">{t("audit.intro", { count: log.total })}</p>
      {log.rows.length === 0 ? (
        <p className="muted">{t("audit.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("audit.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.when")}</th>
                <th scope="col">{t("audit.who")}</th>
                <th scope="col">{t("audit.what")}</th>
                <th scope="col">{t("audit.rows")}</th>
              </tr>
            </thead>
            <tbody>
              {log.rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatMoment(locale, r.at)}</td>
                  <td>{r.actorEmail ?? t("audit.system")}</td>
                  <td>{ACTION_NAMES[r.action] ? t(ACTION_NAMES[r.action]!) : <code>{r.action}</code>}</td>
                  <td>{formatNumber(locale, r.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.pages > 1 ? (
        <nav aria-label={t("audit.pages")}>
          {log.page > 1 ? <Link href={`${base}?page=${log.page - 1}`}>{t("audit.newer")}</Link> : null} {t("audit.pageOf", { page: log.page, pages: log.pages })}{" "}
          {log.page < log.pages ? <Link href={`${base}?page=${log.page + 1}`}>{t("audit.older")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
