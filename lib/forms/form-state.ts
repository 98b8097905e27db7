import type { ZodError } from "zod";
import type { MessageKey, Translator } from "../i18n/translate";

// The one shape every form's action hands back to its page (issue 10), supporters' and organisers'
// alike: a notice, a message for the whole form, messages at fields, and what was typed, so that a
// form rendered again without JavaScript keeps it. Messages are already translated. Browser-safe.

export type FormValues = Record<string, string | string[]>;

export type FormState = {
  /** Done: the notice to show ("Saved."). */
  ok?: string;
  /** A message for the whole form (above its fields, announced). */
  formError?: string;
  /** Field name ("title.en", "demandIds.0") → message at that field. */
  fieldErrors?: Record<string, string>;
  values?: FormValues;
};

/** The one conversion from a schema's issues to messages: the first per field; a message that is a catalogue key is translated. */
export function fieldErrorsFrom(error: ZodError, t: Translator, fallback: MessageKey = "errors.formInvalid"): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "form";
    errors[field] ??= isCatalogueKey(issue.message) ? t(issue.message) : t(fallback);
  }
  return errors;
}

export function isCatalogueKey(message: string): message is MessageKey {
  return /^[a-zA-Z]+\.[a-zA-Z.]+$/.test(message) && message.split(".").length >= 2;
}
