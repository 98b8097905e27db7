import { zonedDate } from "./zoned-time";

// The month calendar's grid: weeks from Monday to Sunday, each day of the month with the events held on
// it, the day taken in the EVENT's time zone (a vigil at 23:30 in Almaty is on its own day, though it is
// already 18:30 UTC, and one at 00:30 there is on the next day although UTC still says the day before).
// Pure and browser-safe: the page gives it the events of the month's widened bounds (monthBounds).

export type Month = `${number}-${string}`;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const HOUR = 3_600_000;

export type GridDay<E, D> = {
  /** "YYYY-MM-DD" */
  date: string;
  /** False for the days of the month before and after that fill the first and last weeks. */
  inMonth: boolean;
  events: E[];
  dayOfAction: D | null;
};

/** The month a query asks for ("2026-12"), or today's month (in UTC) and whether the query was bad. */
export function parseMonth(value: string | string[] | undefined, today: Date): { month: string; bad: boolean } {
  const current = today.toISOString().slice(0, 7);
  if (value === undefined || value === "") return { month: current, bad: false };
  if (typeof value !== "string") return { month: current, bad: true };
  const match = MONTH.exec(value);
  if (!match || Number(match[1]) < 2000 || Number(match[1]) > 2100) return { month: current, bad: true };
  return { month: value, bad: false };
}

/** The month `delta` months away ("2026-12", 1 → "2027-01"). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + delta, 1)).toISOString().slice(0, 7);
}

/** The UTC instants that hold every event whose local day is in the month, whatever its zone (−12 h … +14 h). */
export function monthBounds(month: string): { from: Date; to: Date } {
  const start = Date.parse(`${month}-01T00:00:00Z`);
  const end = Date.parse(`${shiftMonth(month, 1)}-01T00:00:00Z`);
  return { from: new Date(start - 14 * HOUR), to: new Date(end + 12 * HOUR) };
}

/** Weeks of seven days, Monday first, covering the month; events and days of action on their days. */
export function monthGrid<E extends { startsAt: Date; timeZone: string }, D extends { date: string }>(
  month: string,
  events: readonly E[],
  daysOfAction: readonly D[] = [],
): GridDay<E, D>[][] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7;
  const byDay = new Map<string, E[]>();
  for (const event of [...events].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const day = zonedDate(event.startsAt, event.timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const actionDays = new Map(daysOfAction.map((d) => [d.date, d]));
  const weeks: GridDay<E, D>[][] = [];
  for (let i = 0; i < cells; i++) {
    const date = new Date(Date.UTC(y, m - 1, 1 - lead + i)).toISOString().slice(0, 10);
    const inMonth = date.startsWith(month);
    if (i % 7 === 0) weeks.push([]);
    weeks.at(-1)!.push({ date, inMonth, events: inMonth ? (byDay.get(date) ?? []) : [], dayOfAction: inMonth ? (actionDays.get(date) ?? null) : null });
  }
  return weeks;
}

/** The weekday names, Monday first, in `locale` (long and short). */
export function weekdayNames(locale: string): { long: string; short: string }[] {
  const long = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 5 + i));
    return { long: long.format(day), short: short.format(day) };
  });
}

/** "December 2026" in `locale`. */
export function monthName(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T12:00:00Z`));
}
