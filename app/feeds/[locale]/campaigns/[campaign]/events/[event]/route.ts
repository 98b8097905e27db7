import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { buildEventCalendar } from "@/lib/events/calendar-feed";
import { calendarResponse, notFoundResponse } from "@/lib/events/calendar-response";
import { isLocale } from "@/lib/i18n/config";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// One public event as an iCal file (/feeds/<locale>/campaigns/<campaign>/events/<event>.ics): "add to
// calendar" on the event page. Unknown, unpublished or another campaign's events are 404. From the cache
// like the campaign's feed (docs/decisions/027).

export const revalidate = 60;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; campaign: string; event: string }> }): Promise<Response> {
  const { locale, campaign, event } = await params;
  const eventId = /^([a-z0-9]{1,40})\.ics$/i.exec(event)?.[1];
  if (!isLocale(locale) || !/^[a-z0-9-]{1,80}$/.test(campaign) || !eventId) return notFoundResponse();
  return calendarResponse(await buildEventCalendar(await getDb(), locale, env().appUrl, campaign, eventId), `${eventId}.ics`);
}
