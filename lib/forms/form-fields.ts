import { notFound } from "next/navigation";
import { hasControlCharacter } from "./plain-text";

// A form's own fields as a plain object, for a strict zod schema. React adds fields of its own to a
// server action's form (`$ACTION_REF_1`, `$ACTION_KEY`...); they are dropped here so that strict
// schemas can still refuse every other unknown field. Repeated names keep their last value.

export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") fields[key] = value;
  }
  return fields;
}

/**
 * The routing values of an organiser's form or action (hidden ids, a slug, the language, an action's
 * bound values) are written by our own pages: one that holds a control character was forged. It is
 * answered "not found" before it reaches a query (PostgreSQL refuses a NUL in a parameter with an
 * error, which answered 500) or falls back to a default (a language that is not one would otherwise
 * run the action in English).
 */
export function refuseForgedRouting(values: Record<string, string | undefined> | readonly unknown[]): void {
  for (const value of Object.values(values)) {
    if (value === undefined) continue;
    // A bound value arrives as JSON that the caller wrote: an object or a number where a page binds a string.
    if (typeof value !== "string" || hasControlCharacter(value)) notFound();
  }
}
