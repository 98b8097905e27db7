import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, TextField } from "@/components/forms/action-form";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import styles from "@/components/organise/organise.module.css";
import local from "@/components/events/days-of-action.module.css";
import { roleCan } from "@/lib/auth/capabilities";
import { requireCampaign } from "@/lib/auth/session";
import { formatDate } from "@/lib/content/format";
import { getDb } from "@/lib/db";
import { declareDayOfActionAction, editDayOfActionAction, removeDayOfActionAction } from "@/lib/events/day-of-action-actions";
import { DAY_DESCRIPTION_MAX, DAY_TITLE_MAX } from "@/lib/events/day-of-action-schema";
import { listDaysOfAction } from "@/lib/events/days-of-action";
import { getLocaleAndT } from "@/lib/i18n/server";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("daysOfAction.consoleTitle") };
}

/** The campaign's days of action: declared, edited and removed by those who may edit the campaign; read by the rest of the team. */
export default async function DaysOfActionPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const days = await listDaysOfAction(await getDb(), campaign.id);
  const edits = roleCan(campaign.role, "campaign.edit");
  const hidden = { locale, campaignId: campaign.id };
  const dayLabel = (date: string) => formatDate(new Date(`${date}T12:00:00Z`), locale);
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("daysOfAction.consoleTitle")}</h1>
      <p className="prose">{t("daysOfAction.intro")}</p>
      <p>
        <Link href={`/${locale}/campaigns/${campaign.slug}/events`}>{t("eventCalendar.listLink")}</Link>
        {" · "}
        <Link href={`/${locale}/campaigns/${campaign.slug}/events/calendar`}>{t("eventCalendar.calendarLink")}</Link>
      </p>
      {!edits ? <p className="notice">{t("daysOfAction.readOnly")}</p> : null}

      <section aria-labelledby="days-heading" className={styles.block}>
        <h2 id="days-heading">{t("daysOfAction.listHeading")}</h2>
        {days.length === 0 ? <p>{t("daysOfAction.none")}</p> : null}
        <ul className={styles.demandList}>
          {days.map((day) => (
            <li key={day.id} className="card" aria-labelledby={`day-${day.id}`}>
              <h3 id={`day-${day.id}`}>
                <time dateTime={day.date}>{dayLabel(day.date)}</time>: {day.title}
              </h3>
              {edits ? (
                <>
                  <ActionForm action={editDayOfActionAction} hidden={{ ...hidden, dayId: day.id }} submit={t("daysOfAction.save", { date: dayLabel(day.date) })} className={styles.form}>
                    <TextField idPrefix={`d-${day.id}`} name="date" type="date" label={t("daysOfAction.date")} defaultValue={day.date} required />
                    <TextField idPrefix={`d-${day.id}`} name="title" label={t("daysOfAction.title")} defaultValue={day.title} maxLength={DAY_TITLE_MAX} required />
                    <TextField idPrefix={`d-${day.id}`} name="description" label={t("daysOfAction.description")} defaultValue={day.description ?? ""} rows={3} maxLength={DAY_DESCRIPTION_MAX} />
                  </ActionForm>
                  <ActionForm
                    action={removeDayOfActionAction}
                    hidden={{ ...hidden, dayId: day.id }}
                    submit={t("daysOfAction.remove", { date: dayLabel(day.date) })}
                    className={local.remove}
                    submitClassName="button button--quiet"
                  />
                </>
              ) : day.description ? (
                <p>{day.description}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {edits ? (
        <section aria-labelledby="declare-heading" className={styles.block}>
          <h2 id="declare-heading">{t("daysOfAction.addHeading")}</h2>
          <ActionForm action={declareDayOfActionAction} hidden={hidden} submit={t("daysOfAction.add")} className={styles.form}>
            <TextField idPrefix="new-day" name="date" type="date" label={t("daysOfAction.date")} required />
            <TextField idPrefix="new-day" name="title" label={t("daysOfAction.title")} maxLength={DAY_TITLE_MAX} required />
            <TextField idPrefix="new-day" name="description" label={t("daysOfAction.description")} rows={3} maxLength={DAY_DESCRIPTION_MAX} />
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}
