"use server";

import { organiserAction } from "../organise/organiser-action";
import { cancelEndForm, endNowForm, lastDayOf, scheduleEndForm } from "./campaign-end";
import { endCampaignNow, scheduleCampaignEnd } from "./end-campaign";

// The console's campaign-end forms, on the one path (lib/organise/organiser-action.ts): campaign.end on
// the campaign, asked of the database; the strict form; one domain call, which asks for the capability
// again in its own query and writes the audit entry in its transaction. Ending now changes public pages.

export const scheduleCampaignEndAction = organiserAction({
  capability: "campaign.end",
  schema: scheduleEndForm,
  async run(ctx, { lastDay: endsAt }) {
    await scheduleCampaignEnd(ctx.db, ctx.actor, ctx.campaign.id, endsAt);
    return { ok: "campaignEnd.scheduledNotice", values: { day: lastDayOf(endsAt) } };
  },
});

export const cancelCampaignEndAction = organiserAction({
  capability: "campaign.end",
  schema: cancelEndForm,
  async run(ctx) {
    await scheduleCampaignEnd(ctx.db, ctx.actor, ctx.campaign.id, null);
    return { ok: "campaignEnd.cancelledNotice" };
  },
});

export const endCampaignNowAction = organiserAction({
  capability: "campaign.end",
  schema: endNowForm,
  public: true,
  async run(ctx) {
    const counts = await endCampaignNow(ctx.db, ctx.actor, ctx.campaign.id);
    return { ok: "campaignEnd.endedNotice", values: { signatures: counts.signaturesErased, sponsors: counts.sponsorsErased } };
  },
});
