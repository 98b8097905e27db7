import type { Database } from "../db/client";
import { isDatabaseUnavailable } from "../db/is-unavailable";
import { fieldErrorKeysFrom } from "../forms/form-state";
import { LetterOpeningMethod } from "../generated/prisma/enums";
import { isLocale } from "../i18n/config";
import { getTranslator, type MessageKey } from "../i18n/translate";
import type { TrustedProxy } from "../security/client-ip";
import { clientIpFrom } from "../security/client-ip";
import { isCrossSite } from "../signatures/sign-request";
import { letterFormFields } from "./compose";
import { renderLetterPdf } from "./letter-pdf";
import { prepareOfflineLetter } from "./offline-letters";

// POST /api/letters/print: the composer's "Print (PDF)" button posts the letter form here (formAction,
// form-encoded, without JavaScript). The answer is the letter as a PDF, one page or more per target,
// shown in the browser (inline) to print or save; counted per target as opened on paper. A refused
// form is a short plain-text message (400), and nothing is recorded.

export type PrintContext = { db: () => Promise<Database>; appUrl: string; trustedProxy: TrustedProxy; now?: Date };

const text = (status: number, body: string, extra: Record<string, string> = {}) =>
  new Response(`${body}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...extra } });

export async function answerPrintRequest(request: Request, context: PrintContext): Promise<Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return text(400, getTranslator("en")("letterOffline.formInvalid"));
  }
  const fields = letterFormFields(form);
  const locale = typeof fields.locale === "string" && isLocale(fields.locale) ? fields.locale : "en";
  const t = getTranslator(locale);
  if (isCrossSite(request.headers, context.appUrl)) return text(403, t("letterOffline.crossSite"));
  const ip = clientIpFrom(request.headers, context.trustedProxy);
  const now = context.now ?? new Date();
  let prepared;
  try {
    prepared = await prepareOfflineLetter(await context.db(), fields, { ip, method: LetterOpeningMethod.PRINT, now });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return text(503, t("letterOffline.unavailable"), { "retry-after": "30" });
    throw error;
  }
  if (!prepared.ok) {
    if (prepared.reason === "rate-limited") return text(429, t("letterOffline.rateLimited"), { "retry-after": "600" });
    // Every problem on its own line, with the field it is at, so that the supporter knows what to correct.
    const problems =
      prepared.reason === "invalid"
        ? Object.entries(fieldErrorKeysFrom(prepared.error, "letterOffline.fieldInvalid")).map(([field, key]) => `${field}: ${message(t, key)}`)
        : [`${prepared.error.field}: ${message(t, prepared.error.messageKey)}`];
    return text(400, [t("letterOffline.formInvalid"), ...problems].join("\n"));
  }
  const pdf = await renderLetterPdf(prepared.letter, { now });
  const filename = `letter-${prepared.letter.campaign.slug}-${prepared.letter.template.slug}.pdf`.replace(/[^A-Za-z0-9._-]/g, "-");
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** A catalogue key in the form's language; a key another helper has not added yet reads as the form-level message. */
function message(t: ReturnType<typeof getTranslator>, key: string): string {
  const translated = t(key as MessageKey);
  return translated === key ? t("letterOffline.fieldInvalid") : translated;
}
