"use server";

import { organiserAction } from "../organise/organiser-action";
import { declareDayOfActionSchema, editDayOfActionSchema, removeDayOfActionSchema } from "./day-of-action-schema";
import { declareDayOfAction, editDayOfAction, removeDayOfAction } from "./days-of-action";

// The days-of-action console (app/[locale]/organise/campaigns/[campaign]/events): thin actions on the
// one action path, for those who may edit the campaign. The public list and calendar change too.

export const declareDayOfActionAction = organiserAction({
  capability: "campaign.edit",
  schema: declareDayOfActionSchema,
  multiline: ["description"],
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      const day = await declareDayOfAction(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "dayOfAction.declared", subjectType: "DayOfAction", subjectId: day.id, details: { date: day.date } });
    });
    return { ok: "daysOfAction.added" };
  },
});

export const editDayOfActionAction = organiserAction({
  capability: "campaign.edit",
  schema: editDayOfActionSchema,
  multiline: ["description"],
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      const day = await editDayOfAction(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "dayOfAction.edited", subjectType: "DayOfAction", subjectId: day.id, details: { date: day.date } });
    });
    return { ok: "daysOfAction.saved" };
  },
});

export const removeDayOfActionAction = organiserAction({
  capability: "campaign.edit",
  schema: removeDayOfActionSchema,
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      const day = await removeDayOfAction(tx, ctx.campaign.id, input.dayId);
      await ctx.audit(tx, { action: "dayOfAction.removed", subjectType: "DayOfAction", subjectId: day.id, details: { date: day.date } });
    });
    return { ok: "daysOfAction.removed" };
  },
});
