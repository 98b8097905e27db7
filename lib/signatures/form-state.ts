// What the sign and resend actions hand back to their forms (browser-safe). Messages are already
// translated; `values` puts back what the supporter typed when the page is rendered again.

export type FormState = {
  errors?: Record<string, string>;
  /** The heading of the error summary ("2 answers need correcting:"). */
  summary?: string;
  values?: Record<string, string>;
};

/** FormData → plain fields, without Next's own `$ACTION_...` entries and without files. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    fields[name] = value;
  }
  return fields;
}
