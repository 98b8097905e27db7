"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { findCampaignHeader } from "../campaigns/find-campaign-header";
import { revalidatePublicCampaignPages } from "../campaigns/revalidate-public-pages";
import { getDb } from "../db";
import { isDatabaseUnavailable } from "../db/is-unavailable";
import { env } from "../env";
import { formFields, refuseForgedRouting } from "../forms/form-fields";
import { errorStateFrom, type FormState } from "../forms/form-state";
import { isLocale } from "../i18n/config";
import { getTranslator, type MessageKey } from "../i18n/translate";
import { clientIpFrom } from "../security/client-ip";
import { confirmEvent } from "./confirm";
import { cancelEventByHost, updateEventByHost } from "./host";
import { hostPath } from "./host-link";
import { registerEvent } from "./register";
import { EVENT_FORM_ERRORS, editEventSchema, eventFormValues, parseEventForm, registerEventSchema } from "./schema";

// Thin actions: guard, parse, one domain call, redirect. Each works as a plain form post.

const REFUSALS: Record<string, MessageKey> = {
  "rate-limited": "eventForm.errors.rateLimited",
  closed: "eventForm.errors.closed",
  "sponsor-unknown": "eventForm.errors.sponsorUnknown",
  started: "eventHost.errors.started",
  "not-found": "eventHost.errors.notFound",
};

/** The registration form (bound to its campaign and locale). Success ends on "check your email". */
export async function registerEventAction(campaignSlug: string, locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  refuseForgedRouting([campaignSlug, locale]);
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const values = eventFormValues(formData);
  const echo = echoValues(values);
  const unavailable: FormState = { formError: t("eventForm.errors.unavailable"), values: echo };
  try {
    const db = await getDb();
    const campaign = await findCampaignHeader(db, campaignSlug, locale);
    if (!campaign) notFound();
    const now = new Date();
    const parsed = parseEventForm(registerEventSchema(now), values, now);
    if (!parsed.success) return { ...errorStateFrom(parsed.error, t, EVENT_FORM_ERRORS), values: echo };
    const ip = clientIpFrom(await headers(), env().trustedProxy);
    const result = await registerEvent(db, campaign.id, parsed.data, { ip, locale });
    if (!result.ok) {
      const message = t(REFUSALS[result.error]!);
      return result.error === "sponsor-unknown" ? { fieldErrors: { sponsorId: message }, values: echo } : { formError: message, values: echo };
    }
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailable;
    throw error;
  }
  redirect(`/${locale}/campaigns/${campaignSlug}/events/check-email`);
}

/** The button on the confirmation page: to the host's private page, or back to the page with the outcome. */
export async function confirmEventAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const locale = isLocale(fields.locale) ? fields.locale : notFound();
  const result = await confirmEvent(await getDb(), fields.token);
  if (result.state === "published" || result.state === "waiting") {
    if (result.state === "published") revalidatePublicCampaignPages();
    redirect(`${hostPath(locale, result.hostToken)}?done=${result.state}`);
  }
  const query = new URLSearchParams({ outcome: result.state, ...("campaignSlug" in result ? { campaign: result.campaignSlug } : {}) });
  redirect(`/${locale}/events/confirm?${query}`);
}

/** The host's changes, from the private page (bound to its locale; the token is a hidden field). */
export async function updateEventAction(locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  refuseForgedRouting([locale]);
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const values = eventFormValues(formData);
  const echo = echoValues(values);
  const now = new Date();
  const parsed = parseEventForm(editEventSchema(now), values, now);
  if (!parsed.success) return { ...errorStateFrom(parsed.error, t, EVENT_FORM_ERRORS), values: echo };
  const { token, ...details } = parsed.data;
  const result = await updateEventByHost(await getDb(), token, details).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  if (!result) return { formError: t("eventForm.errors.unavailable"), values: echo };
  if (!result.ok) {
    const message = t(REFUSALS[result.error] ?? "eventHost.errors.closed");
    return result.error === "sponsor-unknown" ? { fieldErrors: { sponsorId: message }, values: echo } : { formError: message, values: echo };
  }
  revalidatePublicCampaignPages();
  redirect(`${hostPath(locale, token)}?done=${result.state === "published" ? "saved" : "savedWaiting"}`);
}

/** Cancelling, from the private page: a plain form with a confirmation box. */
export async function cancelEventAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const locale = isLocale(fields.locale) ? fields.locale : notFound();
  const token = fields.token ?? "";
  if (fields.sure !== "on") redirect(`${hostPath(locale, token)}?done=notSure#cancel`);
  const result = await cancelEventByHost(await getDb(), token);
  if (!result.ok && result.error === "not-found") notFound();
  revalidatePublicCampaignPages();
  redirect(`${hostPath(locale, token)}?done=${result.ok ? "cancelled" : "notCancelled"}`);
}

/** What the host typed, sent back so that a form without JavaScript is filled in again. */
function echoValues(values: Record<string, unknown>): Record<string, string> {
  const echo: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (typeof value === "string" && name !== "homepage") echo[name] = value.slice(0, 4000);
  return echo;
}
