import type { Database } from "../db/client";
import type { EventKind, EventStatus } from "../generated/prisma/enums";
import { PUBLISHED_EVENT } from "./states";
import { zonedToUtc } from "./zoned-time";

// Events written straight to the database for the tests of the public queries (the form's own path is
// tested in events.test.ts). Named after their state; the time is the wall clock in the event's zone.

let n = 0;

export async function publishedEvent(
  db: Database,
  campaignId: string,
  options: { local: string; timeZone: string; country?: string; kind?: EventKind; status?: EventStatus; title?: string; endsLocal?: string },
) {
  const startsAt = zonedToUtc(options.local, options.timeZone)!;
  const status = options.status ?? PUBLISHED_EVENT;
  return db.prisma.event.create({
    data: {
      campaignId,
      kind: options.kind ?? "PICKET",
      title: options.title ?? `Event ${++n}`,
      startsAt,
      endsAt: options.endsLocal ? zonedToUtc(options.endsLocal, options.timeZone) : null,
      timeZone: options.timeZone,
      venue: "Outside the embassy",
      city: "Somewhere",
      country: options.country ?? "DE",
      organiserName: "Branch secretary",
      email: `host${n}@example.org`,
      emailNormalised: `host${n}@example.org`,
      status,
      publishedAt: status === PUBLISHED_EVENT || status === "CANCELLED" ? startsAt : null,
    },
    select: { id: true, title: true, startsAt: true },
  });
}
