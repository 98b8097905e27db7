import { officeStatus, parseOfficeHours } from "../targets/office-hours";

// The office's status, worded relatively so it is true in any time zone: "open now, closes in 2 hours",
// "opens in 3 hours", "opens Monday". Computed on the server at request time.

export type OfficeStatusView =
  | { kind: "unknown" }
  | { kind: "open"; closesAt: Date | null; closesInHours: number | null; closesInMinutes: number | null }
  | { kind: "closed"; opensAt: Date | null; opensInHours: number | null; opensInMinutes: number | null; opensWeekday: number | null };

/** Weekday of `at` in `zone`, 0 = Monday. */
function weekdayIn(at: Date, zone: string): number {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short" }).format(at);
  return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(name);
}

export function officeStatusView(officeHours: string | null, timeZone: string | null, now: Date): OfficeStatusView {
  if (!officeHours || !timeZone) return { kind: "unknown" };
  const parsed = parseOfficeHours(officeHours);
  if (!parsed.ok) return { kind: "unknown" };
  let status: ReturnType<typeof officeStatus>;
  try {
    status = officeStatus(parsed.hours, timeZone, now);
  } catch {
    return { kind: "unknown" };
  }
  const minutes = status.changesAt ? Math.round((status.changesAt.getTime() - now.getTime()) / 60_000) : null;
  const inMinutes = minutes !== null && minutes < 60 ? Math.max(1, minutes) : null;
  const inHours = minutes !== null && minutes >= 60 && minutes < 24 * 60 ? Math.round(minutes / 60) : null;
  if (status.open) return { kind: "open", closesAt: status.changesAt, closesInHours: inHours, closesInMinutes: inMinutes };
  return {
    kind: "closed",
    opensAt: status.changesAt,
    opensInHours: inHours,
    opensInMinutes: inMinutes,
    opensWeekday: status.changesAt && inHours === null && inMinutes === null ? weekdayIn(status.changesAt, timeZone) : null,
  };
}
