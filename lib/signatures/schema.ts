import { z } from "zod";
import countries from "i18n-iso-countries";
import { locales } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";
import { containsWebAddress } from "../forms/web-address";
import { SIGNATURE_FIELDS, type SignatureField } from "./fields";
import { plainTextOnly } from "../forms/plain-text";
import { fieldErrorKeysFrom } from "../forms/form-state";

// The sign form, as one strict schema (browser-safe: no server imports). Each message is a catalogue key,
// translated where it is shown. Unknown fields are refused, so nobody can post `status=CONFIRMED`.

const FORMULA_START = /^[=+\-@\t\r]/;
const HTML_TAG = /<\s*\/?\s*[a-z!?]/i;

const key = (k: MessageKey) => k;
const tidy = (value: string) => value.replace(/\s+/g, " ").trim();

/** An optional one-line answer: empty means "not given" (null). */
function optionalLine(max: number, tooLong: MessageKey) {
  return z
    .string()
    .transform(tidy)
    .pipe(
      z
        .string()
        .max(max, tooLong)
        .refine((v) => !containsWebAddress(v), key("signature.errors.textHasLink"))
        .refine((v) => !FORMULA_START.test(v), key("signature.errors.textStartsWithSymbol")),
    )
    .transform((v) => v || null)
    .optional()
    .transform((v) => v ?? null);
}

const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const HONEYPOT_FIELD = "homepage";

export const signatureSchema = plainTextOnly(z.strictObject({
  // Printed by sign forms rendered before decision 022 (a page left open in a browser): read and ignored,
  // since the petition signed is the one at the address the form was posted to.
  petitionId: z.string().max(64, key("signature.errors.formInvalid")).optional(),
  locale: z.enum(locales, key("signature.errors.formInvalid")),
  consentTextId: z.string().max(64, key("signature.errors.formInvalid")).optional(),
  name: z
    .string(key("signature.errors.nameRequired"))
    .transform(tidy)
    .pipe(
      z
        .string()
        .min(1, key("signature.errors.nameRequired"))
        .max(100, key("signature.errors.nameTooLong"))
        .refine((v) => !FORMULA_START.test(v), key("signature.errors.nameStartsWithSymbol"))
        .refine((v) => !containsWebAddress(v), key("signature.errors.nameHasLink")),
    ),
  email: z
    .string(key("signature.errors.emailInvalid"))
    .trim()
    .max(254, key("signature.errors.emailInvalid"))
    .pipe(z.email(key("signature.errors.emailInvalid"))),
  country: z
    .string(key("signature.errors.countryRequired"))
    .trim()
    .toUpperCase()
    .refine((v) => /^[A-Z]{2}$/.test(v) && countries.isValid(v), key("signature.errors.countryRequired")),
  city: optionalLine(100, "signature.errors.cityTooLong"),
  organisation: optionalLine(150, "signature.errors.organisationTooLong"),
  role: optionalLine(100, "signature.errors.roleTooLong"),
  comment: z
    .string()
    .trim()
    .max(500, key("signature.errors.commentTooLong"))
    .refine((v) => !HTML_TAG.test(v), key("signature.errors.commentHasHtml"))
    .optional()
    .transform((v) => v || null),
  isPublic: checkbox,
  deliveryConsent: checkbox,
  wantsUpdates: checkbox,
  [HONEYPOT_FIELD]: z.string().max(0, key("signature.errors.formInvalid")).optional(),
}), { multiline: ["comment"] });

export type SignatureInput = z.input<typeof signatureSchema>;
export type SignatureData = z.output<typeof signatureSchema>;

export { SIGNATURE_FIELDS, type SignatureField };

export type SignatureFieldErrors = Partial<Record<SignatureField, MessageKey>>;

/** Field → first message key; a problem outside the visible fields (a forged form) becomes formInvalid. */
export function fieldErrorsOf(error: z.ZodError): { fieldErrors: SignatureFieldErrors; formError: MessageKey | null } {
  // Keys, not messages: a correction without JavaScript carries them in a cookie (./correction.ts).
  const { form, ...fieldErrors } = fieldErrorKeysFrom(error, { fields: SIGNATURE_FIELDS, fallback: "signature.errors.formInvalid" });
  return { fieldErrors, formError: form ?? null };
}

/** Whether the bots' field was filled in (such posts get the usual answer and are not stored). */
export function isHoneypotFilled(raw: unknown): boolean {
  if (!raw || typeof raw !== "object") return false;
  const value = (raw as Record<string, unknown>)[HONEYPOT_FIELD];
  return typeof value === "string" && value.trim() !== "";
}
