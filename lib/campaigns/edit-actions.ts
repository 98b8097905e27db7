"use server";

import { organiserAction } from "../organise/organiser-action";
import {
  addDemand,
  addDemandSchema,
  campaignSettingsSchema,
  campaignTextsSchema,
  changeCampaignStatus,
  changeCampaignStatusSchema,
  demandIdSchema,
  editDemand,
  editDemandSchema,
  moveDemand,
  moveDemandSchema,
  retireDemand,
  saveCampaignSettings,
  saveCampaignTexts,
} from "./edit-campaign";

// The console's campaign forms: texts per language, settings, demands, state. Owners and editors
// ("campaign.edit"). Archiving is ending the campaign (end-actions.ts, the owners'). Public pages
// change with each of them.

export const saveCampaignTextsAction = organiserAction({
  capability: "campaign.edit",
  schema: campaignTextsSchema,
  multiline: ["appeal", "callScript"],
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      await saveCampaignTexts(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "campaign.textsSaved", subjectType: "Campaign", subjectId: ctx.campaign.id, details: { locale: input.textLocale } });
    });
    return { ok: "campaigns.texts.saved" };
  },
});

export const saveCampaignSettingsAction = organiserAction({
  capability: "campaign.edit",
  schema: campaignSettingsSchema,
  lists: ["locales"],
  multiline: ["copyToEmails"],
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      await saveCampaignSettings(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "campaign.settingsSaved", subjectType: "Campaign", subjectId: ctx.campaign.id, details: { locales: input.locales, defaultLocale: input.defaultLocale } });
    });
    return { ok: "campaigns.settings.saved" };
  },
});

export const addDemandAction = organiserAction({
  capability: "campaign.edit",
  schema: addDemandSchema,
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      const demand = await addDemand(tx, ctx.campaign.id, input.text);
      await ctx.audit(tx, { action: "demand.added", subjectType: "Demand", subjectId: demand.id });
    });
    return { ok: "campaigns.demands.added" };
  },
});

export const editDemandAction = organiserAction({
  capability: "campaign.edit",
  schema: editDemandSchema,
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      await editDemand(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "demand.edited", subjectType: "Demand", subjectId: input.demandId, details: { locales: Object.keys(input.text) } });
    });
    return { ok: "campaigns.demands.saved" };
  },
});

export const moveDemandAction = organiserAction({
  capability: "campaign.edit",
  schema: moveDemandSchema,
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      await moveDemand(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "demand.moved", subjectType: "Demand", subjectId: input.demandId, details: { direction: input.direction } });
    });
    return { redirect: `/${ctx.locale}/organise/campaigns/${ctx.campaign.slug}/demands?done=moved` };
  },
});

/** Retiring and restoring: the same write, the other way round. */
function demandRetirementAction(retired: boolean) {
  return organiserAction({
    capability: "campaign.edit",
    schema: demandIdSchema,
    public: true,
    async run(ctx, input) {
      await ctx.db.prisma.$transaction(async (tx) => {
        await retireDemand(tx, ctx.campaign.id, input.demandId, retired);
        await ctx.audit(tx, { action: retired ? "demand.retired" : "demand.restored", subjectType: "Demand", subjectId: input.demandId });
      });
      return { redirect: `/${ctx.locale}/organise/campaigns/${ctx.campaign.slug}/demands?done=${retired ? "retired" : "restored"}` };
    },
  });
}

export const retireDemandAction = demandRetirementAction(true);
export const restoreDemandAction = demandRetirementAction(false);

export const changeCampaignStatusAction = organiserAction({
  capability: "campaign.edit",
  schema: changeCampaignStatusSchema,
  public: true,
  async run(ctx, input) {
    const result = await ctx.db.prisma.$transaction(async (tx) => {
      const changed = await changeCampaignStatus(tx, ctx.campaign.id, input.to);
      await ctx.audit(tx, { action: "campaign.statusChanged", subjectType: "Campaign", subjectId: ctx.campaign.id, details: { from: changed.from, to: input.to, closedPetitions: changed.closedPetitions } });
      return changed;
    });
    return { redirect: `/${ctx.locale}/organise/campaigns/${ctx.campaign.slug}/settings?done=${input.to.toLowerCase()}&closed=${result.closedPetitions}` };
  },
});
