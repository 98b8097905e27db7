// What the sign endpoint and the resend action hand back to their forms (browser-safe). Messages are already
// translated; `values` puts back what the supporter typed when the page is rendered again.

export type FormState = {
  errors?: Record<string, string>;
  /** The heading of the error summary ("2 answers need correcting:"). */
  summary?: string;
  values?: Record<string, string>;
};

/** What the sign endpoint answers the form's script (Accept: application/json): where to go, or what to correct. */
export type SignAnswer = { redirect: string } | { errors: Record<string, string>; summary?: string };

/** FormData → plain fields, without Next's own `$ACTION_...` entries and without files. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    fields[name] = value;
  }
  return fields;
}
