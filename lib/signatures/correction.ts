import { sealFitting, unseal } from "../security/sealed";
import type { MessageKey, Translator } from "../i18n/translate";
import { SIGNATURE_FIELDS, type SignatureField } from "./fields";
import type { SignFormState } from "./form-state";
import type { SignatureFieldErrors } from "./schema";

// What a supporter without JavaScript must correct, carried from the sign endpoint (a 303) to the
// petition's "correct" page in a short-lived cookie: the messages' keys and what they typed, never the
// bots' field. Personal data, so the cookie is encrypted and authenticated (AES-256-GCM, its key derived
// from AUTH_SECRET), bound to one petition's path, HttpOnly, and gone after ten minutes.

export const CORRECTION_COOKIE = "placard_sign_correction";
const MAX_AGE_SECONDS = 600;
const VERSION = 1;
/** Browsers keep about 4 kB per cookie; past this, the longest answers are left out. */
const MAX_SEALED_LENGTH = 3600;
/** The answers put back in the form (the honeypot and hidden fields are not). */
const ECHOED = [...SIGNATURE_FIELDS, "isPublic", "deliveryConsent", "wantsUpdates"] as const;
const LONGEST_ANSWER = 500;

export type Correction = { fieldErrors: SignatureFieldErrors; formError: MessageKey | null; values: Record<string, string> };
type Sealing = { secret: string; path: string; now?: number };

/** What the supporter typed into the visible fields, each cut to a length the form allows. */
export function echoedValues(fields: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of ECHOED) if (typeof fields[name] === "string" && fields[name] !== "") values[name] = fields[name].slice(0, LONGEST_ANSWER);
  return values;
}

const INFO = "sign-correction-cookie v1";

export function sealCorrection(correction: Correction, { secret, path, now = Date.now() }: Sealing): string {
  const payload = (x: Record<string, string>) => ({ v: VERSION, e: correction.fieldErrors, f: correction.formError, x });
  return sealFitting(correction.values, payload, MAX_SEALED_LENGTH, MAX_AGE_SECONDS, { secret, info: INFO, aad: path, now });
}

/** The correction sealed for this path, or null when it is missing, expired, tampered with or for another petition. */
export function openCorrection(sealed: string | undefined, { secret, path, now = Date.now() }: Sealing): Correction | null {
  const data = unseal(sealed, MAX_SEALED_LENGTH, { secret, info: INFO, aad: path, now }) as { v?: number; e?: SignatureFieldErrors; f?: MessageKey | null; x?: Record<string, string> } | null;
  if (!data || data.v !== VERSION) return null;
  return { fieldErrors: data.e ?? {}, formError: data.f ?? null, values: data.x ?? {} };
}

type CookieScope = { path: string; secure: boolean };
const attributes = ({ path, secure }: CookieScope) => `Path=${path}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;

/** Set-Cookie for a sealed correction. */
export function correctionCookie(sealed: string, scope: CookieScope): string {
  return `${CORRECTION_COOKIE}=${sealed}; Max-Age=${MAX_AGE_SECONDS}; ${attributes(scope)}`;
}

/** Set-Cookie that removes it (after a successful signature). */
export function clearedCorrectionCookie(scope: CookieScope): string {
  return `${CORRECTION_COOKIE}=; Max-Age=0; ${attributes(scope)}`;
}

/** The messages to show, translated, with the summary's heading ("2 answers need correcting:"). */
export function correctionMessages(fieldErrors: SignatureFieldErrors, formError: MessageKey | null, t: Translator): Pick<SignFormState, "fieldErrors" | "formError" | "summary"> {
  const messages: Record<string, string> = {};
  for (const [field, key] of Object.entries(fieldErrors) as [SignatureField, MessageKey][]) messages[field] = t(key);
  const count = Object.keys(messages).length;
  return {
    ...(count > 0 ? { fieldErrors: messages, summary: t("signature.form.errorSummary", { count }) } : {}),
    ...(formError ? { formError: t(formError) } : {}),
  };
}
