import { pickTranslation } from "../content/pick-translation";
import { countryName, formatDateTime } from "../content/format";
import type { Database } from "../db/client";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { isLocale, type Locale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import { sealToken } from "../mail/sealed-token";
import { newHostToken } from "./host-link";
import { STANDING_REPORT } from "./report";
import { PUBLISHED_EVENT } from "./states";
import { zonedDate, zonedToUtc } from "./zoned-time";

// Two emails to a published event's host (its address is confirmed), each once (reminderSentAt,
// reportRequestSentAt, claimed in the same update that checks them, so two workers never send twice):
//   the reminder, the day before at 11:00 in the event's own time zone (not if that moment has passed
//   within REMINDER_LATEST of the start: an event registered an hour before it begins needs none);
//   the request for the report, an hour after the end (or after the start when it has none), unless
//   a report is in, and not for events that ended more than a week ago (an instance that was down).
// Each carries a new private link (only its hash is kept, so the earlier one cannot be sent again):
// the email says that it replaces the earlier one.

const HOUR = 3_600_000;
export const REMINDER_LOCAL_TIME = "11:00";
const REMINDER_LATEST = 2 * HOUR;
const REPORT_DELAY = HOUR;
const REPORT_GIVE_UP = 7 * 24 * HOUR;
const DEFAULT_LENGTH = 2 * HOUR;
const BATCH = 50;

export const EVENT_REMINDER_PURPOSE = "event-reminder";
export const EVENT_REPORT_REQUEST_PURPOSE = "event-report-request";

/** When the reminder of an event starting at `startsAt` in `zone` is due: the day before, 11:00 there. */
export function reminderDueAt(startsAt: Date, zone: string): Date {
  const day = new Date(Date.parse(`${zonedDate(startsAt, zone)}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return zonedToUtc(`${day}T${REMINDER_LOCAL_TIME}`, zone) ?? new Date(startsAt.getTime() - 24 * HOUR);
}

const select = {
  id: true, title: true, startsAt: true, endsAt: true, timeZone: true, venue: true, city: true, country: true, email: true, locale: true,
  campaign: { select: { slug: true, defaultLocale: true, translations: { select: { locale: true, title: true } } } },
} as const satisfies Prisma.EventSelect;

type Row = Prisma.EventGetPayload<{ select: typeof select }>;

export async function sendEventHostNudges(db: Database, now = new Date()): Promise<{ reminders: number; reportRequests: number }> {
  // Candidates by a wide window; the exact moment, which depends on each event's zone, is checked here.
  const soon = await db.prisma.event.findMany({
    where: { status: PUBLISHED_EVENT, reminderSentAt: null, startsAt: { gt: new Date(now.getTime() + REMINDER_LATEST), lt: new Date(now.getTime() + 48 * HOUR) } },
    orderBy: { startsAt: "asc" },
    take: BATCH,
    select,
  });
  let reminders = 0;
  for (const event of soon) {
    if (reminderDueAt(event.startsAt, event.timeZone) > now) continue;
    if (await nudge(db, event, "reminder", now)) reminders++;
  }
  const ended = await db.prisma.event.findMany({
    where: {
      status: PUBLISHED_EVENT,
      reportRequestSentAt: null,
      reports: { none: STANDING_REPORT },
      startsAt: { lt: new Date(now.getTime() - REPORT_DELAY), gt: new Date(now.getTime() - REPORT_GIVE_UP - 31 * 24 * HOUR) },
    },
    orderBy: { startsAt: "asc" },
    take: BATCH,
    select,
  });
  let reportRequests = 0;
  for (const event of ended) {
    const end = (event.endsAt ?? new Date(event.startsAt.getTime() + DEFAULT_LENGTH)).getTime();
    if (end + REPORT_DELAY > now.getTime() || end + REPORT_GIVE_UP < now.getTime()) continue;
    if (await nudge(db, event, "report", now)) reportRequests++;
  }
  return { reminders, reportRequests };
}

async function nudge(db: Database, event: Row, kind: "reminder" | "report", now: Date): Promise<boolean> {
  const locale: Locale = isLocale(event.locale) ? event.locale : isLocale(event.campaign.defaultLocale) ? event.campaign.defaultLocale : "en";
  const { token, tokenHash } = newHostToken();
  return db.prisma.$transaction(async (tx) => {
    const claimed = kind === "reminder" ? { reminderSentAt: null } : { reportRequestSentAt: null };
    const { count } = await tx.event.updateMany({
      where: { id: event.id, status: PUBLISHED_EVENT, ...claimed },
      data: { ...(kind === "reminder" ? { reminderSentAt: now } : { reportRequestSentAt: now }), hostTokenHash: tokenHash },
    });
    if (count === 0) return false;
    await enqueueEmail(tx, {
      purpose: kind === "reminder" ? EVENT_REMINDER_PURPOSE : EVENT_REPORT_REQUEST_PURPOSE,
      to: event.email,
      template: "event-host-nudge",
      data: {
        locale,
        kind,
        campaignTitle: pickTranslation(event.campaign.translations, locale, event.campaign.defaultLocale)?.title ?? event.campaign.slug,
        title: event.title,
        when: `${formatDateTime(event.startsAt, locale, event.timeZone)} (${event.timeZone})`,
        place: [event.venue, event.city, countryName(event.country, locale)].join(", "),
        token: sealToken(token, env().authSecret),
      },
    });
    return true;
  });
}
