import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import { EventQueueItem } from "@/components/moderation/event-queue-item";
import { LetterQueueItem } from "@/components/moderation/letter-queue-item";
import { ReportQueueItem } from "@/components/moderation/report-queue-item";
import { QueueDecisionForm } from "@/components/moderation/queue-decision-form";
import styles from "@/components/moderation/moderation.module.css";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { requireCampaign } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey, Translator } from "@/lib/i18n/translate";
import { decideQueueItemAction } from "@/lib/moderation/actions";
import { listModerationQueue, type QueueItem } from "@/lib/moderation/queue";
import { RATE_LIMIT_REASON } from "@/lib/signatures/insert-signature";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("moderationQueue.title") };
}

const DONE: Record<string, MessageKey> = {
  sponsorApprove: "moderationQueue.done.sponsorApprove",
  sponsorReject: "moderationQueue.done.sponsorReject",
  signatureApprove: "moderationQueue.done.signatureApprove",
  signatureReject: "moderationQueue.done.signatureReject",
  letterApprove: "letterWall.queue.doneApprove",
  letterReject: "letterWall.queue.doneReject",
  eventApprove: "eventModeration.doneApprove",
  eventTrust: "eventModeration.doneTrust",
  eventReject: "eventModeration.doneReject",
  reportApprove: "eventReportModeration.doneApprove",
  reportReject: "eventReportModeration.doneReject",
};

/** The campaign's one moderation queue: everything waiting for a decision, oldest first, each decided in place. */
export default async function ModerationQueuePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "moderation.decide", locale);
  const queue = await listModerationQueue(await getDb(), user, campaign.id, locale);
  const done = DONE[firstParam((await searchParams).done) ?? ""];
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const base = `/${locale}/organise/campaigns/${campaign.slug}`;
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("moderationQueue.heading", { campaign: campaign.title })}</h1>
      <p className="prose">{t("moderationQueue.intro")}</p>
      <div aria-live="polite">
        {done ? (
          <p className="notice notice--ok" role="status">
            {t(done)}
          </p>
        ) : null}
      </div>
      <p>{t("moderationQueue.summary", { count: queue.total })}</p>
      {queue.items.length < queue.total ? <p className="muted">{t("moderationQueue.truncated", { shown: queue.items.length })}</p> : null}
      {queue.items.length === 0 ? (
        <p className="muted">{t("moderationQueue.empty")}</p>
      ) : (
        <ol className={styles.queue}>
          {queue.items.map((item) => {
            const headingId = `item-${item.kind}-${item.id}`;
            if (item.kind === "letter") {
              return (
                <LetterQueueItem key={headingId} item={item} headingId={headingId} t={t} locale={locale} when={when.format(item.arrivedAt)}>
                  <QueueDecisionForm
                    action={decideQueueItemAction}
                    hidden={{ locale, campaignId: campaign.id, item: `letter:${item.id}` }}
                    itemId={`letter-${item.id}`}
                    describedBy={headingId}
                    labels={{ reason: t("moderationQueue.reasonLabel"), hint: t("letterWall.queue.reasonHint"), approve: t("letterWall.queue.approve"), reject: t("letterWall.queue.reject") }}
                  />
                </LetterQueueItem>
              );
            }
            if (item.kind === "event") {
              return (
                <EventQueueItem key={headingId} item={item} headingId={headingId} t={t} locale={locale} when={when.format(item.arrivedAt)}>
                  <QueueDecisionForm
                    action={decideQueueItemAction}
                    hidden={{ locale, campaignId: campaign.id, item: `event:${item.id}` }}
                    itemId={`event-${item.id}`}
                    describedBy={headingId}
                    labels={{
                      reason: t("moderationQueue.reasonLabel"),
                      hint: t("eventModeration.reasonHint"),
                      approve: t("eventModeration.approve"),
                      trust: t("eventModeration.trust"),
                      reject: t("eventModeration.reject"),
                    }}
                  />
                </EventQueueItem>
              );
            }
            if (item.kind === "report") {
              const formId = `decide-report-${item.id}`;
              return (
                <ReportQueueItem key={headingId} item={item} headingId={headingId} formId={formId} t={t} locale={locale} when={when.format(item.arrivedAt)}>
                  <QueueDecisionForm
                    action={decideQueueItemAction}
                    hidden={{ locale, campaignId: campaign.id, item: `report:${item.id}` }}
                    itemId={`report-${item.id}`}
                    formId={formId}
                    describedBy={headingId}
                    labels={{ reason: t("moderationQueue.reasonLabel"), hint: t("eventReportModeration.reasonHint"), approve: t("eventReportModeration.approve"), reject: t("eventReportModeration.reject") }}
                  />
                </ReportQueueItem>
              );
            }
            const sponsor = item.kind === "sponsor";
            return (
              <li key={headingId} className={`card ${styles.queueItem}`} aria-labelledby={headingId}>
                <p className={styles.queueKind}>{t(`moderationQueue.kind.${item.kind}`)}</p>
                <h2 id={headingId}>{t(sponsor ? "moderationQueue.sponsorTitle" : "moderationQueue.signatureTitle", { name: item.name })}</h2>
                <p className={styles.queueMeta}>
                  <time dateTime={item.arrivedAt.toISOString()}>{t("moderationQueue.arrived", { when: when.format(item.arrivedAt) })}</time>
                  {" · "}
                  {details(item, t, locale)}
                </p>
                {item.kind === "signature" && item.suspectReason ? (
                  <p className={styles.queueMeta}>
                    {t("moderationQueue.suspectReason", { reason: item.suspectReason === RATE_LIMIT_REASON ? t("moderationQueue.reasonRateLimit") : item.suspectReason })}
                  </p>
                ) : null}
                {item.kind === "sponsor" && item.isDomainVerified ? <p className={styles.queueMeta}>{t("moderationQueue.sponsorDomainVerified")}</p> : null}
                <p>
                  <strong>{t(sponsor ? "moderationQueue.sponsorDecide" : "moderationQueue.signatureDecide")}</strong>
                </p>
                <QueueDecisionForm
                  action={decideQueueItemAction}
                  hidden={{ locale, campaignId: campaign.id, item: `${item.kind}:${item.id}` }}
                  itemId={`${item.kind}-${item.id}`}
                  describedBy={headingId}
                  labels={{
                    reason: t("moderationQueue.reasonLabel"),
                    hint: t(sponsor ? "moderationQueue.sponsorReasonHint" : "moderationQueue.signatureReasonHint"),
                    approve: t(sponsor ? "moderationQueue.approveSponsor" : "moderationQueue.approveSignature"),
                    reject: t(sponsor ? "moderationQueue.rejectSponsor" : "moderationQueue.rejectSignature"),
                  }}
                />
              </li>
            );
          })}
        </ol>
      )}
      <p>
        {t("moderationQueue.otherPages")} <Link href={`${base}/sponsors`}>{t("moderationQueue.sponsorsPage")}</Link> ·{" "}
        <Link href={`${base}/signatures`}>{t("moderationQueue.signaturesPage")}</Link>
      </p>
    </>
  );
}

function details(item: Exclude<QueueItem, { kind: "letter" | "event" | "report" }>, t: Translator, locale: Locale): string {
  if (item.kind === "sponsor") {
    const organisation = item.organisationKind ? t(`sponsors.kind.${item.organisationKind}`) : [item.role, item.organisation].filter(Boolean).join(", ") || "—";
    return t("moderationQueue.sponsorDetails", { organisation, country: countryName(item.country, locale), domain: item.emailDomain });
  }
  return t("moderationQueue.signatureDetails", { petition: item.petitionTitle, country: countryName(item.country, locale), domain: item.emailDomain });
}
