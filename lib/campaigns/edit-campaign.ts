import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import type { CampaignStatus } from "../generated/prisma/enums";
import { safeHttpUrl } from "../content/safe-url";
import { locales, type Locale } from "../i18n/config";
import { isCountryCode } from "../i18n/countries";
import type { MessageKey } from "../i18n/translate";
import { refuseBadPlaceholders } from "../letters/template-write";
import { ActionRefusal } from "../organise/action-refusal";
import { CLOSED_STATE, OPEN_STATE } from "../petitions/states";
import { campaignSummary, campaignTitle } from "./create-campaign";
import { canMoveCampaign, CLOSED_CAMPAIGN, LIVE_CAMPAIGN } from "./states";

// Writing a campaign (owners and editors: "campaign.edit"): its texts per language, its settings, its
// demands, and its state. Each function runs in the caller's transaction (organiserAction's domain call,
// with its audit entry beside it) and touches only the campaign it is given.

type Tx = Prisma.TransactionClient;
const key = (k: MessageKey) => k;

// ---------- texts, per language ----------

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/i;

export const campaignTextsSchema = z.strictObject({
  textLocale: z.enum(locales, key("campaigns.errors.localeInvalid")),
  title: campaignTitle,
  summary: campaignSummary,
  appeal: z
    .string()
    .trim()
    .min(1, key("campaigns.errors.appealRequired"))
    .max(20_000, key("campaigns.errors.appealTooLong"))
    // Markdown only: raw HTML would be shown as text by the renderer (lib/content/markdown.ts); refused
    // here so that the organiser knows at once rather than finding "<script>" printed on the page.
    .refine((v) => !HTML_TAG.test(v), key("campaigns.errors.appealHtml")),
  /** What callers say on the phone (shown on the call page, filled for each office): plain text with placeholders. */
  callScript: z.string().trim().max(5_000, key("campaigns.errors.callScriptTooLong")).optional(),
});

export async function saveCampaignTexts(tx: Tx, campaignId: string, input: z.output<typeof campaignTextsSchema>): Promise<void> {
  const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { locales: true } });
  if (!campaign.locales.includes(input.textLocale)) throw new ActionRefusal("campaigns.errors.localeNotOffered", "textLocale");
  if (input.callScript) refuseBadPlaceholders("callScript", input.callScript);
  const data = { title: input.title, summary: input.summary, appeal: input.appeal, callScript: input.callScript || null };
  await tx.campaignTranslation.upsert({
    where: { campaignId_locale: { campaignId, locale: input.textLocale } },
    create: { campaignId, locale: input.textLocale, ...data },
    update: data,
  });
}

// ---------- settings ----------

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = z.email().max(254);
/** A calendar day that exists (Date.parse takes 2025-02-30 for 2 March). */
const isDay = (v: string) => {
  const day = new Date(`${v}T00:00:00Z`);
  return DATE.test(v) && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === v;
};
const emailList = z
  .string()
  .max(2000)
  .transform((v) => [...new Set(v.split(/[\s,;]+/).map((e) => e.trim().toLowerCase()).filter(Boolean))])
  // One message at the field (not at "copyToEmails.3", which no input shows).
  .refine((list) => list.every((e) => EMAIL.safeParse(e).success), key("campaigns.errors.copyToInvalid"))
  .refine((list) => list.length <= 10, key("campaigns.errors.copyToTooMany"));

export const campaignSettingsSchema = z
  .strictObject({
    defaultLocale: z.enum(locales, key("campaigns.errors.localeInvalid")),
    locales: z.array(z.enum(locales, key("campaigns.errors.localeInvalid"))).min(1, key("campaigns.errors.localesRequired")),
    appealDate: z
      .string()
      .trim()
      .refine((v) => v === "" || isDay(v), key("campaigns.errors.dateInvalid"))
      .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === "" || isCountryCode(v), key("campaigns.errors.countryInvalid"))
      .transform((v) => v || null),
    donateUrl: z
      .string()
      .trim()
      .max(500, key("campaigns.errors.donateUrlInvalid"))
      .refine((v) => v === "" || (v.startsWith("https://") && safeHttpUrl(v) !== null), key("campaigns.errors.donateUrlInvalid"))
      .transform((v) => v || null),
    copyToEmails: emailList,
  })
  .refine((v) => v.locales.includes(v.defaultLocale), { path: ["locales"], message: key("campaigns.errors.defaultNotOffered") });

export async function saveCampaignSettings(tx: Tx, campaignId: string, input: z.output<typeof campaignSettingsSchema>): Promise<void> {
  await tx.campaign.update({
    where: { id: campaignId },
    data: { defaultLocale: input.defaultLocale, locales: [...new Set(input.locales)], appealDate: input.appealDate, country: input.country, donateUrl: input.donateUrl, copyToEmails: input.copyToEmails },
  });
}

// ---------- demands ----------

const demandText = z.string().trim().min(1, key("campaigns.errors.demandRequired")).max(500, key("campaigns.errors.demandTooLong"));
export const addDemandSchema = z.strictObject({ text: demandText });
export const editDemandSchema = z.strictObject({
  demandId: z.string().min(1).max(64),
  text: z.partialRecord(z.enum(locales), z.string().trim().max(500, key("campaigns.errors.demandTooLong"))),
});
export const moveDemandSchema = z.strictObject({ demandId: z.string().min(1).max(64), direction: z.enum(["up", "down"], key("errors.formInvalid")) });
export const demandIdSchema = z.strictObject({ demandId: z.string().min(1).max(64) });

/** A new demand, last, in the campaign's default language. */
export async function addDemand(tx: Tx, campaignId: string, text: string): Promise<{ id: string }> {
  const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { defaultLocale: true } });
  await lockDemands(tx, campaignId);
  const last = await tx.demand.aggregate({ where: { campaignId }, _max: { position: true } });
  return tx.demand.create({
    data: { campaignId, position: (last._max.position ?? 0) + 1, translations: { create: { locale: campaign.defaultLocale, text } } },
    select: { id: true },
  });
}

/** A demand's texts: the default language's may not be emptied; another language's emptied is removed (it falls back). */
export async function editDemand(tx: Tx, campaignId: string, input: z.output<typeof editDemandSchema>): Promise<void> {
  const demand = await tx.demand.findFirst({ where: { id: input.demandId, campaignId }, select: { id: true, campaign: { select: { defaultLocale: true, locales: true } } } });
  if (!demand) throw new ActionRefusal("campaigns.errors.demandGone");
  for (const [locale, text] of Object.entries(input.text) as [Locale, string | undefined][]) {
    if (text === undefined || !demand.campaign.locales.includes(locale)) continue;
    if (text === "") {
      if (locale === demand.campaign.defaultLocale) throw new ActionRefusal("campaigns.errors.demandRequired", `text.${locale}`);
      await tx.demandTranslation.deleteMany({ where: { demandId: demand.id, locale } });
      continue;
    }
    await tx.demandTranslation.upsert({ where: { demandId_locale: { demandId: demand.id, locale } }, create: { demandId: demand.id, locale, text }, update: { text } });
  }
}

/** Swaps a demand with its neighbour among the demands still in use. */
export async function moveDemand(tx: Tx, campaignId: string, input: z.output<typeof moveDemandSchema>): Promise<void> {
  await lockDemands(tx, campaignId);
  const demands = await tx.demand.findMany({ where: { campaignId, retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, position: true } });
  const at = demands.findIndex((d) => d.id === input.demandId);
  if (at === -1) throw new ActionRefusal("campaigns.errors.demandGone");
  const other = demands[input.direction === "up" ? at - 1 : at + 1];
  if (!other) throw new ActionRefusal(input.direction === "up" ? "campaigns.errors.demandFirst" : "campaigns.errors.demandLast");
  const me = demands[at]!;
  // Positions are unique per campaign: through a free one.
  const free = -1 - me.position;
  await tx.demand.update({ where: { id: me.id }, data: { position: free } });
  await tx.demand.update({ where: { id: other.id }, data: { position: me.position } });
  await tx.demand.update({ where: { id: me.id }, data: { position: other.position } });
}

export async function retireDemand(tx: Tx, campaignId: string, demandId: string, retired: boolean, now = new Date()): Promise<void> {
  const { count } = await tx.demand.updateMany({ where: { id: demandId, campaignId, retiredAt: retired ? null : { not: null } }, data: { retiredAt: retired ? now : null } });
  if (count === 0) throw new ActionRefusal("campaigns.errors.demandGone");
}

async function lockDemands(tx: Tx, campaignId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`campaign-demands:${campaignId}`}))`;
}

// ---------- state ----------

export type GoLiveGap = "title" | "appeal" | "demand";

/** What is missing before a campaign may go live: a default-language text with its appeal, and one demand in use. */
export function gapsOf(c: { defaultLocale: string; texts: { locale: string; title: string; appeal: string }[]; demandsInUse: number }): GoLiveGap[] {
  const text = c.texts.find((t) => t.locale === c.defaultLocale);
  const gaps: GoLiveGap[] = [];
  if (!text?.title.trim()) gaps.push("title");
  if (!text?.appeal.trim()) gaps.push("appeal");
  if (c.demandsInUse === 0) gaps.push("demand");
  return gaps;
}

export async function goLiveGaps(tx: Tx | Prisma.DefaultPrismaClient, campaignId: string): Promise<GoLiveGap[]> {
  const c = await tx.campaign.findUniqueOrThrow({
    where: { id: campaignId },
    select: { defaultLocale: true, translations: { select: { locale: true, title: true, appeal: true } }, _count: { select: { demands: { where: { retiredAt: null } } } } },
  });
  return gapsOf({ defaultLocale: c.defaultLocale, texts: c.translations, demandsInUse: c._count.demands });
}

export const changeCampaignStatusSchema = z.strictObject({ to: z.enum(["LIVE", "CLOSED"], key("errors.formInvalid")) });

/** Moves the campaign along its states. Closing closes its open petitions. Returns what changed. */
export async function changeCampaignStatus(tx: Tx, campaignId: string, to: CampaignStatus): Promise<{ from: CampaignStatus; closedPetitions: number }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`campaign-status:${campaignId}`}))`;
  const { status: from } = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { status: true } });
  if (!canMoveCampaign(from, to)) throw new ActionRefusal("campaigns.errors.statusChanged");
  if (to === LIVE_CAMPAIGN) {
    const gaps = await goLiveGaps(tx, campaignId);
    if (gaps.length > 0) throw new ActionRefusal("campaigns.errors.notReady");
  }
  await tx.campaign.update({ where: { id: campaignId }, data: { status: to } });
  let closedPetitions = 0;
  if (to === CLOSED_CAMPAIGN) {
    closedPetitions = (await tx.petition.updateMany({ where: { campaignId, status: OPEN_STATE }, data: { status: CLOSED_STATE, closedAt: new Date() } })).count;
  }
  return { from, closedPetitions };
}
