import { z } from "zod";
import { Prisma } from "../generated/prisma/client";
import { NewsKind } from "../generated/prisma/enums";
import { locales } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";
import { ActionRefusal } from "../organise/action-refusal";
import { DRAFT_POST, PUBLISHED_POST } from "./states";

// Writing a campaign's news (owners and editors: "news.write"). A post is one address (slug) written in
// one or more of the campaign's languages, one row each; each language version is a draft until it is
// published. Each function runs in the caller's transaction, beside its audit entry, and touches only
// the campaign it is given.

type Tx = Prisma.TransactionClient;
const key = (k: MessageKey) => k;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/i;
/** Addresses the news pages use themselves. */
const RESERVED = new Set(["unsubscribe", "new"]);

export const newsSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, key("newsConsole.errors.slugInvalid"))
  .max(80, key("newsConsole.errors.slugInvalid"))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, key("newsConsole.errors.slugInvalid"))
  .refine((v) => !RESERVED.has(v), key("newsConsole.errors.slugReserved"));

const postText = {
  postLocale: z.enum(locales, key("newsConsole.errors.localeInvalid")),
  kind: z.enum(NewsKind, key("newsConsole.errors.kindInvalid")),
  title: z.string().trim().min(1, key("newsConsole.errors.titleRequired")).max(200, key("newsConsole.errors.titleTooLong")),
  summary: z.string().trim().min(1, key("newsConsole.errors.summaryRequired")).max(500, key("newsConsole.errors.summaryTooLong")),
  body: z
    .string()
    .trim()
    .min(1, key("newsConsole.errors.bodyRequired"))
    .max(20_000, key("newsConsole.errors.bodyTooLong"))
    // Markdown only (lib/content/markdown.ts shows raw HTML as text): refused here, so the writer knows.
    .refine((v) => !HTML_TAG.test(v), key("newsConsole.errors.bodyHtml")),
};

export const createNewsPostSchema = z.strictObject({ slug: newsSlug, ...postText });
export const saveNewsPostSchema = z.strictObject({ slug: z.string().min(1).max(80), ...postText });
export const newsVersionSchema = z.strictObject({ slug: z.string().min(1).max(80), postLocale: z.enum(locales, key("newsConsole.errors.localeInvalid")) });
export const newsPostSchema = z.strictObject({ slug: z.string().min(1).max(80) });

async function offeredLocales(tx: Tx, campaignId: string): Promise<{ locales: string[]; defaultLocale: string }> {
  return tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { locales: true, defaultLocale: true } });
}

/** A new post, a draft in one of the campaign's languages. Its address is the site's (news pages are site-wide). */
export async function createNewsPost(tx: Tx, campaignId: string, input: z.output<typeof createNewsPostSchema>): Promise<{ id: string; slug: string }> {
  const campaign = await offeredLocales(tx, campaignId);
  if (!campaign.locales.includes(input.postLocale)) throw new ActionRefusal("newsConsole.errors.localeNotOffered", "postLocale");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`news-slug:${input.slug}`}))`;
  if (await tx.newsPost.findFirst({ where: { slug: input.slug }, select: { id: true } })) throw new ActionRefusal("newsConsole.errors.slugTaken", "slug");
  try {
    return await tx.newsPost.create({
      data: { campaignId, slug: input.slug, locale: input.postLocale, kind: input.kind, status: DRAFT_POST, title: input.title, summary: input.summary, body: input.body },
      select: { id: true, slug: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ActionRefusal("newsConsole.errors.slugTaken", "slug");
    throw error;
  }
}

/** One language version of a post, written or added (a new one is a draft). The kind is the post's, in every language. */
export async function saveNewsPost(tx: Tx, campaignId: string, input: z.output<typeof saveNewsPostSchema>): Promise<{ created: boolean }> {
  const campaign = await offeredLocales(tx, campaignId);
  if (!campaign.locales.includes(input.postLocale)) throw new ActionRefusal("newsConsole.errors.localeNotOffered", "postLocale");
  const versions = await tx.newsPost.findMany({ where: { campaignId, slug: input.slug }, select: { id: true, locale: true } });
  if (versions.length === 0) throw new ActionRefusal("newsConsole.errors.postGone");
  const text = { title: input.title, summary: input.summary, body: input.body };
  const existing = versions.find((v) => v.locale === input.postLocale);
  if (existing) await tx.newsPost.update({ where: { id: existing.id }, data: text });
  else await tx.newsPost.create({ data: { campaignId, slug: input.slug, locale: input.postLocale, kind: input.kind, status: DRAFT_POST, ...text } });
  await tx.newsPost.updateMany({ where: { campaignId, slug: input.slug }, data: { kind: input.kind } });
  return { created: !existing };
}

/**
 * Publishes or withdraws one language version. A version published again keeps its first publication
 * date (the feed's entry stays where it was). Refused when it is already so, or gone.
 */
export async function setNewsPublished(tx: Tx, campaignId: string, input: z.output<typeof newsVersionSchema>, publish: boolean, now = new Date()): Promise<void> {
  const version = await tx.newsPost.findFirst({ where: { campaignId, slug: input.slug, locale: input.postLocale }, select: { id: true, status: true, publishedAt: true } });
  if (!version) throw new ActionRefusal("newsConsole.errors.postGone");
  const to = publish ? PUBLISHED_POST : DRAFT_POST;
  const { count } = await tx.newsPost.updateMany({
    where: { id: version.id, status: { not: to } },
    data: { status: to, ...(publish && !version.publishedAt ? { publishedAt: now } : {}) },
  });
  if (count === 0) throw new ActionRefusal(publish ? "newsConsole.errors.alreadyPublished" : "newsConsole.errors.alreadyDraft");
}
