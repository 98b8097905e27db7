// Where a campaign's events are found by calendar apps (app/feeds/[locale]/campaigns/[campaign]/events.ics
// and …/events/[event].ics) and where an event's page is. Pure: pages, the feed and its tests share them.

export function campaignCalendarPath(locale: string, campaignSlug: string): string {
  return `/feeds/${locale}/campaigns/${campaignSlug}/events.ics`;
}

export function eventCalendarPath(locale: string, campaignSlug: string, eventId: string): string {
  return `/feeds/${locale}/campaigns/${campaignSlug}/events/${eventId}.ics`;
}

export function eventPagePath(locale: string, campaignSlug: string, eventId: string): string {
  return `/${locale}/campaigns/${campaignSlug}/events/${eventId}`;
}

/** The same feed for a subscription: calendar apps open webcal:// addresses as "subscribe", not "import once". */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:\/\//, "webcal://");
}
