import { refuseForgedRouting } from "./form-fields";
import type { FormValues } from "./form-state";

// A posted form read for a strict schema (server-side; a forged routing field is answered "not found").

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
