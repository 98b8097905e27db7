import type { Metadata } from "next";
import Link from "next/link";
import { MarkdownBlock } from "@/components/content/markdown-block";
import { AddToCalendar } from "@/components/events/add-to-calendar";
import { EventReports, EventWhen, eventPlace } from "@/components/events/event-parts";
import styles from "@/components/events/event-page.module.css";
import { ShareLinks } from "@/components/events/share-links";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";
import { countryName, formatDateTime } from "@/lib/content/format";
import { env } from "@/lib/env";
import { EventsMap } from "@/components/events/events-map";
import { eventPagePath, eventPosterPath, eventsMapPath, openStreetMapUrl } from "@/lib/events/calendar-paths";
import { loadPublicEvent } from "@/lib/events/load-for-page";
import { CANCELLED_EVENT } from "@/lib/events/states";
import { getLocaleAndT } from "@/lib/i18n/server";

// From the cache, rebuilt at most every 60 s, and at once when a moderator or the host changes an event
// (docs/decisions/010-public-pages-from-the-cache.md).
export const revalidate = 60;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string; event: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug, event: id } = await params;
  const { campaign, event } = await loadPublicEvent(slug, id, locale);
  const kind = t(`actions.events.kind.${event.kind}`);
  return {
    title: t("eventPage.metaTitle", { kind, title: event.title, campaign: campaign.title }),
    description: `${formatDateTime(event.startsAt, locale, event.timeZone)} · ${event.venue}, ${event.city}, ${countryName(event.country, locale)}`,
  };
}

/** A picket's own page: what a passer-by, a member or a journalist needs to come, bring others, or read what happened. */
export default async function EventPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug, event: id } = await params;
  const { campaign, event } = await loadPublicEvent(slug, id, locale);
  const kind = t(`actions.events.kind.${event.kind}`);
  const url = `${env().appUrl}${eventPagePath(locale, campaign.slug, event.id)}`;
  const isCancelled = event.status === CANCELLED_EVENT;
  return (
    <article className={styles.page} aria-labelledby="event-title">
      <p className={styles.back}>
        <Link href={`/${locale}/campaigns/${campaign.slug}/events`}>
          <span aria-hidden="true" className="no-print">← </span>
          {t("eventPage.allEvents", { campaign: campaign.title })}
        </Link>
      </p>
      <p className={styles.kind}>{kind}</p>
      <h1 id="event-title">{event.title}</h1>
      {isCancelled ? (
        <p className={styles.cancelled} role="note">
          {t("eventPage.cancelled")}
        </p>
      ) : null}
      <dl className={styles.facts}>
        <dt>{t("actions.events.when")}</dt>
        <dd>
          <EventWhen event={event} locale={locale} t={t} />
        </dd>
        <dt>{t("actions.events.where")}</dt>
        <dd>
          {eventPlace(event, locale, { withStreet: true })}
          {event.latitude !== null && event.longitude !== null ? (
            <>
              {" · "}
              <a href={openStreetMapUrl(event.latitude, event.longitude)} rel="noopener">
                {t("eventPage.onOpenStreetMap")}
              </a>
            </>
          ) : null}
        </dd>
        {event.organisationName ? (
          <>
            <dt>{t("actions.events.organisedBy")}</dt>
            <dd>
              {event.sponsor ? <Link href={`/${locale}/campaigns/${campaign.slug}/sponsors`}>{event.organisationName}</Link> : event.organisationName}
            </dd>
          </>
        ) : null}
        {event.publicContact ? (
          <>
            <dt>{t("eventPage.contact")}</dt>
            <dd>{event.publicContact}</dd>
          </>
        ) : null}
        {event.accessibility ? (
          <>
            <dt>{t("eventPage.accessibility")}</dt>
            <dd>{event.accessibility}</dd>
          </>
        ) : null}
      </dl>
      {!isCancelled && event.latitude !== null && event.longitude !== null ? (
        <EventsMap
          markers={[{ id: event.id, title: event.title, when: formatDateTime(event.startsAt, locale, event.timeZone), href: eventPagePath(locale, campaign.slug, event.id), latitude: event.latitude, longitude: event.longitude }]}
          tiles={env().mapTiles}
          label={t("eventPage.mapLabel")}
          noScript={t("eventPage.mapNoScript")}
          maxZoom={16}
        />
      ) : null}
      {event.description ? <MarkdownBlock source={event.description} /> : null}
      {isCancelled ? null : <AddToCalendar locale={locale} campaignSlug={campaign.slug} eventId={event.id} t={t} />}
      <ul className={`${styles.more} no-print`}>
        <li>
          <Link href={eventPosterPath(locale, campaign.slug, event.id)}>{t("eventPage.poster")}</Link>
        </li>
        <li>
          <Link href={eventsMapPath(locale, campaign.slug)}>{t("eventPage.map")}</Link>
        </li>
      </ul>
      {event.reports.length > 0 ? (
        <section className={styles.section} aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t("eventPage.reportsTitle")}</h2>
          <EventReports reports={event.reports} t={t} headingLevel={3} />
        </section>
      ) : null}
      <ShareLinks url={url} text={`${kind}: ${event.title}`} t={t} />
    </article>
  );
}
