import type { Prisma } from "../generated/prisma/client";
import { DeliveryStatus, MailPriority, OutboxStatus, RecipientKind } from "../generated/prisma/enums";
import { nextLetterSlot } from "./pacing";

// What organisers do with a target's queue (capability "letters.deliver"): pause it (its queued letters are
// HELD, the worker skips them), resume it (HELD letters are queued again, each at a fresh pacing slot),
// cancel what is still queued. Each takes the campaign already authorised by the action path and finds the
// target within it: a target of another campaign is "not found".

type Tx = Prisma.TransactionClient;

async function targetOf(tx: Tx, campaignId: string, targetId: string) {
  return tx.target.findFirst({ where: { id: targetId, campaignId }, select: { id: true, hourlyCap: true, sendInOfficeHoursOnly: true, officeHours: true, timeZone: true, campaign: { select: { letterHourlyCap: true } } } });
}

const lettersOf = (targetId: string, statuses: OutboxStatus[]): Prisma.OutboxEmailWhereInput => ({
  status: { in: statuses },
  priority: MailPriority.LETTER,
  deliveries: { some: { targetId, recipientKind: RecipientKind.TARGET } },
});

export async function pauseTarget(tx: Tx, campaignId: string, targetId: string, now = new Date()): Promise<{ held: number } | null> {
  const target = await targetOf(tx, campaignId, targetId);
  if (!target) return null;
  await tx.target.update({ where: { id: target.id }, data: { pausedAt: now } });
  const { count } = await tx.outboxEmail.updateMany({ where: lettersOf(target.id, [OutboxStatus.PENDING]), data: { status: OutboxStatus.HELD } });
  return { held: count };
}

export async function resumeTarget(tx: Tx, campaignId: string, targetId: string, now = new Date()): Promise<{ resumed: number } | null> {
  const target = await targetOf(tx, campaignId, targetId);
  if (!target) return null;
  await tx.target.update({ where: { id: target.id }, data: { pausedAt: null } });
  const held = await tx.letterDelivery.findMany({
    where: { targetId: target.id, recipientKind: RecipientKind.TARGET, outboxEmail: { status: OutboxStatus.HELD } },
    orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
    select: { id: true, outboxEmailId: true },
  });
  // Each held letter takes a new slot: it leaves the count first, so the hours it held are free again.
  await tx.letterDelivery.updateMany({ where: { id: { in: held.map((h) => h.id) } }, data: { scheduledFor: null } });
  const paced = { ...target, campaignHourlyCap: target.campaign.letterHourlyCap };
  for (const h of held) {
    const slot = await nextLetterSlot(tx, paced, now);
    await tx.letterDelivery.update({ where: { id: h.id }, data: { scheduledFor: slot } });
    if (h.outboxEmailId) await tx.outboxEmail.updateMany({ where: { id: h.outboxEmailId, status: OutboxStatus.HELD }, data: { status: OutboxStatus.PENDING, nextAttemptAt: slot } });
  }
  return { resumed: held.length };
}

/**
 * A target's pacing changed (its own cap or office hours in an import, the campaign's cap): the letters still
 * waiting for their first try take fresh slots under the new rule, in their order, as on resume. A raised cap
 * brings them forward; a lowered one spreads them out. Letters being retried keep their retry time; a paused
 * target's letters get their slots when it is resumed.
 */
export async function reslotWaitingLetters(tx: Tx, campaignId: string, now = new Date()): Promise<{ moved: number }> {
  const waitingWhere: Prisma.LetterDeliveryWhereInput = {
    recipientKind: RecipientKind.TARGET,
    status: DeliveryStatus.QUEUED,
    outboxEmail: { status: OutboxStatus.PENDING, attempts: 0 },
    target: { campaignId, pausedAt: null },
  };
  const withWaiting = await tx.letterDelivery.findMany({ where: waitingWhere, distinct: ["targetId"], select: { targetId: true } });
  let moved = 0;
  for (const { targetId } of withWaiting) {
    if (!targetId) continue;
    const target = await targetOf(tx, campaignId, targetId);
    if (!target) continue;
    const paced = { ...target, campaignHourlyCap: target.campaign.letterHourlyCap };
    await tx.$queryRaw`SELECT id FROM "Target" WHERE id = ${target.id} FOR UPDATE`;
    const waiting = await tx.letterDelivery.findMany({ where: { ...waitingWhere, targetId }, orderBy: [{ scheduledFor: "asc" }, { id: "asc" }], select: { id: true, outboxEmailId: true } });
    await tx.letterDelivery.updateMany({ where: { id: { in: waiting.map((w) => w.id) } }, data: { scheduledFor: null } });
    for (const w of waiting) {
      const slot = await nextLetterSlot(tx, paced, now);
      await tx.letterDelivery.update({ where: { id: w.id }, data: { scheduledFor: slot } });
      if (w.outboxEmailId) await tx.outboxEmail.updateMany({ where: { id: w.outboxEmailId, status: OutboxStatus.PENDING }, data: { nextAttemptAt: slot } });
    }
    moved += waiting.length;
  }
  return { moved };
}

export async function cancelQueuedLetters(tx: Tx, campaignId: string, targetId: string): Promise<{ cancelled: number } | null> {
  const target = await targetOf(tx, campaignId, targetId);
  if (!target) return null;
  const queued = await tx.letterDelivery.findMany({
    where: { targetId: target.id, recipientKind: RecipientKind.TARGET, outboxEmail: { status: { in: [OutboxStatus.PENDING, OutboxStatus.HELD] } } },
    select: { id: true, outboxEmailId: true },
  });
  const ids = queued.map((q) => q.outboxEmailId).filter((id): id is string => id !== null);
  const { count } = await tx.outboxEmail.updateMany({ where: { id: { in: ids }, status: { in: [OutboxStatus.PENDING, OutboxStatus.HELD] } }, data: { status: OutboxStatus.CANCELLED, lastError: "cancelled by an organiser" } });
  await tx.letterDelivery.updateMany({ where: { id: { in: queued.map((q) => q.id) } }, data: { status: DeliveryStatus.CANCELLED, error: "cancelled by an organiser" } });
  return { cancelled: count };
}
