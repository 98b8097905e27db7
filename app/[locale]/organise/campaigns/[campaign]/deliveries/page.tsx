import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import styles from "@/components/organise/organise.module.css";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import { requireCampaign } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/content/format";
import { getDb } from "@/lib/db";
import { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { getLocaleAndT } from "@/lib/i18n/server";
import { cancelTargetQueueAction, pauseTargetAction, resumeTargetAction, sendTestLetterAction } from "@/lib/letters/delivery-actions";
import { listTargetDeliveries } from "@/lib/letters/delivery-console";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("letterDelivery.title") };
}

/** What reached whom: per target its letters by state, the next one due, failing addresses; pause, resume, cancel, test. */
export default async function DeliveriesPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "letters.deliver", locale);
  const targets = await listTargetDeliveries(await getDb(), user, campaign.id);
  if (!targets) notFound();
  const statuses = Object.values(DeliveryStatus);
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("letterDelivery.title")}</h1>
      <p>{t("letterDelivery.intro")}</p>
      {targets.length === 0 ? (
        <p>{t("letterDelivery.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("letterDelivery.target")}</th>
              {statuses.map((s) => (
                <th key={s} scope="col">
                  {t(`letterDelivery.status.${s}`)}
                </th>
              ))}
              <th scope="col">{t("letterDelivery.nextDue")}</th>
              <th scope="col">{t("letterDelivery.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target) => {
              const hidden = { locale, campaignId: campaign.id, targetId: target.id };
              return (
                <tr key={target.id} aria-label={target.name}>
                  <th scope="row">
                    {target.name}
                    {target.pausedAt ? (
                      <>
                        <br />
                        <strong>{t("letterDelivery.pausedMark")}</strong>
                      </>
                    ) : null}
                    {target.failingEmails.length ? (
                      <>
                        <br />
                        <strong>{t("letterDelivery.failingMark", { addresses: target.failingEmails.join(", ") })}</strong>
                      </>
                    ) : null}
                  </th>
                  {statuses.map((s) => (
                    <td key={s} data-status={s}>
                      {target.counts[s]}
                    </td>
                  ))}
                  <td>{target.nextDue ? formatDateTime(target.nextDue, locale, "UTC") : "—"}</td>
                  <td>
                    <div className={styles.cellActions}>
                      {target.pausedAt ? (
                        <ActionForm action={resumeTargetAction} hidden={hidden} submit={t("letterDelivery.resume")} submitClassName="button button--quiet" />
                      ) : (
                        <ActionForm action={pauseTargetAction} hidden={hidden} submit={t("letterDelivery.pause")} submitClassName="button button--quiet" />
                      )}
                      <ActionForm action={cancelTargetQueueAction} hidden={hidden} submit={t("letterDelivery.cancel")} submitClassName="button button--quiet" />
                      <ActionForm action={sendTestLetterAction} hidden={hidden} submit={t("letterDelivery.test")} submitClassName="button button--quiet" />
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
