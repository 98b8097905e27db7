import type { Database } from "../db/client";
import { getCampaignHeader } from "../campaigns/queries";
import { countryName, formatDateTime } from "../content/format";
import type { Locale } from "../i18n/config";
import { getTranslator, type Translator } from "../i18n/translate";
import { eventPagePath } from "./calendar-paths";
import { writeCalendar, type IcalEvent } from "./ical";
import { publicEventsWhere } from "./public-events";
import { CANCELLED_EVENT, type EventKind, type EventStatus } from "./states";

// The iCal feeds: all public events of a campaign (upcoming, and those of the past year), and one event.
// The same public where as every public page (publicEventsWhere: published and cancelled only), but a
// narrow select of its own: a calendar needs no reports, photos or sponsor, and a campaign may have
// thousands of events. Words (calendar name, kinds, labels) are the feed's language.

/** How far back the campaign's feed reaches: a calendar keeps last year's pickets, not every one ever held. */
export const FEED_PAST_DAYS = 366;

const calendarEventSelect = {
  id: true,
  kind: true,
  status: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  streetAddress: true,
  city: true,
  country: true,
  latitude: true,
  longitude: true,
  organisationName: true,
  updatedAt: true,
} as const;

type CalendarRow = {
  id: string;
  kind: EventKind;
  status: EventStatus;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  venue: string;
  streetAddress: string | null;
  city: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  organisationName: string | null;
  updatedAt: Date;
};

export type BuiltCalendar = { ics: string; updated: Date; count: number };

type Context = { locale: Locale; t: Translator; appUrl: string; host: string; campaignSlug: string };

/** The campaign's feed (null: no such public campaign). */
export async function buildCampaignCalendar(db: Database, locale: Locale, appUrl: string, campaignSlug: string, now = new Date()): Promise<BuiltCalendar | null> {
  const campaign = await getCampaignHeader(db, campaignSlug, locale);
  if (!campaign) return null;
  const since = new Date(now.getTime() - FEED_PAST_DAYS * 24 * 60 * 60 * 1000);
  const rows: CalendarRow[] = await db.prisma.event.findMany({
    where: { ...publicEventsWhere(campaign.id), startsAt: { gte: since } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: calendarEventSelect,
  });
  const t = getTranslator(locale);
  return calendarOf(rows, now, { locale, t, appUrl, host: new URL(appUrl).hostname, campaignSlug: campaign.slug }, {
    name: t("eventFeed.calendarName", { campaign: campaign.title }),
    description: t("eventFeed.calendarDescription", { campaign: campaign.title }),
  });
}

/** One public event's calendar (null: no such public campaign, or no such public event in it). */
export async function buildEventCalendar(db: Database, locale: Locale, appUrl: string, campaignSlug: string, eventId: string, now = new Date()): Promise<BuiltCalendar | null> {
  if (!/^[a-z0-9]{1,40}$/i.test(eventId)) return null;
  const campaign = await getCampaignHeader(db, campaignSlug, locale);
  if (!campaign) return null;
  const row: CalendarRow | null = await db.prisma.event.findFirst({ where: { id: eventId, ...publicEventsWhere(campaign.id) }, select: calendarEventSelect });
  if (!row) return null;
  const t = getTranslator(locale);
  return calendarOf([row], now, { locale, t, appUrl, host: new URL(appUrl).hostname, campaignSlug: campaign.slug }, { name: row.title });
}

function calendarOf(rows: CalendarRow[], now: Date, context: Context, head: { name: string; description?: string }): BuiltCalendar {
  const events = rows.map((row) => icalEventOf(row, context));
  const updated = rows.reduce((latest, row) => (row.updatedAt > latest ? row.updatedAt : latest), new Date(0));
  return { ics: writeCalendar({ ...head, stamp: now, events }), updated, count: events.length };
}

/** One event in the feed's words: the address and the event page in DESCRIPTION too (apps ignore URL). */
export function icalEventOf(row: CalendarRow, { locale, t, appUrl, host, campaignSlug }: Context): IcalEvent {
  const kind = t(`actions.events.kind.${row.kind}`);
  const cancelled = row.status === CANCELLED_EVENT;
  const url = `${appUrl}${eventPagePath(locale, campaignSlug, row.id)}`;
  const location = [row.venue, row.streetAddress, row.city, countryName(row.country, locale)].filter((part): part is string => !!part?.trim()).join(", ");
  const when = formatDateTime(row.startsAt, locale, row.timeZone);
  const description = [
    ...(cancelled ? [t("eventFeed.cancelledNote")] : []),
    ...(row.description?.trim() ? [row.description.trim(), ""] : []),
    `${t("actions.events.when")}: ${when}`,
    `${t("actions.events.where")}: ${location}`,
    ...(row.organisationName ? [`${t("actions.events.organisedBy")}: ${row.organisationName}`] : []),
    `${t("eventFeed.eventPage")}: ${url}`,
  ].join("\n");
  return {
    uid: `${row.id}@${host}`,
    url,
    summary: t(cancelled ? "eventFeed.cancelledSummary" : "eventFeed.summary", { kind, title: row.title }),
    description,
    location,
    geo: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    cancelled,
    categories: [kind],
    updatedAt: row.updatedAt,
  };
}
