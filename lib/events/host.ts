import type { Database } from "../db/client";
import type { EventStatus } from "../generated/prisma/enums";
import { eventColumns, isCampaignOrganisation } from "./register";
import type { EventDetails } from "./schema";
import { findEventByHostToken } from "./host-link";
import { isTrustedHost } from "./trusted-hosts";
import { AWAITING_MODERATION_EVENT, CANCELLED_EVENT, PUBLISHED_EVENT } from "./states";

// What the host does through the private link: change the event, or cancel it. A change by a trusted
// host stays live; a change by anyone else to a published event takes it back to the moderators, since
// the public sees only what a moderator has read (the host page says so before they save). Nothing
// changes once the event has begun: then it is time for the report.

export type HostChangeResult = { ok: true; state: "published" | "waiting" | "cancelled" } | { ok: false; error: "not-found" | "closed" | "started" | "sponsor-unknown" };

const CHANGEABLE: EventStatus[] = [AWAITING_MODERATION_EVENT, PUBLISHED_EVENT];

export async function updateEventByHost(db: Database, token: string, input: EventDetails, now = new Date()): Promise<HostChangeResult> {
  const event = await findEventByHostToken(db, token);
  if (!event) return { ok: false, error: "not-found" };
  if (!CHANGEABLE.includes(event.status)) return { ok: false, error: "closed" };
  if (event.startsAt <= now) return { ok: false, error: "started" };
  if (input.sponsorId && !(await isCampaignOrganisation(db, event.campaignId, input.sponsorId))) return { ok: false, error: "sponsor-unknown" };
  const trusted = await isTrustedHost(db, event.campaignId, event.email);
  const to = event.status === PUBLISHED_EVENT && trusted ? PUBLISHED_EVENT : AWAITING_MODERATION_EVENT;
  const { count } = await db.prisma.event.updateMany({
    where: { id: event.id, status: event.status, startsAt: { gt: now } },
    // A new start also means a new reminder and a new request for the report.
    data: { ...eventColumns(input), status: to, reminderSentAt: null, reportRequestSentAt: null },
  });
  if (count === 0) return { ok: false, error: "closed" };
  return { ok: true, state: to === PUBLISHED_EVENT ? "published" : "waiting" };
}

export async function cancelEventByHost(db: Database, token: string, now = new Date()): Promise<HostChangeResult> {
  const event = await findEventByHostToken(db, token);
  if (!event) return { ok: false, error: "not-found" };
  if (!CHANGEABLE.includes(event.status)) return { ok: false, error: "closed" };
  if ((event.endsAt ?? event.startsAt) <= now) return { ok: false, error: "started" };
  const { count } = await db.prisma.event.updateMany({
    where: { id: event.id, status: { in: CHANGEABLE } },
    data: { status: CANCELLED_EVENT, cancelledAt: now },
  });
  return count === 1 ? { ok: true, state: "cancelled" } : { ok: false, error: "closed" };
}
