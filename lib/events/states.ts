import { EventKind, EventStatus, ModerationStatus } from "../generated/prisma/enums";

// An event's life: the form creates it UNCONFIRMED; the host's emailed link moves it to
// AWAITING_MODERATION, or straight to PUBLISHED when the host is trusted on the campaign; a moderator
// PUBLISHES or REJECTS it (the reason is emailed); the host may CANCEL it through the private link.
// Only PUBLISHED and CANCELLED events are ever shown to the public (a cancelled one says so).
// A report waits AWAITING_MODERATION until a moderator APPROVES or REJECTS it.

export { EventKind, EventStatus };

export const UNCONFIRMED_EVENT = EventStatus.UNCONFIRMED;
export const AWAITING_MODERATION_EVENT = EventStatus.AWAITING_MODERATION;
export const PUBLISHED_EVENT = EventStatus.PUBLISHED;
export const REJECTED_EVENT = EventStatus.REJECTED;
export const CANCELLED_EVENT = EventStatus.CANCELLED;

/** What the public sees: published events, and cancelled ones marked as such. */
export const PUBLIC_EVENT_STATES: readonly EventStatus[] = [PUBLISHED_EVENT, CANCELLED_EVENT];

export const AWAITING_REPORT = ModerationStatus.AWAITING_MODERATION;
export const APPROVED_REPORT = ModerationStatus.APPROVED;
export const REJECTED_REPORT = ModerationStatus.REJECTED;

/** The kinds in the order the form offers them. */
export const EVENT_KINDS: readonly EventKind[] = [
  EventKind.PICKET,
  EventKind.DEMONSTRATION,
  EventKind.RALLY,
  EventKind.VIGIL,
  EventKind.MEETING,
  EventKind.SOLIDARITY_STRIKE,
  EventKind.OTHER,
];
