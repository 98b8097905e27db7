import crypto from "node:crypto";
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

const keys = new Map<string, Buffer>();
function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = Buffer.from(crypto.hkdfSync("sha256", secret, "placard", "sign-correction-cookie v1", 32))));
  return key;
}

/** What the supporter typed into the visible fields, each cut to a length the form allows. */
export function echoedValues(fields: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of ECHOED) if (typeof fields[name] === "string" && fields[name] !== "") values[name] = fields[name].slice(0, LONGEST_ANSWER);
  return values;
}

export function sealCorrection(correction: Correction, { secret, path, now = Date.now() }: Sealing): string {
  const values = { ...correction.values };
  for (;;) {
    const payload = JSON.stringify({ v: VERSION, exp: now + MAX_AGE_SECONDS * 1000, e: correction.fieldErrors, f: correction.formError, x: values });
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv("aes-256-gcm", keyFor(secret), iv);
    cipher.setAAD(Buffer.from(path));
    const sealed = Buffer.concat([iv, cipher.update(payload, "utf8"), cipher.final(), cipher.getAuthTag()]).toString("base64url");
    const longest = Object.keys(values).sort((a, b) => values[b]!.length - values[a]!.length)[0];
    if (sealed.length <= MAX_SEALED_LENGTH || !longest) return sealed;
    delete values[longest]; // the messages matter more than a very long answer
  }
}

/** The correction sealed for this path, or null when it is missing, expired, tampered with or for another petition. */
export function openCorrection(sealed: string | undefined, { secret, path, now = Date.now() }: Sealing): Correction | null {
  if (!sealed || sealed.length > MAX_SEALED_LENGTH) return null;
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length < 12 + 16) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", keyFor(secret), bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(path));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    const payload = Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
    const data = JSON.parse(payload) as { v: number; exp: number; e: SignatureFieldErrors; f: MessageKey | null; x: Record<string, string> };
    if (data.v !== VERSION || typeof data.exp !== "number" || data.exp < now) return null;
    return { fieldErrors: data.e ?? {}, formError: data.f ?? null, values: data.x ?? {} };
  } catch {
    return null; // wrong key, altered bytes or not ours
  }
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
