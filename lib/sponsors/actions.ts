"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { findCampaignHeader } from "../campaigns/find-campaign-header";
import { getDb } from "../db";
import { isDatabaseUnavailable } from "../db/is-unavailable";
import { env } from "../env";
import { formFields, refuseForgedRouting } from "../forms/form-fields";
import { isLocale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { clientIpFrom } from "../security/client-ip";
import { addSponsor } from "./add-sponsor";
import { confirmSponsor } from "./confirm";
import { SPONSOR_FORM_ERRORS, sponsorFormValues, sponsorSchema } from "./schema";
import { errorStateFrom, type FormState } from "../forms/form-state";

// Thin actions: guard, parse, one domain call, redirect. Each works as a plain form post.

/** The sponsor form (bound to its campaign and locale). Success ends on the "check your email" page. */
export async function addSponsorAction(campaignSlug: string, locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  refuseForgedRouting([campaignSlug, locale]);
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const db = await getDb();
  const values = sponsorFormValues(formData);
  const echo = echoValues(values);
  const unavailable: FormState = { formError: t("sponsors.errors.unavailable"), values: echo };
  const campaign = await findCampaignHeader(db, campaignSlug, locale).catch(orUnavailable);
  if (campaign === UNAVAILABLE) return unavailable;
  if (!campaign) notFound();
  const parsed = sponsorSchema.safeParse(values);
  if (!parsed.success) {
    return { ...errorStateFrom(parsed.error, t, SPONSOR_FORM_ERRORS), values: echo };
  }
  const ip = clientIpFrom(await headers(), env().trustedProxy);
  const result = await addSponsor(db, { campaignId: campaign.id, sponsor: parsed.data }, { ip, locale }).catch(orUnavailable);
  if (result === UNAVAILABLE) return unavailable;
  if (!result.ok) {
    return { formError: t(result.error === "rate-limited" ? "sponsors.errors.rateLimited" : "sponsors.errors.closed"), values: echo };
  }
  redirect(`/${locale}/campaigns/${campaign.slug}/sponsors/check-email`);
}

/** The button on the confirmation page; the outcome is shown by the same page. */
export async function confirmSponsorAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const locale = isLocale(fields.locale) ? fields.locale : notFound();
  const result = await confirmSponsor(await getDb(), fields.token);
  const query = new URLSearchParams({ outcome: result.state, ...("campaignSlug" in result ? { campaign: result.campaignSlug } : {}) });
  redirect(`/${locale}/sponsors/confirm?${query}`);
}

/** Approve or reject from the moderation page (bound to its campaign and locale). */
// The database went away (docs/decisions/020): the form comes back with the answers and "nothing was saved".
const UNAVAILABLE = Symbol("database unavailable");
function orUnavailable(error: unknown): typeof UNAVAILABLE {
  if (isDatabaseUnavailable(error)) return UNAVAILABLE;
  throw error;
}

/** What the person typed, sent back so that a form without JavaScript is filled in again. */
function echoValues(values: Record<string, unknown>): Record<string, string> {
  const echo: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (typeof value === "string" && name !== "homepage") echo[name] = value.slice(0, 300);
  return echo;
}
