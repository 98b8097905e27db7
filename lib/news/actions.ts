"use server";

import { organiserAction } from "../organise/organiser-action";
import { emailNewsPost } from "./email-news";
import { createNewsPost, createNewsPostSchema, newsPostSchema, newsVersionSchema, saveNewsPost, saveNewsPostSchema, setNewsPublished } from "./write-news";

// The console's news forms (owners and editors: "news.write"): write a post, add or edit its language
// versions, publish or withdraw each, and email a published post to the campaign's subscribers once.
// Public pages change with each of them (the campaign page's news, /news, the feeds).

const postPath = (ctx: { locale: string; campaign: { slug: string } }, slug: string) => `/${ctx.locale}/organise/campaigns/${ctx.campaign.slug}/news/${slug}`;

export const createNewsPostAction = organiserAction({
  capability: "news.write",
  schema: createNewsPostSchema,
  multiline: ["body"],
  public: true,
  async run(ctx, input) {
    const post = await ctx.db.prisma.$transaction(async (tx) => {
      const created = await createNewsPost(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "news.created", subjectType: "NewsPost", subjectId: created.id, details: { slug: created.slug, locale: input.postLocale } });
      return created;
    });
    return { redirect: `${postPath(ctx, post.slug)}?lang=${input.postLocale}&done=created` };
  },
});

export const saveNewsPostAction = organiserAction({
  capability: "news.write",
  schema: saveNewsPostSchema,
  multiline: ["body"],
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      const saved = await saveNewsPost(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "news.saved", subjectType: "NewsPost", subjectId: input.slug, details: { locale: input.postLocale, added: saved.created } });
    });
    return { redirect: `${postPath(ctx, input.slug)}?lang=${input.postLocale}&done=saved` };
  },
});

function publishing(publish: boolean) {
  return organiserAction({
    capability: "news.write",
    schema: newsVersionSchema,
    public: true,
    async run(ctx, input) {
      await ctx.db.prisma.$transaction(async (tx) => {
        await setNewsPublished(tx, ctx.campaign.id, input, publish);
        await ctx.audit(tx, { action: publish ? "news.published" : "news.unpublished", subjectType: "NewsPost", subjectId: input.slug, details: { locale: input.postLocale } });
      });
      return { redirect: `${postPath(ctx, input.slug)}?lang=${input.postLocale}&done=${publish ? "published" : "unpublished"}` };
    },
  });
}

export const publishNewsPostAction = publishing(true);
export const unpublishNewsPostAction = publishing(false);

export const emailNewsPostAction = organiserAction({
  capability: "news.write",
  schema: newsPostSchema,
  async run(ctx, input) {
    const { recipients } = await ctx.db.prisma.$transaction(
      async (tx) => {
        const sent = await emailNewsPost(tx, ctx.campaign.id, input.slug);
        await ctx.audit(tx, { action: "news.emailed", subjectType: "NewsPost", subjectId: input.slug, details: { recipients: sent.recipients } });
        return sent;
      },
      { timeout: 120_000 },
    );
    return { redirect: `${postPath(ctx, input.slug)}?done=emailed&count=${recipients}` };
  },
});
