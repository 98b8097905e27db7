import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { eventFormLabels } from "@/components/events/event-form-labels";
import { EventMapPicker } from "@/components/events/event-map-picker";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { formatDateTime } from "@/lib/content/format";
import { getDb } from "@/lib/db";
import { cancelEventAction, updateEventAction } from "@/lib/events/actions";
import { findEventByHostToken, hostReportPath } from "@/lib/events/host-link";
import { isTrustedHost } from "@/lib/events/trusted-hosts";
import { listOrganisationSponsors } from "@/lib/events/register";
import { AWAITING_MODERATION_EVENT, CANCELLED_EVENT, EVENT_KINDS, PUBLISHED_EVENT, REJECTED_EVENT } from "@/lib/events/states";
import { utcToZonedLocal } from "@/lib/events/zoned-time";
import { countryName } from "@/lib/i18n/countries";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

type Params = Promise<{ locale: string; token: string }>;

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  // The address is the key to the event: it must not leave in a Referer header to another site. (No
  // referrer at all would send "Origin: null" with the page's own forms, and Next refuses such a post.)
  return { title: t("eventHost.metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

const DONE: Record<string, { key: MessageKey; tone: "ok" | "error" }> = {
  published: { key: "eventHost.done.published", tone: "ok" },
  waiting: { key: "eventHost.done.waiting", tone: "ok" },
  saved: { key: "eventHost.done.saved", tone: "ok" },
  savedWaiting: { key: "eventHost.done.savedWaiting", tone: "ok" },
  cancelled: { key: "eventHost.done.cancelled", tone: "ok" },
  notCancelled: { key: "eventHost.done.notCancelled", tone: "error" },
  notSure: { key: "eventHost.done.notSure", tone: "error" },
  reported: { key: "eventHost.done.reported", tone: "ok" },
};

const STATUS: Record<string, MessageKey> = {
  [AWAITING_MODERATION_EVENT]: "eventHost.status.waiting",
  [PUBLISHED_EVENT]: "eventHost.status.published",
  [REJECTED_EVENT]: "eventHost.status.rejected",
  [CANCELLED_EVENT]: "eventHost.status.cancelled",
};

/** The host's private page: the event's state, its changes, cancelling, and (once it has begun) the report. */
export default async function HostEventPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { token } = await params;
  const db = await getDb();
  const event = await findEventByHostToken(db, token);
  if (!event) notFound();
  const done = DONE[firstParam((await searchParams).done) ?? ""];
  const now = new Date();
  const changeable = (event.status === PUBLISHED_EVENT || event.status === AWAITING_MODERATION_EVENT) && event.startsAt > now;
  const cancellable = (event.status === PUBLISHED_EVENT || event.status === AWAITING_MODERATION_EVENT) && (event.endsAt ?? event.startsAt) > now;
  const reportable = event.status === PUBLISHED_EVENT && event.startsAt <= now;
  const trusted = await isTrustedHost(db, event.campaignId, event.email);
  const sponsors = changeable ? await listOrganisationSponsors(db, event.campaignId) : [];
  const publicPath = `/${locale}/campaigns/${event.campaign.slug}/events/${event.id}`;
  const status = STATUS[event.status];
  return (
    <>
      <h1>{event.title}</h1>
      <div aria-live="polite">
        {done ? (
          <p className={`notice notice--${done.tone}`} role="status">
            {t(done.key)}
          </p>
        ) : null}
      </div>
      <p>
        {formatDateTime(event.startsAt, locale, event.timeZone)} ({event.timeZone}) · {event.venue}, {event.city}, {countryName(event.country, locale)}
      </p>
      {status ? <p className="notice">{t(status, { reason: event.moderationNote ?? "—" })}</p> : null}
      {event.status === PUBLISHED_EVENT || event.status === CANCELLED_EVENT ? (
        <p>
          <Link href={publicPath}>{t("eventHost.publicPage")}</Link>
        </p>
      ) : null}
      <p className="muted">{t("eventHost.keepPrivate")}</p>

      {reportable ? (
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">{t("eventHost.reportTitle")}</h2>
          <p>{t("eventHost.reportIntro")}</p>
          <p>
            <Link className="button button--action" href={hostReportPath(locale, token)}>
              {t("eventHost.reportButton")}
            </Link>
          </p>
        </section>
      ) : null}

      {changeable ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t("eventHost.editTitle")}</h2>
          {event.status === PUBLISHED_EVENT && !trusted ? <p className="notice">{t("eventHost.editGoesBack")}</p> : null}
          <EventForm
            action={updateEventAction.bind(null, locale)}
            labels={eventFormLabels(t)}
            kinds={EVENT_KINDS.map((value) => ({ value, label: t(`actions.events.kind.${value}`) }))}
            sponsors={sponsors.map((s) => ({ value: s.id, label: s.name }))}
            mode={{
              kind: "edit",
              token,
              values: {
                kind: event.kind,
                title: event.title,
                description: event.description ?? "",
                startsAt: utcToZonedLocal(event.startsAt, event.timeZone),
                endsAt: event.endsAt ? utcToZonedLocal(event.endsAt, event.timeZone) : "",
                timeZone: event.timeZone,
                venue: event.venue,
                streetAddress: event.streetAddress ?? "",
                city: event.city,
                country: countryName(event.country, locale),
                latitude: event.latitude === null ? "" : String(event.latitude),
                longitude: event.longitude === null ? "" : String(event.longitude),
                organisationName: event.organisationName ?? "",
                sponsorId: event.sponsorId ?? "",
                publicContact: event.publicContact ?? "",
                expectedAttendance: event.expectedAttendance === null ? "" : String(event.expectedAttendance),
                accessibility: event.accessibility ?? "",
              },
            }}
            mapPicker={<EventMapPicker t={t} />}
          />
        </section>
      ) : null}

      {cancellable ? (
        <section aria-labelledby="cancel-heading" id="cancel">
          <h2 id="cancel-heading">{t("eventHost.cancelTitle")}</h2>
          <p>{t("eventHost.cancelIntro")}</p>
          <form action={cancelEventAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
            <label className="checkbox">
              <input type="checkbox" name="sure" value="on" />
              <span>{t("eventHost.cancelSure")}</span>
            </label>
            <p>
              <button type="submit" className="button button--quiet">
                {t("eventHost.cancelButton")}
              </button>
            </p>
          </form>
        </section>
      ) : null}
    </>
  );
}
