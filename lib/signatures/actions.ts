"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db";
import { isDatabaseUnavailable } from "../db/is-unavailable";
import { env } from "../env";
import { defaultLocale, isLocale, type Locale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { signatureConfirmPath } from "../petitions/paths";
import { clientIpFrom } from "../security/client-ip";
import { confirmSignature, resendForExpiredLink } from "./confirm";
import { formFields } from "../forms/form-fields";
import type { FormState } from "../forms/form-state";
import { resendConfirmation } from "./resend";

// Thin server actions for the supporter's other forms: read the form, call one domain function, redirect
// or hand back translated messages. Each works as a plain POST without JavaScript. (The sign form posts
// to a route handler instead, for speed in a surge: ./sign-request.ts.)

function localeOf(fields: Record<string, string>): Locale {
  return isLocale(fields.locale) ? fields.locale : defaultLocale;
}

async function clientIp(): Promise<string> {
  return clientIpFrom(await headers(), env().trustedProxy);
}

export async function confirmSignatureAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const locale = localeOf(fields);
  const token = fields.token ?? "";
  const result = await confirmSignature(await getDb(), token, { locale });
  const back = signatureConfirmPath(locale, token);
  redirect(result.kind === "confirmed" ? `${back}&done=1` : back);
}

export async function resendForExpiredLinkAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const locale = localeOf(fields);
  await resendForExpiredLink(await getDb(), fields.token, { locale, ip: await clientIp() });
  redirect(`/${locale}/signatures/resend?sent=1`);
}

export async function resendConfirmationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const locale = localeOf(fields);
  const t = getTranslator(locale);
  const ip = await clientIp();
  const result = await resendConfirmation(await getDb(), fields, { ip, locale }).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null; // docs/decisions/020: the form comes back as it was
    throw error;
  });
  if (!result) return { formError: t("signature.resend.unavailable"), values: fields };
  if (result.ok) redirect(`/${locale}/signatures/resend?sent=1`);
  if (result.reason === "rate-limited") return { formError: t("signature.resend.tooMany"), values: fields };
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([field, key]) => [field, t(key!)]));
  return { fieldErrors, ...(result.formError ? { formError: t(result.formError) } : {}), values: fields };
}
