"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { requireCapability } from "../auth/session";
import { getDb } from "../db";
import { formFields, refuseForgedRouting } from "../forms/form-fields";
import { defaultLocale, isLocale, type Locale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { revalidatePublicCampaignPages } from "./revalidate-public-pages";
import { endNowSchema, endOfLastDay, lastDayOf, scheduleEndSchema, type CampaignEndState } from "./campaign-end";
import { CampaignEndError, endCampaignNow, scheduleCampaignEnd } from "./end-campaign";

// The console's campaign-end forms. Each: guard, strict parse, one domain call (which checks the lead
// role again in its own query), revalidate. The hidden fields locale, campaignId and campaignSlug only
// route the request.

type Meta = { locale: Locale; campaignId: string; campaignSlug: string };

/** The routing fields apart from the form's own (which the strict schemas check). */
function readForm(formData: FormData): { meta: Meta; fields: Record<string, string> } {
  const { locale, campaignId = "", campaignSlug = "", ...fields } = formFields(formData);
  refuseForgedRouting([locale, campaignId, campaignSlug]);
  return { meta: { locale: isLocale(locale) ? locale : defaultLocale, campaignId, campaignSlug }, fields };
}

function refused(error: unknown, locale: Locale, field: "lastDay" | "understood" | "form", lastDay?: string): CampaignEndState {
  if (!(error instanceof CampaignEndError)) throw error;
  if (error.code === "notFound") notFound();
  return { error: { field: error.code === "lastDayPast" ? "lastDay" : field, message: getTranslator(locale)(`campaignEnd.errors.${error.code}`) }, lastDay };
}

function revalidateConsole(meta: Meta) {
  revalidatePath(`/${meta.locale}/organise/campaigns/${encodeURIComponent(meta.campaignSlug)}`);
}

export async function scheduleCampaignEndAction(_previous: CampaignEndState, formData: FormData): Promise<CampaignEndState> {
  const { meta, fields } = readForm(formData);
  const actor = await requireCapability(meta.campaignId, "campaign.end", meta.locale);
  const t = getTranslator(meta.locale);
  const parsed = scheduleEndSchema.safeParse(fields);
  // Not a date (or a day that does not exist): the message in place. A forged form (other fields): the form's.
  const endsAt = parsed.success ? endOfLastDay(parsed.data.lastDay) : null;
  if (!endsAt) {
    const isForged = !parsed.success && parsed.error.issues.some((issue) => issue.code === "unrecognized_keys");
    const error = isForged ? ({ field: "form", message: t("campaignEnd.errors.form") } as const) : ({ field: "lastDay", message: t("campaignEnd.errors.lastDay") } as const);
    return { error, lastDay: fields.lastDay };
  }
  try {
    await scheduleCampaignEnd(await getDb(), actor, meta.campaignId, endsAt);
  } catch (error) {
    return refused(error, meta.locale, "lastDay", fields.lastDay);
  }
  revalidateConsole(meta);
  return { ok: t("campaignEnd.scheduledNotice", { day: lastDayOf(endsAt) }) };
}

export async function cancelCampaignEndAction(_previous: CampaignEndState, formData: FormData): Promise<CampaignEndState> {
  const { meta } = readForm(formData);
  const actor = await requireCapability(meta.campaignId, "campaign.end", meta.locale);
  try {
    await scheduleCampaignEnd(await getDb(), actor, meta.campaignId, null);
  } catch (error) {
    return refused(error, meta.locale, "form");
  }
  revalidateConsole(meta);
  return { ok: getTranslator(meta.locale)("campaignEnd.cancelledNotice") };
}

export async function endCampaignNowAction(_previous: CampaignEndState, formData: FormData): Promise<CampaignEndState> {
  const { meta, fields } = readForm(formData);
  const actor = await requireCapability(meta.campaignId, "campaign.end", meta.locale);
  const t = getTranslator(meta.locale);
  if (!endNowSchema.safeParse(fields).success) return { error: { field: "understood", message: t("campaignEnd.errors.understood") } };
  let counts;
  try {
    counts = await endCampaignNow(await getDb(), actor, meta.campaignId);
  } catch (error) {
    return refused(error, meta.locale, "form");
  }
  revalidateConsole(meta);
  revalidatePublicCampaignPages();
  return { ok: t("campaignEnd.endedNotice", { signatures: counts.signaturesErased, sponsors: counts.sponsorsErased }) };
}
