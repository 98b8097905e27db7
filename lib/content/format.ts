// Dates, countries and language names as a reader of `locale` expects them, from the runtime's own
// locale data (Intl): no catalogue entries, no library.

export function formatDate(date: Date, locale: string, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(date);
}

/** "20 December 2011, 14:00 CET": an event's time where it happens, with the zone spelled out. */
export function formatDateTime(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: safeTimeZone(timeZone),
  }).format(date) + ` (${zoneName(date, locale, timeZone)})`;
}

export function formatTime(date: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: safeTimeZone(timeZone) }).format(date);
}

/** Whether two instants fall on the same calendar day in a time zone. */
export function isSameDay(a: Date, b: Date, timeZone: string): boolean {
  const day = new Intl.DateTimeFormat("en-CA", { dateStyle: "short", timeZone: safeTimeZone(timeZone) });
  return day.format(a) === day.format(b);
}

export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in the reader's language ("английский" for en on a Russian page). */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

function safeTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

function zoneName(date: Date, locale: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZoneName: "short", timeZone: safeTimeZone(timeZone) }).formatToParts(date);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}
