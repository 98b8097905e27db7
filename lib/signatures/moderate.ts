import type { Database } from "../db/client";
import type { CurrentUser } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { SignatureStatus } from "../generated/prisma/enums";
import { recountSignatures } from "./count";
import { filterForAudit, isNarrowEnough, signatureWhere, type ModerationFilter } from "./moderation-filter";
import { INVALIDATED_STATE } from "./states";

// Moderators act on signatures in bulk: invalidate every signature a filter picks (a fake domain, a
// flood from one address, a burst in a time window), or count again the ones held as suspect. Each
// action runs in one transaction that also writes the audit entry (filter, reason, number of rows);
// the moderator confirms the number first, and if it changed meanwhile nothing is changed. The counts
// of the petitions touched are then recounted from scratch, so the public number follows at once.

export type ModerationErrorCode = "filterTooBroad" | "countChanged" | "reasonRequired" | "nothingMatches" | "notFound";

export class ModerationError extends Error {
  constructor(
    public readonly code: ModerationErrorCode,
    public readonly count?: number,
  ) {
    super(`moderation refused: ${code}`);
    this.name = "ModerationError";
  }
}

export type BulkTarget = { campaignId: string; filter: ModerationFilter; expectedCount?: number };

export type BulkResult = { count: number; petitionIds: string[] };

/** Invalidates the pending and confirmed signatures the filter picks; never counted again. */
export async function invalidateSignatures(db: Database, actor: CurrentUser, target: BulkTarget, reason: string, now = new Date()): Promise<BulkResult> {
  const why = reason.trim();
  if (!why || why.length > 500) throw new ModerationError("reasonRequired");
  if (!isNarrowEnough(target.filter)) throw new ModerationError("filterTooBroad");
  const where = { AND: [signatureWhere(actor, target.campaignId, target.filter), { status: { not: INVALIDATED_STATE } }] };
  return bulkChange(db, actor, target, "signatures.invalidated", { reason: why }, async (tx) => {
    const petitionIds = await affectedPetitions(tx, where);
    const { count } = await tx.signature.updateMany({
      where,
      data: { status: SignatureStatus.INVALIDATED, invalidatedAt: now, invalidationReason: why, tokenHash: null, tokenExpiresAt: null },
    });
    return { count, petitionIds };
  });
}

/** Clears the suspicion on the signatures the filter picks: confirmed ones count again. */
export async function clearSuspicion(db: Database, actor: CurrentUser, target: BulkTarget): Promise<BulkResult> {
  const where = { AND: [signatureWhere(actor, target.campaignId, target.filter), { isSuspect: true, status: { not: INVALIDATED_STATE } }] };
  return bulkChange(db, actor, target, "signatures.suspicion-cleared", {}, async (tx) => {
    const petitionIds = await affectedPetitions(tx, where);
    const { count } = await tx.signature.updateMany({ where, data: { isSuspect: false, suspectReason: null } });
    return { count, petitionIds };
  });
}

/** One signature, from the list: "count it". */
export async function markSignatureNotSuspect(db: Database, actor: CurrentUser, campaignId: string, signatureId: string): Promise<BulkResult> {
  const where = { AND: [signatureWhere(actor, campaignId, {}), { id: signatureId, isSuspect: true, status: { not: INVALIDATED_STATE } }] };
  return bulkChange(db, actor, { campaignId, filter: {} }, "signatures.suspicion-cleared", { signatureId }, async (tx) => {
    const petitionIds = await affectedPetitions(tx, where);
    const { count } = await tx.signature.updateMany({ where, data: { isSuspect: false, suspectReason: null } });
    return { count, petitionIds };
  });
}

type Tx = Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0];

async function affectedPetitions(tx: Tx, where: object): Promise<string[]> {
  const rows = await tx.signature.groupBy({ by: ["petitionId"], where });
  return rows.map((r) => r.petitionId);
}

async function bulkChange(
  db: Database,
  actor: CurrentUser,
  target: BulkTarget,
  action: string,
  extra: Record<string, string>,
  change: (tx: Tx) => Promise<BulkResult>,
): Promise<BulkResult> {
  const result = await db.prisma.$transaction(async (tx) => {
    const done = await change(tx);
    // The moderator agreed to a number; if rows arrived or went meanwhile, roll back and say so.
    if (target.expectedCount !== undefined && done.count !== target.expectedCount) throw new ModerationError("countChanged", done.count);
    if (done.count === 0) throw new ModerationError("nothingMatches", 0);
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      campaignId: target.campaignId,
      action,
      subjectType: "Signature",
      details: { filter: filterForAudit(target.filter), count: done.count, petitionIds: done.petitionIds, ...extra },
    });
    return done;
  });
  for (const petitionId of result.petitionIds) await recountSignatures(db, petitionId);
  return result;
}
