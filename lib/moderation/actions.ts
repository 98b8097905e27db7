"use server";

import { organiserAction } from "../organise/organiser-action";
import { decideQueueItem, queueDecisionSchema } from "./decide";

// The moderation queue's one action (moderators and owners: "moderation.decide"): approve (for an
// event, also "approve and trust its host"), or reject with a reason, one item. Back to the queue with
// what was done; public pages change (sponsor list, counts, events).

const DONE = { APPROVE: "Approve", APPROVE_AND_TRUST: "Trust", REJECT: "Reject" } as const;

export const decideQueueItemAction = organiserAction({
  capability: "moderation.decide",
  schema: queueDecisionSchema,
  lists: ["hide"],
  public: true,
  async run(ctx, input) {
    const kind = await decideQueueItem({ db: ctx.db, actor: ctx.actor, campaignId: ctx.campaign.id, audit: ctx.audit }, input);
    return { redirect: `/${ctx.locale}/organise/campaigns/${ctx.campaign.slug}/moderation?done=${kind}${DONE[input.decision]}` };
  },
});
