"use server";

import { organiserAction } from "../organise/organiser-action";
import { ActionRefusal } from "../organise/action-refusal";
import { hitRateLimit } from "../security/rate-limit";
import { cancelQueuedLetters, pauseTarget, resumeTarget } from "./delivery-control";
import { queueTestLetter, targetActionSchema } from "./delivery-console";

// The deliveries console's buttons (owners and editors: "letters.deliver"): pause a target, resume it,
// cancel what is still queued for it, and send oneself a test of the exact email it gets.

const found = <T,>(result: T | null): T => {
  if (result === null) throw new ActionRefusal("letterDelivery.targetUnknown", undefined, undefined, true);
  return result;
};

export const pauseTargetAction = organiserAction({
  capability: "letters.deliver",
  schema: targetActionSchema,
  async run(ctx, input) {
    const { held } = await ctx.db.prisma.$transaction(async (tx) => {
      const done = found(await pauseTarget(tx, ctx.campaign.id, input.targetId));
      await ctx.audit(tx, { action: "letters.target-paused", subjectType: "Target", subjectId: input.targetId, details: done });
      return done;
    });
    return { ok: "letterDelivery.paused", values: { count: held } };
  },
});

export const resumeTargetAction = organiserAction({
  capability: "letters.deliver",
  schema: targetActionSchema,
  async run(ctx, input) {
    const { resumed } = await ctx.db.prisma.$transaction(async (tx) => {
      const done = found(await resumeTarget(tx, ctx.campaign.id, input.targetId));
      await ctx.audit(tx, { action: "letters.target-resumed", subjectType: "Target", subjectId: input.targetId, details: done });
      return done;
    });
    return { ok: "letterDelivery.resumed", values: { count: resumed } };
  },
});

export const cancelTargetQueueAction = organiserAction({
  capability: "letters.deliver",
  schema: targetActionSchema,
  async run(ctx, input) {
    const { cancelled } = await ctx.db.prisma.$transaction(async (tx) => {
      const done = found(await cancelQueuedLetters(tx, ctx.campaign.id, input.targetId));
      await ctx.audit(tx, { action: "letters.queue-cancelled", subjectType: "Target", subjectId: input.targetId, details: done });
      return done;
    });
    return { ok: "letterDelivery.cancelled", values: { count: cancelled } };
  },
});

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
