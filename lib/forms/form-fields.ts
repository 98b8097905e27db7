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
