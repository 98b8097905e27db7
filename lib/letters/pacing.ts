import crypto from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { nextOpenInstant, officeStatus, parseOfficeHours, type OfficeHours } from "../targets/office-hours";

// When a letter to a target may go: the target's cap per hour (its own, else the campaign's), optionally only
// in its office hours. A letter goes at once while the current hour has room; letters over the cap wait for a
// later hour, spread over it (and so do letters that wait for the office to open). The letter composer calls
// it inside the transaction that queues a letter, once per letter, and writes the LetterDelivery row (with
// scheduledFor = the slot) before asking for the next one: the count is taken from those rows. The target's
// row is locked (FOR UPDATE) for the rest of the caller's transaction, so two confirmations at the same
// moment take their slots one after the other and never overfill an hour.

export type PacedTarget = {
  id: string;
  hourlyCap: number | null;
  campaignHourlyCap: number;
  sendInOfficeHoursOnly: boolean;
  officeHours: string | null;
  timeZone: string | null;
};

const HOUR = 3_600_000;
/** Letters of one hour are spread over its first 55 minutes. */
const SPREAD_MS = 55 * 60_000;
/** Looked ahead at most this far (a fortnight of hours); beyond, the last hour looked at takes the letter. */
const MAX_HOURS = 14 * 24;

/** The cap in force for a target: its own, else the campaign's (at least 1). */
export function hourlyCapOf(target: Pick<PacedTarget, "hourlyCap" | "campaignHourlyCap">): number {
  return Math.max(1, target.hourlyCap ?? target.campaignHourlyCap);
}

/** The time the next letter to `target` may be sent, at or after `now`. Call it once per letter queued. */
export async function nextLetterSlot(tx: Prisma.TransactionClient, target: PacedTarget, now: Date): Promise<Date> {
  await tx.$queryRaw`SELECT id FROM "Target" WHERE id = ${target.id} FOR UPDATE`;
  const from = Math.floor(now.getTime() / HOUR) * HOUR;
  const rows = await tx.$queryRaw<{ hour: Date | string; n: bigint | number }[]>`
    SELECT date_trunc('hour', "scheduledFor") AS hour, count(*) AS n FROM "LetterDelivery"
    WHERE "targetId" = ${target.id} AND "recipientKind" = 'TARGET' AND status <> 'CANCELLED'
      AND "scheduledFor" >= ${new Date(from).toISOString()}::timestamp
    GROUP BY 1`;
  const taken = new Map(rows.map((r) => [asUtc(r.hour), Number(r.n)]));
  return slotFromCounts(target, now, taken);
}

/** The same rule without the database: `taken` maps each hour's start (ms, UTC) to the letters already in it. */
export function slotFromCounts(target: PacedTarget, now: Date, taken: Map<number, number>): Date {
  const cap = hourlyCapOf(target);
  const office = officeWindow(target);
  let hourStart = Math.floor(now.getTime() / HOUR) * HOUR;
  let last = now;
  for (let i = 0; i < MAX_HOURS; i++, hourStart += HOUR) {
    const hourEnd = hourStart + HOUR;
    let windowStart = Math.max(hourStart, now.getTime());
    let windowEnd = hourEnd;
    if (office) {
      const open = nextOpenInstant(office.hours, office.zone, new Date(windowStart));
      if (!open) break;
      if (open.getTime() >= hourEnd) {
        // Closed for the rest of this hour: jump to the hour the office opens in.
        hourStart = Math.floor(open.getTime() / HOUR) * HOUR - HOUR;
        continue;
      }
      windowStart = open.getTime();
      const closes = officeStatus(office.hours, office.zone, open).changesAt;
      if (closes) windowEnd = Math.min(hourEnd, closes.getTime());
    }
    const n = taken.get(hourStart) ?? 0;
    last = new Date(windowStart);
    if (n >= cap) continue;
    // Room in an hour that is open now: the letter goes now. Only the letters over the cap wait, and those
    // are spread over the later hour they wait for (issue 11; a morning's surge no longer holds back the
    // second letter of a quiet hour).
    if (windowStart === now.getTime()) return now;
    // The n-th of cap places over the hour's first 55 minutes, plus a little jitter so that the letters of
    // many targets do not all leave on the same second; never before the window opens or after it closes.
    const spacing = SPREAD_MS / cap;
    const place = hourStart + n * spacing + jitterMs(target.id, hourStart, n, Math.min(20_000, spacing / 3));
    return new Date(Math.min(Math.max(place, windowStart), windowEnd - 1000));
  }
  return last;
}

function officeWindow(target: PacedTarget): { hours: OfficeHours; zone: string } | null {
  if (!target.sendInOfficeHoursOnly || !target.officeHours || !target.timeZone) return null;
  const parsed = parseOfficeHours(target.officeHours);
  return parsed.ok ? { hours: parsed.hours, zone: target.timeZone } : null;
}

function jitterMs(targetId: string, hour: number, n: number, max: number): number {
  if (max < 1) return 0;
  const digest = crypto.createHash("sha256").update(`${targetId}:${hour}:${n}`).digest();
  return digest.readUInt32BE(0) % Math.floor(max);
}

/** A `timestamp without time zone` (UTC) as the driver returns it: a Date read as local time, or text. */
function asUtc(value: Date | string): number {
  if (value instanceof Date) return value.getTime();
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
}
