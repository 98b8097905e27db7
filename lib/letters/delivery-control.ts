import type { Prisma } from "../generated/prisma/client";
import { DeliveryStatus, MailPriority, OutboxStatus, RecipientKind } from "../generated/prisma/enums";
import { nextLetterSlot, type PacedTarget } from "./pacing";

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
  const resumed = await reslot(tx, { ...target, campaignHourlyCap: target.campaign.letterHourlyCap }, { outboxEmail: { status: OutboxStatus.HELD } }, OutboxStatus.HELD, now);
  return { resumed };
}

/**
 * A target's pacing changed (its own cap or office hours in an import, the campaign's cap): the letters still
 * waiting for their first try take fresh slots under the new rule, in their order, as on resume. A raised cap
 * brings them forward; a lowered one spreads them out. Letters being retried keep their retry time; a paused
 * target's letters get their slots when it is resumed.
 */
export async function reslotWaitingLetters(tx: Tx, campaignId: string, now = new Date()): Promise<{ moved: number }> {
  const waiting: Prisma.LetterDeliveryWhereInput = { status: DeliveryStatus.QUEUED, outboxEmail: { status: OutboxStatus.PENDING, attempts: 0 } };
  const targets = await tx.target.findMany({
    where: { campaignId, pausedAt: null, deliveries: { some: { ...waiting, recipientKind: RecipientKind.TARGET } } },
    select: { id: true, hourlyCap: true, sendInOfficeHoursOnly: true, officeHours: true, timeZone: true, campaign: { select: { letterHourlyCap: true } } },
  });
  let moved = 0;
  for (const target of targets) moved += await reslot(tx, { ...target, campaignHourlyCap: target.campaign.letterHourlyCap }, waiting, OutboxStatus.PENDING, now);
  return { moved };
}

/**
 * Gives a target's letters matching `which` fresh slots, in their order: they leave the count first, so the
 * hours they held are free again; then each takes the next slot (nextLetterSlot locks the target's row), and
 * its outbox row, still `from`, becomes PENDING at that time.
 */
async function reslot(tx: Tx, target: PacedTarget, which: Prisma.LetterDeliveryWhereInput, from: OutboxStatus, now: Date): Promise<number> {
  const rows = await tx.letterDelivery.findMany({
    where: { ...which, targetId: target.id, recipientKind: RecipientKind.TARGET },
    orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
    select: { id: true, outboxEmailId: true },
  });
  await tx.letterDelivery.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { scheduledFor: null } });
  for (const row of rows) {
    const slot = await nextLetterSlot(tx, target, now);
    await tx.letterDelivery.update({ where: { id: row.id }, data: { scheduledFor: slot } });
    if (row.outboxEmailId) await tx.outboxEmail.updateMany({ where: { id: row.outboxEmailId, status: from }, data: { status: OutboxStatus.PENDING, nextAttemptAt: slot } });
  }
  return rows.length;
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
