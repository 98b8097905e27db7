// Wall-clock times in an IANA time zone, to and from UTC instants, with the platform's own zone data
// (Intl): "2026-12-10T17:00" in Europe/Berlin is 16:00 UTC. Browser-safe.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{1,60}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's canonical spelling ("europe/berlin" → "Europe/Berlin"), or null when it is no zone. */
export function canonicalTimeZone(zone: string): string | null {
  const typed = zone.trim();
  if (!isTimeZone(typed)) return null;
  return new Intl.DateTimeFormat("en", { timeZone: typed }).resolvedOptions().timeZone;
}

/** The zone's offset from UTC at `instant`, in minutes (Berlin in winter: 60). */
export function offsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time ("YYYY-MM-DDTHH:mm") names in `zone`; null for a malformed or impossible
 * time. A time that does not exist (skipped by a change to summer time) moves forward by the gap; a time
 * that exists twice (the hour repeated in autumn) is the first of the two.
 */
export function zonedToUtc(local: string, zone: string): Date | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wall).getUTCDate() !== d) return null; // 31 February
  const before = offsetMinutes(new Date(wall - 86_400_000), zone);
  const after = offsetMinutes(new Date(wall + 86_400_000), zone);
  const fits = [before, after].map((offset) => wall - offset * 60_000).filter((t) => utcToZonedLocal(new Date(t), zone) === local);
  // In a gap, the offset from before it: 02:30 on the night clocks go forward reads as 03:30.
  return new Date(fits.length ? Math.min(...fits) : wall - before * 60_000);
}

/** The wall-clock time of `instant` in `zone`, as "YYYY-MM-DDTHH:mm" (what a datetime-local field shows). */
export function utcToZonedLocal(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, zone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The calendar date of `instant` in `zone`, "YYYY-MM-DD". */
export function zonedDate(instant: Date, zone: string): string {
  return utcToZonedLocal(instant, zone).slice(0, 10);
}

/** The zones of a country (ISO code), the most populous first as the platform lists them; [] when unknown. */
export function zonesOfCountry(country: string): string[] {
  try {
    const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
    return locale.getTimeZones?.() ?? locale.timeZones ?? [];
  } catch {
    return [];
  }
}

/** The zone a country's events are in when the host names none: only for a country whose zones all keep one time now. */
export function soleZoneOf(country: string, now = new Date()): string | null {
  const zones = zonesOfCountry(country);
  if (zones.length === 0) return null;
  const offsets = new Set(zones.map((z) => offsetMinutes(now, z)));
  if (offsets.size !== 1) return null;
  const preferred: Record<string, string> = { DE: "Europe/Berlin" };
  return preferred[country] ?? zones[0]!;
}
