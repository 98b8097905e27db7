import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import type { Prisma } from "../generated/prisma/client";
import { ActionRefusal } from "../organise/action-refusal";
import type { LogReplyInput } from "./schemas";

// Replies received from a campaign's targets, logged by its organisers ("letters.write"). The target must
// be one of THIS campaign's directory, and the capability is in every where: a forged target or reply of
// another campaign is refused and nothing is written.

type Tx = Prisma.TransactionClient;
type Actor = Pick<CurrentUser, "id" | "role">;

export async function logTargetReply(tx: Tx, actor: Actor, campaignId: string, input: LogReplyInput): Promise<{ id: string }> {
  const campaign = campaignWhereCan(actor, "letters.write");
  const target = await tx.target.findFirst({ where: { id: input.targetId, campaignId, campaign }, select: { id: true } });
  if (!target) throw new ActionRefusal("letterWall.replies.errors.targetInvalid");
  return tx.targetReply.create({
    data: { campaignId, targetId: target.id, receivedOn: new Date(`${input.receivedOn}T00:00:00Z`), summary: input.summary, text: input.text || null },
    select: { id: true },
  });
}

/** Publishes (now) or withdraws one reply of the campaign; refused when it is not the campaign's. */
export async function setReplyPublished(tx: Tx, actor: Actor, campaignId: string, replyId: string, publish: boolean, now = new Date()): Promise<void> {
  const where = { id: replyId, campaignId, campaign: campaignWhereCan(actor, "letters.write") };
  const { count } = await tx.targetReply.updateMany({ where, data: { publishedAt: publish ? now : null } });
  if (count === 0) throw new ActionRefusal("letterWall.replies.errors.replyInvalid");
}

export async function deleteTargetReply(tx: Tx, actor: Actor, campaignId: string, replyId: string): Promise<void> {
  const { count } = await tx.targetReply.deleteMany({ where: { id: replyId, campaignId, campaign: campaignWhereCan(actor, "letters.write") } });
  if (count === 0) throw new ActionRefusal("letterWall.replies.errors.replyInvalid");
}
