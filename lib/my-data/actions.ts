"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePublicCampaignPages } from "../campaigns/revalidate-public-pages";
import { getDb } from "../db";
import { env } from "../env";
import { defaultLocale, isLocale, type Locale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { clientIpFrom } from "../security/client-ip";
import { formFields } from "../forms/form-fields";
import type { FormState } from "../forms/form-state";
import { findDataSession, openDataLink } from "./data-link";
import { eraseSupporter } from "./erase-supporter";
import { DATA_LINK_COOKIE, myDataPath } from "./paths";
import { requestDataLink } from "./request-data-link";
import { withdrawSignature } from "./withdraw-signature";

// The "Your data" forms, each a plain POST without JavaScript. After the link is opened, every action
// finds the supporter from the HttpOnly cookie alone (never from a field or a URL); without a valid one it
// writes nothing and shows the "link does not work" page.

function localeOf(fields: Record<string, string>): Locale {
  return isLocale(fields.locale) ? fields.locale : defaultLocale;
}

export async function requestDataLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const locale = localeOf(fields);
  const ip = clientIpFrom(await headers(), env().trustedProxy);
  const result = await requestDataLink(await getDb(), { email: fields.email }, { ip, locale });
  if (result.ok) redirect(`${myDataPath(locale)}?sent=1`);
  return { fieldErrors: { email: getTranslator(locale)(result.fieldErrors.email) }, values: { email: fields.email ?? "" } };
}

export async function openDataLinkAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const locale = localeOf(fields);
  const session = await openDataLink(await getDb(), fields.token);
  if (session) {
    (await cookies()).set(DATA_LINK_COOKIE, fields.token!, {
      httpOnly: true,
      sameSite: "strict",
      secure: env().appUrl.startsWith("https:"),
      path: "/",
      expires: session.expiresAt,
    });
  }
  redirect(myDataPath(locale, "view"));
}

async function currentSession() {
  const token = (await cookies()).get(DATA_LINK_COOKIE)?.value;
  return token ? findDataSession(await getDb(), token) : null;
}

export async function withdrawSignatureAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const locale = localeOf(fields);
  const session = await currentSession();
  if (!session) redirect(myDataPath(locale, "view"));
  const { withdrawn } = await withdrawSignature(await getDb(), session, fields.signatureId);
  if (withdrawn) revalidatePublicCampaignPages();
  redirect(`${myDataPath(locale, "view")}${withdrawn ? "?withdrawn=1" : ""}`);
}

export async function eraseMyDataAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const locale = localeOf(fields);
  const session = await currentSession();
  if (!session) redirect(myDataPath(locale, "view"));
  if (fields.confirm !== "on") redirect(`${myDataPath(locale, "view")}?confirm=missing#erase`);
  await eraseSupporter(await getDb(), session);
  revalidatePublicCampaignPages();
  (await cookies()).delete(DATA_LINK_COOKIE);
  redirect(`${myDataPath(locale, "view")}?erased=1`);
}
