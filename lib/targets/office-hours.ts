// Office hours of a target, written as organisers write them: "Mo-Fr 09:00-13:00, 14:00-17:00; Sa 10:00-12:00"
// (days Mo Tu We Th Fr Sa Su, ranges with "-", groups with ";", times in the office's own IANA time zone).
// Used to say "open now" or "opens in 3 hours" on the call page, and to keep letters within office hours.

export const DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const;

/** Minutes since local midnight, [start, end). */
export type Interval = { start: number; end: number };
/** Index 0 = Monday. */
export type OfficeHours = Interval[][];

export type OfficeHoursError = "format" | "day" | "time" | "order";

export function parseOfficeHours(text: string): { ok: true; hours: OfficeHours } | { ok: false; error: OfficeHoursError; part: string } {
  const hours: OfficeHours = DAYS.map(() => []);
  const groups = text.split(";").map((g) => g.trim()).filter(Boolean);
  if (groups.length === 0) return { ok: false, error: "format", part: text };
  for (const group of groups) {
    const match = /^([A-Za-z]{2}(?:\s*-\s*[A-Za-z]{2})?(?:\s*,\s*[A-Za-z]{2}(?:\s*-\s*[A-Za-z]{2})?)*)\s+(.+)$/.exec(group);
    if (!match) return { ok: false, error: "format", part: group };
    const days: number[] = [];
    for (const range of match[1]!.split(",")) {
      const ends = range.split("-").map((d) => DAYS.findIndex((x) => x.toLowerCase() === d.trim().toLowerCase()));
      const from = ends[0] ?? -1;
      const to = ends[1] ?? from;
      if (from < 0 || to < 0 || to < from) return { ok: false, error: "day", part: range.trim() };
      for (let d = from; d <= to; d++) days.push(d);
    }
    for (const span of match[2]!.split(",")) {
      const times = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(span);
      if (!times) return { ok: false, error: "time", part: span.trim() };
      const [h1, m1, h2, m2] = times.slice(1).map(Number) as [number, number, number, number];
      if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || (h2 === 24 && m2 > 0)) return { ok: false, error: "time", part: span.trim() };
      const interval = { start: h1 * 60 + m1, end: h2 * 60 + m2 };
      if (interval.end <= interval.start) return { ok: false, error: "order", part: span.trim() };
      for (const d of days) hours[d]!.push(interval);
    }
  }
  for (const day of hours) day.sort((a, b) => a.start - b.start);
  return { ok: true, hours };
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

/** The wall clock in `zone` at `at`: weekday (0 = Monday) and minutes since midnight, plus the date. */
export function localClock(at: Date, zone: string): { weekday: number; minutes: number; year: number; month: number; day: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday ?? "");
  return { weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute), year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** The instant at which the wall clock in `zone` shows the given local date and minute. */
export function zonedInstant(year: number, month: number, day: number, minutes: number, zone: string): Date {
  const guess = Date.UTC(year, month - 1, day, 0, minutes);
  const offsetAt = (instant: number) => {
    const c = localClock(new Date(instant), zone);
    return Date.UTC(c.year, c.month - 1, c.day, 0, c.minutes) - instant;
  };
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

export function isOpenAt(hours: OfficeHours, zone: string, at: Date): boolean {
  const { weekday, minutes } = localClock(at, zone);
  return (hours[weekday] ?? []).some((i) => minutes >= i.start && minutes < i.end);
}

/**
 * Whether the office is open at `at`, and when that changes (the next closing when open, the next opening
 * when closed; null if it never opens within a fortnight).
 */
export function officeStatus(hours: OfficeHours, zone: string, at: Date): { open: boolean; changesAt: Date | null } {
  const open = isOpenAt(hours, zone, at);
  const today = localClock(at, zone);
  for (let offset = 0; offset <= 14; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const weekday = (today.weekday + offset) % 7;
    const edges = (hours[weekday] ?? []).map((i) => (open ? i.end : i.start));
    for (const minute of edges) {
      const instant = zonedInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), minute, zone);
      if (instant.getTime() > at.getTime() && isOpenAt(hours, zone, instant) !== open) return { open, changesAt: instant };
      if (instant.getTime() > at.getTime() && open && minute === 24 * 60) return { open, changesAt: instant };
    }
  }
  return { open, changesAt: null };
}

/** The first instant at or after `at` when the office is open (null if it never opens within a fortnight). */
export function nextOpenInstant(hours: OfficeHours, zone: string, at: Date): Date | null {
  if (isOpenAt(hours, zone, at)) return at;
  return officeStatus(hours, zone, at).changesAt;
}
