import type { ZodError } from "zod";
import { refuseForgedRouting } from "../forms/form-fields";
import type { MessageKey, Translator } from "../i18n/translate";

// What the organiser's petition forms send back to the page: a notice, or errors in place (field
// name → message), and the values typed, so that a form re-rendered without JavaScript keeps them.
// Server-side: a forged routing field is answered "not found" (refuseForgedRouting); pages import types only.

export type FormValues = Record<string, string | string[]>;

export type OrganiserFormState = {
  ok?: string;
  formError?: string;
  fieldErrors?: Record<string, string>;
  values?: FormValues;
};

/**
 * A form's fields as an object for a strict schema: React's own `$ACTION…` fields dropped, names in
 * `lists` read as arrays (checkboxes), dotted names nested ("title.en" → { title: { en } }).
 * `meta` names (hidden routing fields such as locale or petitionId) are returned apart; one holding a
 * control character was forged, and the request is answered "not found".
 */
export function readForm<M extends string>(
  formData: FormData,
  options: { lists?: readonly string[]; meta: readonly M[] },
): { meta: Partial<Record<M, string>>; fields: Record<string, unknown>; values: FormValues } {
  const lists = new Set(options.lists ?? []);
  const metaNames = new Set<string>(options.meta);
  const meta: Partial<Record<M, string>> = {};
  const fields: Record<string, unknown> = {};
  const values: FormValues = {};
  for (const name of lists) fields[name] = [];
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    if (metaNames.has(key)) {
      meta[key as M] = value;
      continue;
    }
    if (lists.has(key)) {
      (fields[key] as string[]).push(value);
      values[key] = fields[key] as string[];
      continue;
    }
    values[key] = value;
    const [head, ...rest] = key.split(".");
    if (rest.length === 1 && head) {
      const group = (fields[head] ??= {}) as Record<string, unknown>;
      if (typeof group === "object") group[rest[0]!] = value;
    } else {
      fields[key] = value;
    }
  }
  refuseForgedRouting(meta);
  return { meta, fields, values };
}

/** The first message per field, translated ("title.en" → "Write a title…"). */
export function fieldErrorsFrom(error: ZodError, t: Translator): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "form";
    errors[field] ??= isCatalogueKey(issue.message) ? t(issue.message) : t("organisePetitions.errors.form");
  }
  return errors;
}

function isCatalogueKey(message: string): message is MessageKey {
  return /^[a-zA-Z]+\.[a-zA-Z.]+$/.test(message) && message.split(".").length >= 2;
}
