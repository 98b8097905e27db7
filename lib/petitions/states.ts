import { PetitionStatus } from "../generated/prisma/enums";

// The life of a petition, named once: DRAFT → OPEN → CLOSED → DELIVERED. Supporters can sign and
// confirm only while it is OPEN and before its deadline. Every page, action and job asks these questions
// here instead of comparing strings itself.

export { PetitionStatus };

export const DRAFT_STATE = PetitionStatus.DRAFT;
export const OPEN_STATE = PetitionStatus.OPEN;
export const CLOSED_STATE = PetitionStatus.CLOSED;
export const DELIVERED_STATE = PetitionStatus.DELIVERED;

/** States whose petition the public may see (a draft is the organisers' alone). */
export const VISIBLE_STATES: readonly PetitionStatus[] = [OPEN_STATE, CLOSED_STATE, DELIVERED_STATE];

/** States whose signatures are still counted (a late confirmation can land just before closing). */
export const COUNTED_STATES: readonly PetitionStatus[] = [OPEN_STATE, CLOSED_STATE, DELIVERED_STATE];

const TRANSITIONS: Record<PetitionStatus, readonly PetitionStatus[]> = {
  DRAFT: [OPEN_STATE],
  OPEN: [CLOSED_STATE],
  CLOSED: [DELIVERED_STATE],
  DELIVERED: [],
};

type PetitionClock = { status: PetitionStatus; deadline: Date | null };

export function canTransition(from: PetitionStatus, to: PetitionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isVisible(petition: { status: PetitionStatus }): boolean {
  return VISIBLE_STATES.includes(petition.status);
}

/** Whether the deadline has passed (a petition without a deadline never expires). */
export function isPastDeadline(petition: { deadline: Date | null }, now: Date): boolean {
  return petition.deadline !== null && petition.deadline.getTime() <= now.getTime();
}

/** A supporter may sign: the petition is open and its deadline (if any) has not passed. */
export function canSign(petition: PetitionClock, now: Date): boolean {
  return petition.status === OPEN_STATE && !isPastDeadline(petition, now);
}

/** A supporter may confirm a pending signature: the same rule as signing. */
export function canConfirm(petition: PetitionClock, now: Date): boolean {
  return canSign(petition, now);
}

export function isDelivered(petition: { status: PetitionStatus }): boolean {
  return petition.status === DELIVERED_STATE;
}
