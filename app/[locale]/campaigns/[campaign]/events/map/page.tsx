import type { Metadata } from "next";
import Link from "next/link";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import styles from "@/components/campaigns/subpage.module.css";
import { EventWhen, eventPlace } from "@/components/events/event-parts";
import list from "@/components/events/events-map-list.module.css";
import { EventsMap, type MapMarker } from "@/components/events/events-map";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";
import { formatDateTime } from "@/lib/content/format";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { eventPagePath } from "@/lib/events/calendar-paths";
import { listUpcomingPublicEvents } from "@/lib/events/public-events";
import { CANCELLED_EVENT } from "@/lib/events/states";
import { getLocaleAndT } from "@/lib/i18n/server";

// From the cache, rebuilt at most every 60 s, and at once when an event is published or changed
// (docs/decisions/010). The map is drawn in the browser; the list below it is the page without JavaScript.
export const revalidate = 60;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  return { title: t("eventMap.metaTitle", { title: campaign.title }), description: t("eventMap.intro") };
}

export default async function EventsMapPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  const upcoming = await listUpcomingPublicEvents(await getDb(), campaign.id);
  const { url, attribution } = env().mapTiles;
  const markers: MapMarker[] = upcoming.flatMap((event) =>
    event.latitude !== null && event.longitude !== null && event.status !== CANCELLED_EVENT
      ? [{ id: event.id, title: event.title, when: formatDateTime(event.startsAt, locale, event.timeZone), href: eventPagePath(locale, campaign.slug, event.id), latitude: event.latitude, longitude: event.longitude }]
      : [],
  );
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} title={t("eventMap.title")} intro={t("eventMap.intro")} />
      {markers.length > 0 ? (
        <EventsMap markers={markers} tiles={{ url, attribution }} label={t("eventMap.mapLabel")} noScript={t("eventMap.noScript")} />
      ) : null}
      <section aria-labelledby="list-heading" className={styles.section}>
        <h2 id="list-heading">{t("eventMap.listTitle")}</h2>
        {upcoming.length === 0 ? <p className={styles.empty}>{t("eventMap.noneUpcoming")}</p> : null}
        <ul className={list.list}>
          {upcoming.map((event) => {
            const onMap = markers.some((m) => m.id === event.id);
            return (
              <li key={event.id} className={list.item}>
                <span className={list.kind}>
                  {event.status === CANCELLED_EVENT ? `${t("eventPage.cancelledMark")} · ` : null}
                  {t(`actions.events.kind.${event.kind}`)}
                </span>
                <Link className={list.title} href={eventPagePath(locale, campaign.slug, event.id)}>
                  {event.title}
                </Link>
                <span className={list.line}>
                  <EventWhen event={event} locale={locale} t={t} />
                </span>
                <span className={list.line}>
                  {eventPlace(event, locale)}
                  {onMap ? null : <span className={list.offMap}> · {t("eventMap.notOnMap")}</span>}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
