import { SignatureStatus } from "../generated/prisma/enums";

// The life of a signature: PENDING (waiting for the emailed confirmation) → CONFIRMED (counted, unless
// suspect) → INVALIDATED (by a moderator; never counted again). A PENDING one may also be invalidated.

export { SignatureStatus };

export const PENDING_STATE = SignatureStatus.PENDING;
export const CONFIRMED_STATE = SignatureStatus.CONFIRMED;
export const INVALIDATED_STATE = SignatureStatus.INVALIDATED;

const TRANSITIONS: Record<SignatureStatus, readonly SignatureStatus[]> = {
  PENDING: [CONFIRMED_STATE, INVALIDATED_STATE],
  CONFIRMED: [INVALIDATED_STATE],
  INVALIDATED: [],
};

export function canTransition(from: SignatureStatus, to: SignatureStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isPending(signature: { status: SignatureStatus }): boolean {
  return signature.status === PENDING_STATE;
}

/** Whether a signature adds one to its petition's count. */
export function isCounted(signature: { status: SignatureStatus; isSuspect: boolean }): boolean {
  return signature.status === CONFIRMED_STATE && !signature.isSuspect;
}

/** Whether a pending signature's confirmation link still works. */
export function isTokenLive(signature: { status: SignatureStatus; tokenExpiresAt: Date | null }, now: Date): boolean {
  return isPending(signature) && signature.tokenExpiresAt !== null && signature.tokenExpiresAt.getTime() > now.getTime();
}
