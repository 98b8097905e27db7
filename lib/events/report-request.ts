import type { Database } from "../db/client";
import { isDatabaseUnavailable } from "../db/is-unavailable";
import { fieldErrorKeysFrom } from "../forms/form-state";
import { readFormWithFiles } from "../forms/read-form-body";
import { isLocale, type Locale } from "../i18n/config";
import { getTranslator, type MessageKey } from "../i18n/translate";
import { isCrossSite } from "../signatures/sign-request";
import { findEventByHostToken, hostPath, hostReportPath } from "./host-link";
import { MAX_PHOTOS, MAX_PHOTO_BYTES } from "./photos/process";
import type { PhotoStorage } from "./photos/storage";
import { submitEventReport, type HostEvent, type ReportFieldError } from "./report";
import { reportCorrectionCookie, sealReportCorrection } from "./report-correction";
import { REPORT_FIELDS, eventReportSchema } from "./report-schema";

// Where the report form posts (multipart, with its photos): /api/events/report?locale=…&token=…
// A route handler rather than a server action, so that photos of several megabytes may come while every
// server action keeps Next's 1 MB limit. With JavaScript the form's script sends it and shows the answer
// in place (JSON); without, a 303: to the host's page when it is saved, back to the report page with the
// messages and the text (a sealed cookie, lib/events/report-correction.ts) when not.

/** Every photo at its largest, and the text fields. */
export const REPORT_BODY_LIMIT = MAX_PHOTOS * MAX_PHOTO_BYTES + 256 * 1024;

const REFUSALS: Record<string, MessageKey> = {
  "not-yet": "eventReport.errors.notYet",
  closed: "eventReport.errors.closed",
  already: "eventReport.errors.already",
  "rate-limited": "eventReport.errors.rateLimited",
};

type Context = { db: () => Promise<Database>; storage: () => Promise<PhotoStorage>; appUrl: string; secret: string };

export async function answerReportRequest(request: Request, context: Context): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const locale = query.get("locale") ?? "";
  const token = query.get("token") ?? "";
  if (!isLocale(locale) || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return text(404, "Not found");
  const t = getTranslator(locale);
  const json = (request.headers.get("accept") ?? "").includes("application/json");
  if (isCrossSite(request.headers, context.appUrl)) return text(403, t("eventReport.errors.crossSite"));
  const answer = new Answer(json, locale, token, context);
  // A link that opens no event reads no body (up to 60 MB of it).
  let event: HostEvent | null;
  try {
    event = await findEventByHostToken(await context.db(), token);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return answer.refused({}, "eventReport.errors.unavailable", {}, 503);
    throw error;
  }
  if (!event) return text(404, "Not found");

  const body = await readFormWithFiles(request, REPORT_BODY_LIMIT);
  if (!body.ok) return answer.refused({}, body.status === 413 ? "eventReport.errors.tooLarge" : "eventReport.errors.formInvalid", {}, body.status === 413 ? 413 : 400);
  const values: Record<string, string> = {};
  for (const name of REPORT_FIELDS) if (typeof body.fields[name] === "string") values[name] = body.fields[name].slice(0, 4000);
  const parsed = eventReportSchema.safeParse(body.fields);
  if (!parsed.success) {
    const keys = fieldErrorKeysFrom(parsed.error, { fields: REPORT_FIELDS, fallback: "eventReport.errors.formInvalid" });
    const { form, ...fields } = keys;
    return answer.refused(Object.fromEntries(Object.entries(fields).map(([name, key]) => [name, { key }])), form ?? null, values);
  }
  const uploads = Object.values(body.files).flat();
  try {
    const result = await submitEventReport(await context.db(), await context.storage(), event, parsed.data, uploads);
    if (result.ok) return answer.saved();
    if ("fieldErrors" in result) return answer.refused(result.fieldErrors, null, values);
    if (result.error === "not-found") return text(404, "Not found");
    return answer.refused({}, REFUSALS[result.error]!, values);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return answer.refused({}, "eventReport.errors.unavailable", values, 503);
    throw error;
  }
}

class Answer {
  constructor(
    private readonly json: boolean,
    private readonly locale: Locale,
    private readonly token: string,
    private readonly context: Context,
  ) {}

  private get page(): string {
    return hostReportPath(this.locale, this.token);
  }

  saved(): Response {
    const to = `${hostPath(this.locale, this.token)}?done=reported`;
    const clear = reportCorrectionCookie("", this.page, this.context.appUrl.startsWith("https:"));
    if (this.json) return Response.json({ redirect: to }, { headers: { "set-cookie": clear } });
    return new Response(null, { status: 303, headers: { location: to, "set-cookie": clear } });
  }

  refused(fieldErrors: Record<string, ReportFieldError>, formError: MessageKey | null, values: Record<string, string>, status = 422): Response {
    const t = getTranslator(this.locale);
    if (this.json) {
      const messages = Object.fromEntries(Object.entries(fieldErrors).map(([name, e]) => [name, t(e.key, e.values)]));
      return Response.json({ fieldErrors: messages, formError: formError ? t(formError) : Object.keys(messages).length ? t("eventReport.errors.summary", { count: Object.keys(messages).length }) : null }, { status });
    }
    const sealed = sealReportCorrection({ fieldErrors, formError, values }, this.context.secret, this.page);
    return new Response(null, { status: 303, headers: { location: `${this.page}#report-form`, "set-cookie": reportCorrectionCookie(sealed, this.page, this.context.appUrl.startsWith("https:")) } });
  }
}

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
