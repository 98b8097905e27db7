"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "../db";
import { env } from "../env";
import { formFields, refuseForgedRouting } from "../forms/form-fields";
import type { FormState } from "../forms/form-state";
import { readForm } from "../forms/read-form";
import { isLocale } from "../i18n/config";
import { getTranslator, type MessageKey } from "../i18n/translate";
import { clientIpFrom } from "../security/client-ip";
import { confirmLetter } from "./confirm-letter";
import { sendLetter } from "./send-letter";

// Thin actions: parse, one domain call, redirect. Each works as a plain form post.

/** "Send through Placard" (bound to its campaign, template and locale). Success ends on "check your email". */
export async function sendLetterAction(campaignSlug: string, templateSlug: string, locale: string, _previous: FormState, formData: FormData): Promise<FormState> {
  refuseForgedRouting([campaignSlug, templateSlug, locale]);
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const form = readForm(formData, { lists: ["targets"], meta: [] });
  const fields = { ...form.fields, locale, campaign: campaignSlug, template: templateSlug };
  // What was typed comes back on a refusal, but not the honeypot.
  const { website: _honeypot, ...values } = form.values;
  const ip = clientIpFrom(await headers(), env().trustedProxy);
  const result = await sendLetter(await getDb(), fields, { ip });
  if (!result.ok) {
    const tr = (key: string) => t(key as MessageKey);
    return {
      formError: result.formError ? tr(result.formError) : undefined,
      fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([f, k]) => [f, tr(k)])),
      values,
    };
  }
  // The letter's id, not the address: an address in a URL ends up in logs and histories, and a forged one
  // would be shown as if we had mailed it. The page shows the address of a letter still waiting (lib/letters/send-letter.ts).
  redirect(`/${locale}/campaigns/${campaignSlug}/letters/${templateSlug}/check-email?letter=${encodeURIComponent(result.letterId)}`);
}

/** The button on the confirmation page; the same page then shows what was queued. */
export async function confirmLetterAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const locale = isLocale(fields.locale) ? fields.locale : notFound();
  const token = typeof fields.token === "string" ? fields.token : "";
  const result = await confirmLetter(await getDb(), token, { locale });
  redirect(`/${locale}/letters/confirm?token=${encodeURIComponent(token)}${result.kind === "confirmed" ? "&done=1" : ""}`);
}
