"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getDb } from "../db";
import { env } from "../env";
import { formFields } from "../forms/form-fields";
import { errorStateFrom, type FormState } from "../forms/form-state";
import { defaultLocale, isLocale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { clientIpFrom } from "../security/client-ip";
import { authConfig } from "./config";
import { requestSignInLink } from "./request-link";
import { SIGN_IN_FORM_ERRORS, signInFormSchema } from "./schemas";
import { sessionCookieNames } from "./session-cookie";
import { endSessions } from "./sessions";

/** The sign-in form: known or not, the address ends on the same "check your email" page. */
export async function requestSignInLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const locale = isLocale(fields.locale) ? fields.locale : defaultLocale;
  const t = getTranslator(locale);
  const parsed = signInFormSchema.safeParse(fields);
  if (!parsed.success) {
    return { ...errorStateFrom(parsed.error, t, SIGN_IN_FORM_ERRORS), values: { email: fields.email ?? "" } };
  }
  const ip = clientIpFrom(await headers(), env().trustedProxy);
  // The address is looked up, and its link mailed, after the answer: it takes as long for anyone.
  const outcome = await requestSignInLink(await getDb(), { ...parsed.data, ip }, authConfig(), new Date(), afterTheAnswer);
  if (outcome.kind === "rate-limited") {
    return { formError: t("auth.signIn.tooMany"), values: { email: parsed.data.email } };
  }
  redirect(`/${locale}/auth/check-email`);
}

function afterTheAnswer(task: () => Promise<unknown>): void {
  // A busy database may refuse the work once (a pool or lock wait running out): the person has been told
  // to check their email, so it is tried once more before giving up.
  after(() =>
    task()
      .catch(() => new Promise((resolve) => setTimeout(resolve, 1000)).then(task))
      .catch((error: unknown) => {
        // No address, token or query in the log: only what kind of failure it was.
        console.error(`placard: a sign-in link could not be queued (${error instanceof Error ? error.name : "unknown error"})`);
      }),
  );
}

/** Sign out: the session row goes, then the cookie. Works as a plain form post. */
export async function signOutAction(formData: FormData): Promise<void> {
  const fields = formFields(formData);
  const locale = isLocale(fields.locale) ? fields.locale : defaultLocale;
  const jar = await cookies();
  const names = sessionCookieNames().filter((name) => jar.has(name));
  await endSessions(
    await getDb(),
    names.map((name) => jar.get(name)!.value),
  );
  for (const name of names) {
    jar.set(name, "", { expires: new Date(0), path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
  redirect(`/${locale}`);
}
