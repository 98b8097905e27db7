import { SponsorStatus } from "../generated/prisma/enums";

// A sponsor's life: the form creates it UNCONFIRMED; pressing the button in the emailed link moves it
// to AWAITING_MODERATION; a moderator APPROVES or REJECTS it (and may change their mind later).
// Only APPROVED sponsors are ever shown to the public or exported.

export { SponsorStatus };

export const UNCONFIRMED_STATE = SponsorStatus.UNCONFIRMED;
export const AWAITING_MODERATION_STATE = SponsorStatus.AWAITING_MODERATION;
export const APPROVED_STATE = SponsorStatus.APPROVED;
export const REJECTED_STATE = SponsorStatus.REJECTED;

/** States a moderator may decide on (an unconfirmed address is nobody's to approve yet). */
export const MODERATABLE_STATES: readonly SponsorStatus[] = [AWAITING_MODERATION_STATE, APPROVED_STATE, REJECTED_STATE];

/** The only state the public sees. */
export const PUBLIC_STATES: readonly SponsorStatus[] = [APPROVED_STATE];

/** The moderation queue's order: what needs a decision first. */
export const QUEUE_ORDER: readonly SponsorStatus[] = [AWAITING_MODERATION_STATE, APPROVED_STATE, REJECTED_STATE, UNCONFIRMED_STATE];

export type ModerationDecision = "APPROVE" | "REJECT";

const TRANSITIONS: Record<SponsorStatus, readonly SponsorStatus[]> = {
  UNCONFIRMED: [AWAITING_MODERATION_STATE],
  AWAITING_MODERATION: [APPROVED_STATE, REJECTED_STATE],
  APPROVED: [REJECTED_STATE],
  REJECTED: [APPROVED_STATE],
};

export function canTransition(from: SponsorStatus, to: SponsorStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function canConfirm(status: SponsorStatus): boolean {
  return canTransition(status, AWAITING_MODERATION_STATE);
}

export function statusAfter(decision: ModerationDecision): SponsorStatus {
  return decision === "APPROVE" ? APPROVED_STATE : REJECTED_STATE;
}

/** States from which `decision` may be taken. */
export function statesAllowing(decision: ModerationDecision): SponsorStatus[] {
  const to = statusAfter(decision);
  return MODERATABLE_STATES.filter((from) => canTransition(from, to));
}

export function isPublic(status: SponsorStatus): boolean {
  return PUBLIC_STATES.includes(status);
}
