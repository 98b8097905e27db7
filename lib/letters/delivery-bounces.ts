import type { Prisma } from "../generated/prisma/client";
import { DeliveryStatus, OutboxStatus, RecipientKind } from "../generated/prisma/enums";
import { isFailingAddress } from "./delivery-address";

// Bounces of letters to targets. A hard bounce (a 5xx answer about the recipient, from our SMTP server at
// once or reported later through /api/letters/bounces) marks the delivery BOUNCED; the third hard bounce of
// the same address within a target puts the address on the target's failing list (organisers see it), and
// the letters still queued to it are cancelled. The composer writes only to working addresses
// (./delivery-address.ts). A soft bounce marks the delivery DEFERRED: the message may still arrive.

/** Hard bounces of one address, within one target, after which Placard stops writing to it. */
export const HARD_BOUNCES_TO_FAIL = 3;

type Tx = Prisma.TransactionClient;

export type BounceOutcome = { bounced: number; failed: number; markedFailing: string[]; cancelled: number };

/**
 * An outbox row refused for good: its TARGET deliveries BOUNCED (when `hard`), any other FAILED, with `reason`.
 * Call it in the transaction that marks the outbox row.
 */
export async function recordPermanentFailure(tx: Tx, outboxEmailId: string, reason: string, { hard }: { hard: boolean }): Promise<BounceOutcome> {
  const outcome: BounceOutcome = { bounced: 0, failed: 0, markedFailing: [], cancelled: 0 };
  const deliveries = await tx.letterDelivery.findMany({ where: { outboxEmailId }, select: { id: true, recipientKind: true, targetId: true, recipient: true } });
  for (const d of deliveries) {
    const bounced = hard && d.recipientKind === RecipientKind.TARGET;
    await tx.letterDelivery.update({ where: { id: d.id }, data: { status: bounced ? DeliveryStatus.BOUNCED : DeliveryStatus.FAILED, error: reason } });
    if (!bounced) {
      outcome.failed++;
      continue;
    }
    outcome.bounced++;
    if (d.targetId) await checkFailingAddress(tx, d.targetId, d.recipient, outcome);
  }
  return outcome;
}

/** A bounce reported after the message left (a bounce message, a provider's webhook). */
export async function recordLateBounce(tx: Tx, outboxEmailId: string, recipient: string, kind: "hard" | "soft"): Promise<BounceOutcome | null> {
  const delivery = await tx.letterDelivery.findFirst({
    where: { outboxEmailId, recipient: { equals: recipient, mode: "insensitive" } },
    select: { id: true, status: true, recipientKind: true, targetId: true, recipient: true },
  });
  if (!delivery) return null;
  const outcome: BounceOutcome = { bounced: 0, failed: 0, markedFailing: [], cancelled: 0 };
  if (delivery.status === DeliveryStatus.BOUNCED || delivery.status === DeliveryStatus.CANCELLED) return outcome;
  if (kind === "soft") {
    await tx.letterDelivery.update({ where: { id: delivery.id }, data: { status: DeliveryStatus.DEFERRED, error: "soft bounce reported" } });
    return outcome;
  }
  const target = delivery.recipientKind === RecipientKind.TARGET;
  await tx.letterDelivery.update({ where: { id: delivery.id }, data: { status: target ? DeliveryStatus.BOUNCED : DeliveryStatus.FAILED, error: "hard bounce reported" } });
  if (!target) return { ...outcome, failed: 1 };
  outcome.bounced = 1;
  if (delivery.targetId) await checkFailingAddress(tx, delivery.targetId, delivery.recipient, outcome);
  return outcome;
}

async function checkFailingAddress(tx: Tx, targetId: string, recipient: string, outcome: BounceOutcome): Promise<void> {
  const bounces = await tx.letterDelivery.count({ where: { targetId, recipientKind: RecipientKind.TARGET, status: DeliveryStatus.BOUNCED, recipient: { equals: recipient, mode: "insensitive" } } });
  if (bounces < HARD_BOUNCES_TO_FAIL) return;
  // The target's row is locked so that two bounces at once add the address once.
  await tx.$queryRaw`SELECT id FROM "Target" WHERE id = ${targetId} FOR UPDATE`;
  const target = await tx.target.findUnique({ where: { id: targetId }, select: { failingEmails: true } });
  if (!target) return;
  if (!isFailingAddress({ emails: [], failingEmails: target.failingEmails }, recipient)) {
    await tx.target.update({ where: { id: targetId }, data: { failingEmails: [...target.failingEmails, recipient] } });
    outcome.markedFailing.push(recipient);
  }
  outcome.cancelled += await cancelQueuedTo(tx, targetId, recipient);
}

/** Cancels the letters still queued (PENDING or HELD) to one address of a target. */
async function cancelQueuedTo(tx: Tx, targetId: string, recipient: string): Promise<number> {
  const queued = await tx.letterDelivery.findMany({
    where: { targetId, recipientKind: RecipientKind.TARGET, recipient: { equals: recipient, mode: "insensitive" }, outboxEmail: { status: { in: [OutboxStatus.PENDING, OutboxStatus.HELD] } } },
    select: { id: true, outboxEmailId: true },
  });
  if (queued.length === 0) return 0;
  const ids = queued.map((q) => q.outboxEmailId).filter((id): id is string => id !== null);
  await tx.outboxEmail.updateMany({ where: { id: { in: ids }, status: { in: [OutboxStatus.PENDING, OutboxStatus.HELD] } }, data: { status: OutboxStatus.CANCELLED, lastError: "the address is failing" } });
  await tx.letterDelivery.updateMany({ where: { id: { in: queued.map((q) => q.id) } }, data: { status: DeliveryStatus.CANCELLED, error: "the address is failing" } });
  return queued.length;
}
