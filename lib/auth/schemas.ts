import { z } from "zod";
import { locales } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";
import { plainTextOnly } from "../forms/plain-text";

// The sign-in form. Messages are catalogue keys; the action translates them. Strict: unknown fields
// are refused.

export const signInFormSchema = plainTextOnly(z.strictObject({
  email: z
    .string()
    .trim()
    .pipe(z.email("auth.signIn.invalidEmail" satisfies MessageKey).max(254, "auth.signIn.invalidEmail" satisfies MessageKey)),
  locale: z.enum(locales),
  callbackUrl: z.string().max(2000).optional(),
}));

export type SignInForm = z.output<typeof signInFormSchema>;

export type SignInFormState = {
  /** Set when the form must be shown again: a field error or a refusal for everyone (rate limit). */
  error?: { field: "email" | "form"; message: string };
  email?: string;
};
