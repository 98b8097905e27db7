import type { Database } from "../db/client";
import { stateLiteral } from "../db/state-literal";
import { APPROVED_REPORT, PUBLISHED_EVENT } from "./states";

// The campaign page's totals (issue 12): how many events were published (a cancelled one is not
// counted), in how many countries, and how many people came by their hosts' approved reports. One
// report per event counts: when a moderator approved several, the latest written (an event reported
// twice is not two crowds). One query: a lateral join picks each event's report.

export type EventTotals = { events: number; countries: number; people: number };

export async function countEventTotals(db: Database, campaignId: string): Promise<EventTotals> {
  const rows = await db.sql.query<{ events: number; countries: number; people: number }>(
    `SELECT count(*)::int AS events,
            count(DISTINCT e.country)::int AS countries,
            COALESCE(sum(r.attendance), 0)::int AS people
       FROM "Event" e
       LEFT JOIN LATERAL (
         SELECT attendance FROM "EventReport"
          WHERE "eventId" = e.id AND status = ${stateLiteral(APPROVED_REPORT)}
          ORDER BY "createdAt" DESC, id DESC
          LIMIT 1
       ) r ON true
      WHERE e."campaignId" = $1 AND e.status = ${stateLiteral(PUBLISHED_EVENT)}`,
    [campaignId],
  );
  const row = rows[0]!;
  return { events: Number(row.events), countries: Number(row.countries), people: Number(row.people) };
}
