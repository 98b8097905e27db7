"use server";

import { organiserAction } from "../organise/organiser-action";
import { logReplySchema, replyIdSchema } from "./schemas";
import { deleteTargetReply, logTargetReply, setReplyPublished } from "./write-replies";

// The replies console (owners and editors: "letters.write"): log a reply received from one of the
// campaign's targets, publish or withdraw it on the campaign page, delete it. Public pages change.

const repliesPath = (ctx: { locale: string; campaign: { slug: string } }) => `/${ctx.locale}/organise/campaigns/${ctx.campaign.slug}/replies`;

export const logTargetReplyAction = organiserAction({
  capability: "letters.write",
  schema: logReplySchema,
  multiline: ["text"],
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      const reply = await logTargetReply(tx, ctx.actor, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "replies.logged", subjectType: "TargetReply", subjectId: reply.id, details: { targetId: input.targetId } });
    });
    return { redirect: `${repliesPath(ctx)}?done=logged` };
  },
});

function publishing(publish: boolean) {
  return organiserAction({
    capability: "letters.write",
    schema: replyIdSchema,
    public: true,
    async run(ctx, input) {
      await ctx.db.prisma.$transaction(async (tx) => {
        await setReplyPublished(tx, ctx.actor, ctx.campaign.id, input.replyId, publish);
        await ctx.audit(tx, { action: publish ? "replies.published" : "replies.unpublished", subjectType: "TargetReply", subjectId: input.replyId });
      });
      return { redirect: `${repliesPath(ctx)}?done=${publish ? "published" : "unpublished"}` };
    },
  });
}

export const publishTargetReplyAction = publishing(true);
export const unpublishTargetReplyAction = publishing(false);

export const deleteTargetReplyAction = organiserAction({
  capability: "letters.write",
  schema: replyIdSchema,
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      await deleteTargetReply(tx, ctx.actor, ctx.campaign.id, input.replyId);
      await ctx.audit(tx, { action: "replies.deleted", subjectType: "TargetReply", subjectId: input.replyId });
    });
    return { redirect: `${repliesPath(ctx)}?done=deleted` };
  },
});
