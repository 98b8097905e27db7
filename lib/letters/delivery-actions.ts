"use server";

import type { Prisma } from "../generated/prisma/client";
import type { MessageKey } from "../i18n/translate";
import { organiserAction } from "../organise/organiser-action";
import { ActionRefusal } from "../organise/action-refusal";
import { hitRateLimit } from "../security/rate-limit";
import { cancelQueuedLetters, pauseTarget, resumeTarget } from "./delivery-control";
import { queueTestLetter, targetActionSchema } from "./delivery-console";

// The deliveries console's buttons (owners and editors: "letters.deliver"): pause a target, resume it,
// cancel what is still queued for it, and send oneself a test of the exact email it gets.

/** One of a target's queue controls: the domain call (null: no such target in this campaign), audited, and its count in the notice. */
function queueControl(
  control: (tx: Prisma.TransactionClient, campaignId: string, targetId: string) => Promise<Record<string, number> | null>,
  audit: string,
  notice: MessageKey,
) {
  return organiserAction({
    capability: "letters.deliver",
    schema: targetActionSchema,
    async run(ctx, input) {
      const done = await ctx.db.prisma.$transaction(async (tx) => {
        const result = await control(tx, ctx.campaign.id, input.targetId);
        if (result === null) throw new ActionRefusal("letterDelivery.targetUnknown", undefined, undefined, true);
        await ctx.audit(tx, { action: audit, subjectType: "Target", subjectId: input.targetId, details: result });
        return result;
      });
      return { ok: notice, values: { count: Object.values(done)[0] ?? 0 } };
    },
  });
}

export const pauseTargetAction = queueControl(pauseTarget, "letters.target-paused", "letterDelivery.paused");
export const resumeTargetAction = queueControl(resumeTarget, "letters.target-resumed", "letterDelivery.resumed");
export const cancelTargetQueueAction = queueControl(cancelQueuedLetters, "letters.queue-cancelled", "letterDelivery.cancelled");

export const sendTestLetterAction = organiserAction({
  capability: "letters.deliver",
  schema: targetActionSchema,
  async run(ctx, input) {
    const limit = await hitRateLimit(ctx.db, `letter-test:${ctx.actor.id}`, [{ count: 10, seconds: 3600 }]);
    if (!limit.allowed) throw new ActionRefusal("letterDelivery.testLimited");
    await ctx.db.prisma.$transaction(async (tx) => {
      await queueTestLetter(tx, ctx.campaign.id, input.targetId, ctx.actor.email, ctx.locale);
      await ctx.audit(tx, { action: "letters.test-sent", subjectType: "Target", subjectId: input.targetId });
    });
    return { ok: "letterDelivery.testSent", values: { email: ctx.actor.email } };
  },
});
