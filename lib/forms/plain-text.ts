import { z } from "zod";
import type { MessageKey } from "../i18n/translate";

// Text typed into a form is printable text. Refused in every field of every form: the C0 controls
// (NUL among them: PostgreSQL cannot store it, and it answered 500), DEL, the C1 controls, the line and
// paragraph separators U+2028/U+2029 (invisible, and line breaks to some readers) and lone surrogates
// (half a character, which no text encoding can write). Tab and line breaks are allowed only in the
// fields a form names as multi-line (a comment, a petition's text). Browser-safe: no server imports.

/** The message at a field that holds one (lib/i18n/messages: errors.controlCharacter). */
export const CONTROL_CHARACTER_MESSAGE = "errors.controlCharacter" satisfies MessageKey;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TAB_OR_LINE_BREAK = /[\t\n\r]/;

export function hasControlCharacter(value: string, { multiline = false } = {}): boolean {
  return CONTROL.test(value) || (!multiline && TAB_OR_LINE_BREAK.test(value));
}

type Path = (string | number)[];

/** Every string in a posted value (an object of fields, lists, per-language records), with its path. */
function* stringsIn(value: unknown, path: Path = []): Generator<[Path, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

/**
 * The schema, refusing first any string field with a control character: an issue at that field with
 * `message` (a catalogue key; errors.controlCharacter unless told), and the schema is not run. `multiline` names the top-level fields where
 * tab and line breaks are text.
 */
export function plainTextOnly<S extends z.ZodType>(schema: S, { message = CONTROL_CHARACTER_MESSAGE, multiline = [] }: { message?: string; multiline?: readonly string[] } = {}) {
  const guard = z.transform((raw: z.input<S>, ctx) => {
    for (const [path, value] of stringsIn(raw)) {
      if (hasControlCharacter(value, { multiline: multiline.includes(String(path[0])) })) ctx.addIssue({ code: "custom", message, path, input: value });
    }
    return raw;
  });
  // zod cannot see that the guard's output (the input, unchanged) is what `schema` takes.
  return guard.pipe(schema as never) as unknown as z.ZodPipe<typeof guard, S>;
}
