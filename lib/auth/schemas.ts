import { z } from "zod";
import { locales } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";
import { plainTextOnly } from "../forms/plain-text";
import type { FieldErrorOptions } from "../forms/form-state";

// The sign-in form. Messages are catalogue keys; the action translates them. Strict: unknown fields
// are refused.

export const signInFormSchema = plainTextOnly(z.strictObject({
  email: z
    .string("auth.signIn.invalidEmail" satisfies MessageKey)
    .trim()
    .pipe(z.email("auth.signIn.invalidEmail" satisfies MessageKey).max(254, "auth.signIn.invalidEmail" satisfies MessageKey)),
  locale: z.enum(locales),
  callbackUrl: z.string().max(2000).optional(),
}));

export type SignInForm = z.output<typeof signInFormSchema>;

/** How the sign-in form's issues are placed (lib/forms/form-state.ts): anything but the address is a forged form. */
export const SIGN_IN_FORM_ERRORS = { fields: ["email"], fallback: "auth.signIn.invalidForm" } as const satisfies FieldErrorOptions;
