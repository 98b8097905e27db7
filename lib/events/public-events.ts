import type { Database } from "../db/client";
import { ModerationStatus, SponsorStatus, type EventKind, type EventStatus } from "../generated/prisma/enums";
import { PUBLIC_EVENT_STATES, PUBLISHED_EVENT } from "./states";
import type { EventFilter } from "./event-filters";
import { eventFilterConditions } from "./filtered-events";
import { pastEventWhere, upcomingEventWhere } from "./timing";

// Pickets, demonstrations and meetings held for a campaign, as the public sees them: only published
// (or cancelled) events, only approved reports, and nothing about the person who registered them (no
// name, no email): the organisation that held it and its public contact, if it gave one, are enough.

export type PublicEventPhoto = { id: string; width: number; height: number; alt: string };
export type PublicEventReport = { attendance: number | null; body: string; pressLinks: string[]; createdAt: Date; photos: PublicEventPhoto[] };

export type PublicEvent = {
  id: string;
  kind: EventKind;
  status: EventStatus;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  venue: string;
  streetAddress: string | null;
  city: string;
  country: string;
  latitude: number | null;
  longitude: number | null;
  organisationName: string | null;
  /** The approved sponsor the organisation is, when the host named one. */
  sponsor: { id: string; name: string } | null;
  publicContact: string | null;
  expectedAttendance: number | null;
  accessibility: string | null;
  reports: PublicEventReport[];
};

export const publicEventSelect = {
  id: true,
  kind: true,
  status: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  streetAddress: true,
  city: true,
  country: true,
  latitude: true,
  longitude: true,
  organisationName: true,
  sponsor: { select: { id: true, name: true, status: true } },
  publicContact: true,
  expectedAttendance: true,
  accessibility: true,
  reports: {
    where: { status: ModerationStatus.APPROVED },
    orderBy: { createdAt: "asc" },
    select: {
      attendance: true,
      body: true,
      pressLinks: true,
      createdAt: true,
      photos: { where: { hidden: false }, orderBy: { position: "asc" }, select: { id: true, width: true, height: true, alt: true } },
    },
  },
} as const;

/** The public's where for a campaign's events. */
export function publicEventsWhere(campaignId: string) {
  // A cancelled event is shown (marked) only if it was published before: one never read by a moderator is not.
  // (In an AND: the callers spread their own OR beside it.)
  return { campaignId, status: { in: [...PUBLIC_EVENT_STATES] }, AND: [{ OR: [{ status: PUBLISHED_EVENT }, { publishedAt: { not: null } }] }] };
}

/** The campaign's public events, upcoming and past, narrowed by `filter` in the query (lib/events/filtered-events.ts). */
export async function listPublicEvents(db: Database, campaignId: string, now = new Date(), filter: EventFilter = {}): Promise<{ upcoming: PublicEvent[]; past: PublicEvent[] }> {
  const base = publicEventsWhere(campaignId);
  const where = { ...base, AND: [...base.AND, ...(await eventFilterConditions(db, campaignId, filter))] };
  const [upcoming, past] = await Promise.all([
    db.prisma.event.findMany({ where: { ...where, ...upcomingEventWhere(now) }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: publicEventSelect }),
    db.prisma.event.findMany({ where: { ...where, ...pastEventWhere(now) }, orderBy: [{ startsAt: "desc" }, { id: "asc" }], select: publicEventSelect }),
  ]);
  return { upcoming: upcoming.map(toPublic), past: past.map(toPublic) };
}

/** The campaign's coming (and running) events, soonest first: the map and the list beside it. */
export async function listUpcomingPublicEvents(db: Database, campaignId: string, now = new Date()): Promise<PublicEvent[]> {
  const rows = await db.prisma.event.findMany({
    where: { ...publicEventsWhere(campaignId), ...upcomingEventWhere(now) },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: publicEventSelect,
  });
  return rows.map(toPublic);
}

/** One event of the campaign as the public sees it, or null (unknown, unpublished, another campaign's). */
export async function findPublicEvent(db: Database, campaignId: string, eventId: string): Promise<PublicEvent | null> {
  if (!/^[a-z0-9]{1,40}$/i.test(eventId)) return null;
  const row = await db.prisma.event.findFirst({ where: { id: eventId, ...publicEventsWhere(campaignId) }, select: publicEventSelect });
  return row ? toPublic(row) : null;
}

type Row = Omit<PublicEvent, "sponsor"> & { sponsor: { id: string; name: string; status: SponsorStatus } | null };

/** A sponsor that is no longer approved is not linked. */
function toPublic({ sponsor, ...event }: Row): PublicEvent {
  return { ...event, sponsor: sponsor && sponsor.status === SponsorStatus.APPROVED ? { id: sponsor.id, name: sponsor.name } : null };
}
