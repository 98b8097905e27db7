"use server";

import { organiserAction, type CampaignActionContext } from "../organise/organiser-action";
import { createPetitionFromDemands } from "./create-petition-from-demands";
import { updatePetition } from "./update-petition";
import { closePetition, openPetition } from "./change-petition-status";
import { recordDelivery } from "./record-delivery";
import { PetitionRuleError } from "./organiser-errors";
import { changePetitionStatusForm, createPetitionForm, recordDeliveryForm, updatePetitionForm } from "./organiser-schemas";

// The organiser's petition actions, on the one path (lib/organise/organiser-action.ts): petitions.manage on
// the campaign, asked of the database; the strict form; one domain call (which asks for the capability
// again in its own query and writes the audit entry in its transaction); public pages revalidated.

/** The petition the form names, if it is this campaign's: an id from another campaign is "not found". */
async function ofThisCampaign(ctx: CampaignActionContext, petitionId: string): Promise<string> {
  const found = await ctx.db.prisma.petition.count({ where: { id: petitionId, campaignId: ctx.campaign.id } });
  if (found !== 1) throw new PetitionRuleError("notFound");
  return petitionId;
}

function petitionsPath(ctx: CampaignActionContext): string {
  return `/${ctx.locale}/organise/campaigns/${encodeURIComponent(ctx.campaign.slug)}/petitions`;
}

export const createPetitionAction = organiserAction({
  capability: "petitions.manage",
  schema: createPetitionForm,
  lists: ["demandIds", "targetIds", "locales"],
  public: true,
  async run(ctx, input) {
    const { slug } = await createPetitionFromDemands(ctx.db, ctx.actor, { campaignId: ctx.campaign.id, ...input });
    return { redirect: `${petitionsPath(ctx)}/${slug}` };
  },
});

export const updatePetitionAction = organiserAction({
  capability: "petitions.manage",
  schema: updatePetitionForm,
  lists: ["locales"],
  multiline: ["body"],
  public: true,
  async run(ctx, { petitionId, ...input }) {
    await updatePetition(ctx.db, ctx.actor, await ofThisCampaign(ctx, petitionId), input);
    return { ok: "organisePetitions.edit.saved" };
  },
});

export const changePetitionStatusAction = organiserAction({
  capability: "petitions.manage",
  schema: changePetitionStatusForm,
  public: true,
  async run(ctx, { petitionId, to }) {
    const id = await ofThisCampaign(ctx, petitionId);
    if (to === "OPEN") await openPetition(ctx.db, ctx.actor, id);
    else await closePetition(ctx.db, ctx.actor, id);
    return { ok: to === "OPEN" ? "organisePetitions.edit.opened" : "organisePetitions.edit.closed" };
  },
});

export const recordDeliveryAction = organiserAction({
  capability: "petitions.manage",
  schema: recordDeliveryForm,
  multiline: ["notes"],
  public: true,
  async run(ctx, { petitionId, ...input }) {
    await recordDelivery(ctx.db, ctx.actor, { petitionId: await ofThisCampaign(ctx, petitionId), ...input });
    return { ok: "organisePetitions.edit.recorded" };
  },
});
