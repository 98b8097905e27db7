import { z } from "zod";
import type { AuditEntry } from "../audit/record";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { ModerationStatus, SignatureStatus } from "../generated/prisma/enums";
import type { MessageKey } from "../i18n/translate";
import { ActionRefusal } from "../organise/action-refusal";
import { recountSignatures } from "../signatures/count";
import { INVALIDATED_STATE } from "../signatures/states";
import { MODERATION_NOTE_MAX } from "../sponsors/moderation-limits";
import { REJECTION_PURPOSE, REJECTION_SELECT, enqueueRejectionEmail } from "../sponsors/rejection-email";
import { AWAITING_MODERATION_STATE, statusAfter, type ModerationDecision } from "../sponsors/states";
import { awaitingWallLetter } from "./queue";
import { decideEvent } from "../events/moderate";
import { decideEventReport } from "../events/moderate-report";
import { MAX_PHOTOS } from "../events/photos/process";
import { photoStorage, type PhotoStorage } from "../events/photos/storage";

// A moderator's decision on one item of the queue (./queue.ts): approve, or reject with a reason.
//   sponsor   approve → APPROVED (public); reject → REJECTED, and the reason is emailed to the sponsor,
//             in their language: their address is confirmed (it is how the entry reached the queue).
//   signature approve → no longer suspect (counted if confirmed); reject → INVALIDATED with the reason.
//             Nobody is emailed: a signature held by the rate limit was never confirmed, and no words
//             go to an unconfirmed address (docs/decisions/017); a supporter at risk is not written to
//             about a decision they did not ask for (019). The reason stays on the row and in the audit log.
//   letter    (a solidarity letter for the wall) approve → wallStatus APPROVED, shown on the campaign's
//             wall; reject → REJECTED, not shown. Nobody is emailed: the letter itself was delivered to the
//             campaign either way, and the wall is only a courtesy; the reason stays in the audit log.
//   event     (a picket registered by its host) approve → PUBLISHED, the host is told; "approve and
//             trust this host" also lets the host's later events skip the queue; reject → REJECTED, and
//             the reason is emailed to the host's confirmed address (lib/events/moderate.ts).
//   report    (a host's report on their event) approve → APPROVED, shown, less the photos ticked to hide;
//             reject → REJECTED; hidden and rejected photos' files are deleted (lib/events/moderate-report.ts).
// Each change is one update guarded by the item's state and the capability in its where, with its
// audit entry (and email) in the same transaction. An item decided meanwhile is refused, not changed twice.

type Tx = Prisma.TransactionClient;
/** Writes the audit entry for the acting moderator and this campaign (organiserAction's ctx.audit). */
type Audit = (tx: Tx, entry: Omit<AuditEntry, "actorId" | "actorEmail" | "campaignId">) => Promise<void>;
const key = (k: MessageKey) => k;

export { REJECTION_PURPOSE };

export const queueDecisionSchema = z
  .strictObject({
    item: z.string().regex(/^(sponsor|signature|letter|event|report):[a-z0-9-]{1,40}$/i, key("moderationQueue.errors.itemInvalid")),
    decision: z.enum(["APPROVE", "APPROVE_AND_TRUST", "REJECT"], key("moderationQueue.errors.decisionInvalid")),
    reason: z.string().trim().max(MODERATION_NOTE_MAX, key("moderationQueue.errors.reasonTooLong")).default(""),
    /** A report's photos to hide (read as a list: one checkbox per photo). */
    hide: z.array(z.string().regex(/^[a-z0-9]{1,40}$/i, key("moderationQueue.errors.itemInvalid"))).max(MAX_PHOTOS, key("moderationQueue.errors.itemInvalid")).default([]),
  })
  .refine((v) => v.decision !== "REJECT" || v.reason !== "", { path: ["reason"], message: key("moderationQueue.errors.reasonRequired") })
  .refine((v) => v.decision !== "APPROVE_AND_TRUST" || v.item.startsWith("event:"), { path: ["decision"], message: key("moderationQueue.errors.decisionInvalid") })
  .refine((v) => v.hide.length === 0 || v.item.startsWith("report:"), { path: ["item"], message: key("moderationQueue.errors.itemInvalid") });

export type QueueDecision = z.output<typeof queueDecisionSchema>;
export type QueueKind = "sponsor" | "signature" | "letter" | "event" | "report";
export type DecisionContext = { db: Database; actor: Pick<CurrentUser, "id" | "role">; campaignId: string; audit: Audit; /** Where report photos are kept (the instance's by default). */ photos?: () => Promise<PhotoStorage> };

/** Decides one item; the kind it was, for the notice. Throws ActionRefusal when it is no longer waiting. */
export async function decideQueueItem(ctx: DecisionContext, input: QueueDecision, now = new Date()): Promise<QueueKind> {
  const [kind, id] = input.item.split(":") as [QueueKind, string];
  const simple = input.decision === "REJECT" ? "REJECT" : "APPROVE";
  const decided =
    kind === "event"
      ? await decideEvent(ctx, id, input.decision, input.reason, now)
      : kind === "report"
        ? await decideEventReport(ctx, await (ctx.photos ?? photoStorage)(), id, simple, { reason: input.reason, hide: input.hide, now })
        : await (kind === "sponsor" ? decideSponsor : kind === "signature" ? decideSignature : decideWallLetter)(ctx, id, simple, input.reason, now);
  if (!decided) throw new ActionRefusal("moderationQueue.errors.alreadyDecided");
  return kind;
}

async function decideSponsor(ctx: DecisionContext, id: string, decision: ModerationDecision, reason: string, now: Date): Promise<boolean> {
  const to = statusAfter(decision);
  const note = reason || null;
  return ctx.db.prisma.$transaction(async (tx) => {
    const where = { id, campaignId: ctx.campaignId, status: AWAITING_MODERATION_STATE, campaign: campaignWhereCan(ctx.actor, "moderation.decide") };
    const sponsor = await tx.sponsor.findFirst({
      where,
      select: REJECTION_SELECT,
    });
    if (!sponsor) return false;
    const { count } = await tx.sponsor.updateMany({ where, data: { status: to, moderatedAt: now, moderatedById: ctx.actor.id, moderationNote: note } });
    if (count === 0) return false; // decided by someone else a moment ago
    await ctx.audit(tx, {
      action: decision === "APPROVE" ? "sponsor.approve" : "sponsor.reject",
      subjectType: "Sponsor",
      subjectId: id,
      details: { from: AWAITING_MODERATION_STATE, to, ...(note ? { note } : {}) },
    });
    if (decision === "REJECT") await enqueueRejectionEmail(tx, sponsor, note);
    return true;
  });
}

async function decideSignature(ctx: DecisionContext, id: string, decision: ModerationDecision, reason: string, now: Date): Promise<boolean> {
  const where = {
    id,
    isSuspect: true,
    status: { not: INVALIDATED_STATE },
    petition: { campaignId: ctx.campaignId, campaign: campaignWhereCan(ctx.actor, "moderation.decide") },
  };
  const petitionId = await ctx.db.prisma.$transaction(async (tx) => {
    const signature = await tx.signature.findFirst({ where, select: { petitionId: true, status: true } });
    if (!signature) return null;
    const data =
      decision === "APPROVE"
        ? { isSuspect: false, suspectReason: null }
        : { status: SignatureStatus.INVALIDATED, invalidatedAt: now, invalidationReason: reason, tokenHash: null, tokenExpiresAt: null };
    const { count } = await tx.signature.updateMany({ where, data });
    if (count === 0) return null;
    await ctx.audit(tx, {
      action: decision === "APPROVE" ? "signatures.suspicion-cleared" : "signatures.invalidated",
      subjectType: "Signature",
      subjectId: id,
      details: { count: 1, petitionIds: [signature.petitionId], from: signature.status, ...(decision === "REJECT" ? { reason } : {}) },
    });
    return signature.petitionId;
  });
  if (petitionId === null) return false;
  // The public number follows at once (as after the signatures page's bulk actions).
  await recountSignatures(ctx.db, petitionId);
  return true;
}

async function decideWallLetter(ctx: DecisionContext, id: string, decision: ModerationDecision, reason: string, now: Date): Promise<boolean> {
  const to = decision === "APPROVE" ? ModerationStatus.APPROVED : ModerationStatus.REJECTED;
  return ctx.db.prisma.$transaction(async (tx) => {
    const where = { id, campaignId: ctx.campaignId, ...awaitingWallLetter, campaign: campaignWhereCan(ctx.actor, "moderation.decide") };
    const { count } = await tx.letter.updateMany({ where, data: { wallStatus: to, wallDecidedAt: now } });
    if (count === 0) return false; // not waiting (decided meanwhile, or not this campaign's)
    await ctx.audit(tx, {
      action: decision === "APPROVE" ? "letters.wall-approve" : "letters.wall-reject",
      subjectType: "Letter",
      subjectId: id,
      details: { from: ModerationStatus.AWAITING_MODERATION, to, ...(reason ? { note: reason } : {}) },
    });
    return true;
  });
}
