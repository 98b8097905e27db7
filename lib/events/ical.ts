// iCalendar (RFC 5545) for the public events of a campaign. Pure: the feed gathers and words the events
// (lib/events/calendar-feed.ts), this writes the text calendar apps read. Times are written in UTC
// ("…Z"), which every app shows in its reader's zone (docs/decisions/027-events-in-calendar-apps.md).
// Text values are escaped (\\ \; \, \n), lines end in CRLF and are folded at 75 octets without
// splitting a UTF-8 character, so one careless description cannot break the calendar for everyone.

export type IcalEvent = {
  /** Stable per event: the same event keeps its UID in every feed, so apps update it, not duplicate it. */
  uid: string;
  url: string;
  summary: string;
  description: string;
  location: string;
  geo: { latitude: number; longitude: number } | null;
  startsAt: Date;
  /** Without an end, the event is written as lasting DEFAULT_DURATION_MS. */
  endsAt: Date | null;
  cancelled: boolean;
  categories: string[];
  /** When the event last changed: LAST-MODIFIED, and SEQUENCE derived from it. */
  updatedAt: Date;
};

export type IcalCalendar = {
  name: string;
  description?: string;
  /** DTSTAMP of every event: when this calendar was written (RFC 5545 3.8.7.2, with METHOD). */
  stamp: Date;
  events: IcalEvent[];
};

export const PRODID = "-//Placard//Campaign events//EN";
/** An event without an end time is shown as two hours long. */
export const DEFAULT_DURATION_MS = 2 * 60 * 60 * 1000;
/** How often a subscribed app should fetch the feed again (RFC 7986 REFRESH-INTERVAL). */
const REFRESH = "PT1H";
/** SEQUENCE counts seconds since this instant: it grows with every change and fits the 32-bit INTEGER until 2088. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
const MAX_LINE_OCTETS = 75;

// Control characters are not allowed in TEXT (RFC 5545 3.3.11); tabs and newlines are handled apart.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A TEXT value: backslash, semicolon, comma and newlines escaped; control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(CONTROL, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A DATE-TIME in UTC: 20261204T160000Z. */
export function utcDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/**
 * One content line folded (RFC 5545 3.1): at most 75 octets a line, continuation lines starting with a
 * space (which counts), never inside a UTF-8 character (nor a surrogate pair: the loop walks code points).
 */
export function foldLine(line: string): string {
  if (line.length <= MAX_LINE_OCTETS / 4 || (line.length <= MAX_LINE_OCTETS && !/[^\u0000-\u007F]/.test(line))) return line;
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n");
}

const utf8Octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

const coordinate = (value: number) => Number(value.toFixed(6)).toString();

function eventLines(event: IcalEvent, stamp: Date): string[] {
  const ends = event.endsAt && event.endsAt > event.startsAt ? event.endsAt : new Date(event.startsAt.getTime() + DEFAULT_DURATION_MS);
  const sequence = Math.max(0, Math.floor((event.updatedAt.getTime() - SEQUENCE_EPOCH) / 1000));
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    `DTSTART:${utcDateTime(event.startsAt)}`,
    `DTEND:${utcDateTime(ends)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.geo ? [`GEO:${coordinate(event.geo.latitude)};${coordinate(event.geo.longitude)}`] : []),
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${event.url}`,
    ...(event.categories.length ? [`CATEGORIES:${event.categories.map(escapeText).join(",")}`] : []),
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    `SEQUENCE:${sequence}`,
    `LAST-MODIFIED:${utcDateTime(event.updatedAt)}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
  ];
}

/** The whole calendar, CRLF line endings, ending in CRLF. */
export function writeCalendar(calendar: IcalCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `NAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`, `DESCRIPTION:${escapeText(calendar.description)}`] : []),
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
