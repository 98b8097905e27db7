import type { Database } from "../db/client";
import { EventStatus, ModerationStatus, type EventKind } from "../generated/prisma/enums";
import { pastEventWhere, upcomingEventWhere } from "./timing";

// Pickets, demonstrations and meetings held for a campaign, as the public sees them: only published
// events, only approved reports, and nothing about the person who registered them (no name, no email):
// the organisation that held it is enough to give the event its credibility.

export type PublicEventReport = { attendance: number | null; body: string; pressLinks: string[]; createdAt: Date };

export type PublicEvent = {
  id: string;
  kind: EventKind;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  venue: string;
  city: string;
  country: string;
  organisationName: string | null;
  reports: PublicEventReport[];
};

const eventSelect = {
  id: true,
  kind: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  city: true,
  country: true,
  organisationName: true,
  reports: {
    where: { status: ModerationStatus.APPROVED },
    orderBy: { createdAt: "asc" },
    select: { attendance: true, body: true, pressLinks: true, createdAt: true },
  },
} as const;

export async function listPublicEvents(db: Database, campaignId: string): Promise<{ upcoming: PublicEvent[]; past: PublicEvent[] }> {
  const now = new Date();
  const published = { campaignId, status: EventStatus.PUBLISHED };
  const [upcoming, past] = await Promise.all([
    db.prisma.event.findMany({ where: { ...published, ...upcomingEventWhere(now) }, orderBy: { startsAt: "asc" }, select: eventSelect }),
    db.prisma.event.findMany({ where: { ...published, ...pastEventWhere(now) }, orderBy: { startsAt: "desc" }, select: eventSelect }),
  ]);
  return { upcoming, past };
}
