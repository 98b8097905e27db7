"use server";

import { organiserFormAction } from "../organise/organiser-action";
import { moderateSponsors } from "./moderate";
import { moderationForm, requestOf } from "./moderation-schema";

// The sponsors page's one form, on the one path (lib/organise/organiser-action.ts): moderation.decide on
// the campaign, asked of the database; the strict form; one domain call (which writes the audit entries
// and any rejection email in its transaction); then back to the page with how many entries changed.

export const moderateSponsorsAction = organiserFormAction({
  capability: "moderation.decide",
  schema: moderationForm,
  lists: ["sponsorId"],
  multiline: ["note"],
  public: true,
  async run(ctx, input) {
    const page = `/${ctx.locale}/organise/campaigns/${encodeURIComponent(ctx.campaign.slug)}/sponsors`;
    const request = requestOf(input);
    if (request.sponsorIds.length === 0) return { redirect: `${page}?notice=nothing-selected` };
    const { changed } = await moderateSponsors(ctx.db, ctx.actor, { campaignId: ctx.campaign.id, ...request });
    return { redirect: `${page}?${new URLSearchParams({ notice: "done", decision: request.decision, count: String(changed) })}` };
  },
});
