import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { buildCampaignCalendar } from "@/lib/events/calendar-feed";
import { calendarResponse, notFoundResponse } from "@/lib/events/calendar-response";
import { isLocale } from "@/lib/i18n/config";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// The iCal feed of a campaign's public events (upcoming, and the past year's), in one language, for
// calendar apps to subscribe to. Served from the cache like the public pages, rebuilt at most every 60 s
// (docs/decisions/010 and 027): a campaign may have thousands of events and many subscribers.

export const revalidate = 60;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; campaign: string }> }): Promise<Response> {
  const { locale, campaign } = await params;
  if (!isLocale(locale) || !/^[a-z0-9-]{1,80}$/.test(campaign)) return notFoundResponse();
  return calendarResponse(await buildCampaignCalendar(await getDb(), locale, env().appUrl, campaign), `${campaign}-events.ics`);
}
