import type { MessageKey } from "../i18n/translate";
import { sealFitting, unseal } from "../security/sealed";
import type { ReportFieldError } from "./report";

// What a host without JavaScript must correct in their report, carried from the upload endpoint (a 303)
// to the report page in a short-lived cookie: the messages' keys and the text they typed (photos must be
// chosen again, and the page says so). Sealed (lib/security/sealed.ts), bound to that event's report
// page, HttpOnly, gone after ten minutes. A very long text that does not fit is left out, the messages never.

export const REPORT_CORRECTION_COOKIE = "placard_report_correction";
const MAX_AGE_SECONDS = 600;
const MAX_SEALED_LENGTH = 3800;
const INFO = "event-report-correction v1";

export type ReportCorrection = { fieldErrors: Record<string, ReportFieldError>; formError: MessageKey | null; values: Record<string, string> };

export function sealReportCorrection(correction: ReportCorrection, secret: string, path: string): string {
  const payload = (x: Record<string, string>) => ({ e: correction.fieldErrors, f: correction.formError, x });
  return sealFitting(correction.values, payload, MAX_SEALED_LENGTH, MAX_AGE_SECONDS, { secret, info: INFO, aad: path });
}

export function openReportCorrection(sealed: string | undefined, secret: string, path: string): ReportCorrection | null {
  const data = unseal(sealed, MAX_SEALED_LENGTH, { secret, info: INFO, aad: path }) as { e?: Record<string, ReportFieldError>; f?: MessageKey | null; x?: Record<string, string> } | null;
  if (!data) return null;
  return { fieldErrors: data.e ?? {}, formError: data.f ?? null, values: data.x ?? {} };
}

export function reportCorrectionCookie(sealed: string, path: string, secure: boolean): string {
  return `${REPORT_CORRECTION_COOKIE}=${sealed}; Max-Age=${sealed ? MAX_AGE_SECONDS : 0}; Path=${path}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
