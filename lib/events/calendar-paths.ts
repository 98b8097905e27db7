// Where a campaign's events are found by calendar apps (app/feeds/[locale]/campaigns/[campaign]/events.ics
// and …/events/[event].ics), where an event's page, its poster and the map are. Pure: pages, the feed and its tests share them.

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

/** The event's A4 poster (a QR code to its page). */
export function eventPosterPath(locale: string, campaignSlug: string, eventId: string): string {
  return `${eventPagePath(locale, campaignSlug, eventId)}/poster`;
}

/** The map of a campaign's coming events (with every one also listed below it). */
export function eventsMapPath(locale: string, campaignSlug: string): string {
  return `/${locale}/campaigns/${campaignSlug}/events/map`;
}

/** Where a point is on openstreetmap.org, for a reader without our map. */
export function openStreetMapUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}
