"use server";

import { organiserAction, organiserFormAction } from "../organise/organiser-action";
import { deleteTarget, deleteTargetSchema, importTargets, importTargetsSchema, letterSettingsSchema, saveLetterSettings } from "./directory";

// The console's directory forms (owners and editors: "targets.edit"): import a CSV (all rows or none),
// the campaign's fallback target and letters-per-hour cap, and removing an unused entry. Public pages
// (the directory, letters, call) change with each.

export const importTargetsAction = organiserAction({
  capability: "targets.edit",
  schema: importTargetsSchema,
  multiline: ["csv"],
  public: true,
  async run(ctx, input) {
    const result = await ctx.db.prisma.$transaction(async (tx) => {
      const written = await importTargets(tx, ctx.campaign.id, input.csv, ctx.t);
      await ctx.audit(tx, { action: "targets.imported", subjectType: "Campaign", subjectId: ctx.campaign.id, details: written });
      return written;
    });
    return { ok: "targetDirectory.imported", values: result };
  },
});

export const saveLetterSettingsAction = organiserAction({
  capability: "targets.edit",
  schema: letterSettingsSchema,
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      await saveLetterSettings(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "targets.settings", subjectType: "Campaign", subjectId: ctx.campaign.id, details: { letterHourlyCap: input.letterHourlyCap, fallback: Boolean(input.fallbackTargetId) } });
    });
    return { ok: "targetDirectory.settingsSaved" };
  },
});

export const deleteTargetAction = organiserFormAction({
  capability: "targets.edit",
  schema: deleteTargetSchema,
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      const slug = await deleteTarget(tx, ctx.campaign.id, input.targetId);
      await ctx.audit(tx, { action: "targets.deleted", subjectType: "Target", subjectId: input.targetId, details: { slug } });
    });
    return { redirect: `/${ctx.locale}/organise/campaigns/${ctx.campaign.slug}/targets?done=deleted` };
  },
});
