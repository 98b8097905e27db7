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

/**
 * How a form's issues are placed. `fallback`: the message for an issue whose message is not a catalogue
 * key. `fields`: the form's own fields, when it has a form-level message of its own: an issue at
 * another path (a forged or unknown field, the whole object), or one without a catalogue message, is
 * then put at "form" with the fallback, so a forged post gets one "this form is not valid" message.
 */
export type FieldErrorOptions = { fallback?: MessageKey; fields?: readonly string[] };

/** The one conversion from a schema's issues to messages: the first per field; a message that is a catalogue key is translated. */
export function fieldErrorsFrom(error: ZodError, t: Translator, options: MessageKey | FieldErrorOptions = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrorKeysFrom(error, options)).map(([field, key]) => [field, t(key)]));
}

/** A refused form's messages as FormState: the form-level one (the "form" slot) apart from the fields'; no empty keys. */
export function errorStateFrom(error: ZodError, t: Translator, options: MessageKey | FieldErrorOptions = {}): Pick<FormState, "formError" | "fieldErrors"> {
  const { form, ...fieldErrors } = fieldErrorsFrom(error, t, options);
  return { ...(form ? { formError: form } : {}), ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}) };
}

/** The same placement as fieldErrorsFrom, as catalogue keys (for a message carried before it is shown, e.g. in a cookie). */
export function fieldErrorKeysFrom(error: ZodError, options: MessageKey | FieldErrorOptions = {}): Record<string, MessageKey> {
  const { fallback = "errors.formInvalid", fields } = typeof options === "string" ? { fallback: options } : options;
  const keys: Record<string, MessageKey> = {};
  for (const issue of error.issues) {
    const keyed = isCatalogueKey(issue.message);
    const known = !fields || (typeof issue.path[0] === "string" && fields.includes(issue.path[0]) && keyed);
    const field = known && issue.path.length ? issue.path.map(String).join(".") : "form";
    keys[field] ??= known && keyed ? (issue.message as MessageKey) : fallback;
  }
  return keys;
}

/** A form's typed values that are single answers (what a text field or a select puts back). */
export function textValues(values: FormValues | undefined): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [name, value] of Object.entries(values ?? {})) if (typeof value === "string") texts[name] = value;
  return texts;
}

export function isCatalogueKey(message: string): message is MessageKey {
  return /^[a-zA-Z]+\.[a-zA-Z.]+$/.test(message) && message.split(".").length >= 2;
}
