import type { Database } from "../db/client";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { PetitionRuleError } from "./organiser-errors";
import type { RecordDeliveryInput } from "./organiser-schemas";
import { CLOSED_STATE, DELIVERED_STATE, PetitionStatus, canTransition } from "./states";

// After closing, the organiser records each delivery: to which of the petition's targets (or to all),
// on which day, how, with notes. The first one moves the petition to DELIVERED; later ones (another
// target, another day) are added to the list. The public petition page shows the deliveries.

/** Whether a delivery may be recorded now: once closed, and again after the first one. */
export function canRecordDelivery(status: PetitionStatus): boolean {
  return canTransition(status, DELIVERED_STATE) || status === DELIVERED_STATE;
}

/** A day ahead of UTC is allowed: it is already tomorrow in Astana when it is evening in London. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

export async function recordDelivery(
  db: Database,
  actor: CurrentUser,
  input: RecordDeliveryInput & { petitionId: string },
  now = new Date(),
): Promise<{ id: string }> {
  const petition = await db.prisma.petition.findFirst({
    where: { id: input.petitionId, campaign: campaignWhereCan(actor, "petitions.manage") },
    select: { id: true, campaignId: true, status: true, signatureCount: true, targets: { select: { targetId: true } } },
  });
  if (!petition) throw new PetitionRuleError("notFound");
  if (!canRecordDelivery(petition.status)) throw new PetitionRuleError("cannotDeliver");
  if (input.targetId && !petition.targets.some((t) => t.targetId === input.targetId)) {
    throw new PetitionRuleError("targetNotOfPetition", "targetId");
  }
  if (input.deliveredAt.getTime() > now.getTime() + CLOCK_SLACK_MS) throw new PetitionRuleError("deliveredAtFuture", "deliveredAt");

  return db.prisma.$transaction(async (tx) => {
    const { count } = await tx.petition.updateMany({
      where: { id: petition.id, status: { in: [CLOSED_STATE, DELIVERED_STATE] } },
      data: { status: DELIVERED_STATE },
    });
    if (count !== 1) throw new PetitionRuleError("cannotDeliver");
    const delivery = await tx.petitionDelivery.create({
      data: {
        petitionId: petition.id,
        targetId: input.targetId,
        deliveredAt: input.deliveredAt,
        method: input.method,
        notes: input.notes,
        recordedById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      campaignId: petition.campaignId,
      action: "petition.delivered",
      subjectType: "Petition",
      subjectId: petition.id,
      details: {
        deliveryId: delivery.id,
        from: petition.status,
        targetId: input.targetId,
        deliveredAt: input.deliveredAt.toISOString(),
        method: input.method,
        signatureCount: petition.signatureCount,
      },
    });
    return delivery;
  });
}
