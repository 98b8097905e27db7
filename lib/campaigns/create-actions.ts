"use server";

import { adminAction } from "../organise/organiser-action";
import { createCampaign, createCampaignSchema } from "./create-campaign";

// The "new campaign" form (instance admins). The new campaign is a draft; its first owner is invited.

export const createCampaignAction = adminAction({
  schema: createCampaignSchema,
  async run(ctx, input) {
    const campaign = await createCampaign(ctx.db, ctx.actor, input, { locale: ctx.locale, audit: ctx.audit });
    return { redirect: `/${ctx.locale}/organise/campaigns/${campaign.slug}?created=1` };
  },
});
