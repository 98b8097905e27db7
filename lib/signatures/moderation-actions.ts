"use server";

import { z } from "zod";
import { ActionRefusal, organiserAction, organiserFormAction, type CampaignActionContext } from "../organise/organiser-action";
import { AllowlistRefusal, addAllowlistedAddress, removeAllowlistedAddress } from "./allowlist";
import { ModerationError, clearSuspicion, invalidateSignatures, markSignatureNotSuspect } from "./moderate";
import { filterToParams, moderationFilterFields, type ModerationFilter } from "./moderation-filter";

// The signatures page's actions, on the one path (lib/organise/organiser-action.ts): the capability on the
// campaign asked of the database (moderation.decide; the allow-list is the instance admins' alone), the
// strict form (the page's filter rides along as hidden fields), one domain call that writes its audit
// entry in its own transaction, then back to the list with the same filter and a notice of how many rows
// changed. Signatures change the public counts, so public pages are revalidated.

const id = z.string().trim().min(1).max(64);

function backTo(ctx: CampaignActionContext, filter: ModerationFilter, notice: Record<string, string>, hash = ""): string {
  const page = `/${ctx.locale}/organise/campaigns/${encodeURIComponent(ctx.campaign.slug)}/signatures`;
  return `${page}?${new URLSearchParams({ ...filterToParams(filter), ...notice })}${hash}`;
}

/** A domain refusal as the form shows it. */
function refusal(error: unknown): never {
  if (!(error instanceof ModerationError)) throw error;
  if (error.code === "reasonRequired") throw new ActionRefusal("moderation.errors.reasonRequired", "reason");
  if (error.code === "countChanged") throw new ActionRefusal("moderation.errors.countChanged", undefined, { count: error.count ?? 0 });
  throw new ActionRefusal(error.code === "filterTooBroad" ? "moderation.errors.filterTooBroad" : "moderation.errors.nothingMatches");
}

/** Invalidate, or count again, every signature the (confirmed) filter picks. */
export const bulkModerationAction = organiserAction({
  capability: "moderation.decide",
  schema: moderationFilterFields.extend({
    kind: z.enum(["invalidate", "clear"]),
    expectedCount: z.coerce.number().int().min(0),
    reason: z.string().trim().max(500).optional().default(""),
  }),
  public: true,
  async run(ctx, { kind, expectedCount, reason, ...filter }) {
    const target = { campaignId: ctx.campaign.id, filter, expectedCount };
    const { count } = await (kind === "invalidate" ? invalidateSignatures(ctx.db, ctx.actor, target, reason) : clearSuspicion(ctx.db, ctx.actor, target)).catch(refusal);
    return { redirect: backTo(ctx, filter, { done: kind === "invalidate" ? "invalidated" : "cleared", n: String(count) }) };
  },
});

/** "Count it": one signature from the list is no longer suspect (one already decided changes nothing). */
export const markNotSuspectAction = organiserFormAction({
  capability: "moderation.decide",
  schema: moderationFilterFields.extend({ signatureId: id, page: z.string().regex(/^\d{1,6}$/).optional() }),
  public: true,
  async run(ctx, { signatureId, page, ...filter }) {
    const { count } = await markSignatureNotSuspect(ctx.db, ctx.actor, ctx.campaign.id, signatureId).catch((error) => {
      if (error instanceof ModerationError) return { count: 0 };
      throw error;
    });
    return { redirect: backTo(ctx, filter, { ...(page ? { page } : {}), done: "cleared", n: String(count) }) };
  },
});

export const addAllowlistAction = organiserAction({
  capability: "allowlist.manage",
  schema: z.strictObject({ address: z.string(), note: z.string().optional().default("") }),
  async run(ctx, input) {
    try {
      await addAllowlistedAddress(ctx.db, ctx.actor, ctx.campaign.id, input);
    } catch (error) {
      if (!(error instanceof AllowlistRefusal)) throw error;
      if (error.code === "notFound") throw new ActionRefusal("moderation.errors.filterInvalid");
      if (error.code === "noteTooLong") throw new ActionRefusal("moderation.allowlist.noteTooLong", "note");
      throw new ActionRefusal(error.code === "ipInvalid" ? "moderation.errors.ipInvalid" : "moderation.allowlist.alreadyListed", "address");
    }
    return { ok: "moderation.allowlist.added" };
  },
});

export const removeAllowlistAction = organiserFormAction({
  capability: "allowlist.manage",
  schema: z.strictObject({ id }),
  async run(ctx, { id: entryId }) {
    await removeAllowlistedAddress(ctx.db, ctx.actor, ctx.campaign.id, entryId).catch((error) => {
      if (!(error instanceof AllowlistRefusal)) throw error;
    });
    return { redirect: backTo(ctx, {}, { done: "removed" }, "#allowlist") };
  },
});
