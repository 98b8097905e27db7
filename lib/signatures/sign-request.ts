import type { Database } from "../db/client";
import { isDatabaseUnavailable } from "../db/is-unavailable";
import { readFormBody } from "../forms/read-form-body";
import { isLocale, type Locale } from "../i18n/config";
import { getTranslator, type MessageKey } from "../i18n/translate";
import { petitionPath, type PetitionAddress } from "../petitions/paths";
import { clientIpFrom, type TrustedProxy } from "../security/client-ip";
import { clearedCorrectionCookie, correctionCookie, correctionMessages, echoedValues, sealCorrection } from "./correction";
import type { SignFormState } from "./form-state";
import { signPetition, type FollowUp, type SignOptions, type SignResult } from "./sign";
import { answerDatabaseUnavailable } from "./unavailable-answer";

// The sign endpoint (POST /api/sign?locale=…&campaign=…&petition=…), one for browsers with and without JavaScript:
// read the form, one call to signPetition, answer. A plain form post gets redirects (303) to the
// "thanks" page, or to the "correct" page with what to correct in an encrypted cookie; the form's
// script asks for JSON (Accept: application/json) and shows the messages in place. Work that may follow
// a signature (a repeat's reminder) is handed to `runAfter`, to run once the answer has gone: every path
// answers after the same one statement (the route passes Next's after()).

export type SignRequestContext = {
  /** From the endpoint's query (lib/petitions/paths.ts, signEndpointPath): the petition signed, and its pages to answer with. */
  locale: string;
  address: PetitionAddress;
  db: () => Promise<Database>;
  appUrl: string;
  trustedProxy: TrustedProxy;
  /** AUTH_SECRET: the correction cookie's key is derived from it. */
  secret: string;
  /** Runs work after the response has been sent (Next's after(); tests keep it and run it themselves). */
  runAfter: (work: FollowUp) => void;
  /** Tests: rate limits and the like. */
  signOptions?: Omit<SignOptions, "ip" | "locale">;
};

export async function answerSignRequest(request: Request, context: SignRequestContext): Promise<Response> {
  const json = (request.headers.get("accept") ?? "").includes("application/json");
  if (!isLocale(context.locale)) return refuse(404, "signature.errors.formInvalid", json, "en", context);
  const locale = context.locale;
  if (isCrossSite(request.headers, context.appUrl)) return refuse(403, "signature.form.refused", json, locale, context);
  const body = await readFormBody(request);
  if (!body.ok) return refuse(body.status, body.status === 413 ? "signature.form.tooLarge" : "signature.errors.formInvalid", json, locale, context);

  const fields = body.fields;
  const ip = clientIpFrom(request.headers, context.trustedProxy);
  let result: SignResult;
  try {
    result = await signPetition(await context.db(), context.address, fields, { ...context.signOptions, ip, locale });
  } catch (error) {
    // The database went away (docs/decisions/020): 503, and the supporter keeps what they typed.
    if (!isDatabaseUnavailable(error)) throw error;
    const url = new URL(request.url);
    return answerDatabaseUnavailable(json, locale, fields, url.pathname + url.search);
  }
  const here = petitionPath(locale, context.address);
  const scope = { path: here, secure: context.appUrl.startsWith("https:") };

  if (result.ok) {
    if (result.followUp) context.runAfter(result.followUp);
    const thanks = petitionPath(locale, result.address, "thanks");
    // The correction cookie belongs to the petition's pages (their path), so the browser does not send it
    // here: clear it whether or not an earlier try without JavaScript left one.
    const headers = { "set-cookie": clearedCorrectionCookie(scope) };
    return json ? Response.json({ redirect: thanks } satisfies SignFormState, { headers }) : seeOther(thanks, headers);
  }
  if (result.reason === "closed") {
    const page = petitionPath(locale, result.address);
    return json ? Response.json({ redirect: page } satisfies SignFormState) : seeOther(page);
  }
  if (result.reason === "not-found") return refuse(404, "signature.errors.formInvalid", json, locale, context);

  if (json) return Response.json(correctionMessages(result.fieldErrors, result.formError, getTranslator(locale)) satisfies SignFormState, { status: 422 });
  const sealed = sealCorrection({ fieldErrors: result.fieldErrors, formError: result.formError, values: echoedValues(fields) }, { secret: context.secret, path: here });
  return seeOther(petitionPath(locale, context.address, "correct"), { "set-cookie": correctionCookie(sealed, scope) });
}

/** GET on the endpoint (a bookmarked or reloaded address): the form on the petition page. */
export function answerSignPageRequest(context: Pick<SignRequestContext, "locale" | "address">): Response {
  if (!isLocale(context.locale)) return new Response("Not found", { status: 404 });
  return seeOther(`${petitionPath(context.locale, context.address)}#sign`);
}

/** A post from another site's page (its Origin names another host than ours). */
export function isCrossSite(headers: Headers, appUrl: string): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false; // not sent by old browsers, nor by tools: SameSite=Lax covers the cookie
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null": a sandboxed frame, a file, a page that hides its origin
  }
  return host !== headers.get("host") && host !== new URL(appUrl).host;
}

function seeOther(location: string, headers?: Record<string, string>): Response {
  return new Response(null, { status: 303, headers: { location, ...headers } });
}

/** A refusal the supporter can read: JSON for the form's script, else a small page with a way back. */
function refuse(status: number, key: MessageKey, json: boolean, locale: Locale, context: SignRequestContext): Response {
  const t = getTranslator(locale);
  const message = t(key);
  if (json) return Response.json({ formError: message } satisfies SignFormState, { status });
  const back = `${petitionPath(locale, context.address)}#sign`;
  const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(message)}</title><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><p>${escape(message)}</p><p><a href="${escape(back)}">${escape(t("signature.thanks.back"))}</a></p></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
