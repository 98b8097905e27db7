import type { Database } from "../db/client";
import type { EventKind, EventStatus } from "../generated/prisma/enums";
import { monthBounds } from "./month-grid";
import { publicEventsWhere } from "./public-events";

// The month calendar's events: the public where, inside the month's UTC bounds widened by the widest
// offsets (lib/events/month-grid.ts puts each on its day in its own zone and drops the few outside).
// A narrow select: what a day's cell shows, nothing about reports or the host.

export type MonthEvent = { id: string; kind: EventKind; status: EventStatus; title: string; startsAt: Date; timeZone: string; city: string; country: string };

export async function listMonthEvents(db: Database, campaignId: string, month: string): Promise<MonthEvent[]> {
  const { from, to } = monthBounds(month);
  const base = publicEventsWhere(campaignId);
  return db.prisma.event.findMany({
    where: { ...base, AND: [...base.AND, { startsAt: { gte: from, lt: to } }] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, status: true, title: true, startsAt: true, timeZone: true, city: true, country: true },
  });
}
