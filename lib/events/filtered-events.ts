import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { EventFilter } from "./event-filters";
import { publicEventsWhere } from "./public-events";

// The events list's filters as part of the query's where (never a filter in JavaScript after loading
// every event). A date is a calendar day in the EVENT's time zone: an event at 23:30 in Almaty on
// 10 December is on the 10th although it is 18:30 UTC. PostgreSQL (and PGlite) know the zones, so the
// days are compared in SQL, inside UTC bounds widened by the widest offsets (−12 h … +14 h) that keep
// the index on (campaignId, status, startsAt) in use.

const HOUR = 3_600_000;

/** The where for the filter's conditions (to go into an AND beside the public where). */
export async function eventFilterConditions(db: Database, campaignId: string, filter: EventFilter): Promise<Prisma.EventWhereInput[]> {
  const conditions: Prisma.EventWhereInput[] = [];
  if (filter.country) conditions.push({ country: filter.country });
  if (filter.kind) conditions.push({ kind: filter.kind });
  if (filter.from || filter.to) {
    const from = filter.from ?? "2000-01-01";
    const to = filter.to ?? "2100-12-31";
    const earliest = new Date(Date.parse(`${from}T00:00:00Z`) - 14 * HOUR);
    const latest = new Date(Date.parse(`${to}T00:00:00Z`) + 24 * HOUR + 12 * HOUR);
    const rows = await db.sql.query<{ id: string }>(
      `SELECT id FROM "Event"
        WHERE "campaignId" = $1 AND "startsAt" >= $2::timestamp AND "startsAt" < $3::timestamp
          AND (("startsAt" AT TIME ZONE 'UTC') AT TIME ZONE "timeZone")::date BETWEEN $4::date AND $5::date`,
      [campaignId, earliest.toISOString(), latest.toISOString(), from, to],
    );
    conditions.push({ startsAt: { gte: earliest, lt: latest }, id: { in: rows.map((r) => r.id) } });
  }
  return conditions;
}

/** The countries (ISO codes) that have at least one public event of the campaign, for the filter's select. */
export async function listEventCountries(db: Database, campaignId: string): Promise<string[]> {
  const rows = await db.prisma.event.findMany({ where: publicEventsWhere(campaignId), distinct: ["country"], select: { country: true }, orderBy: { country: "asc" } });
  return rows.map((r) => r.country);
}
