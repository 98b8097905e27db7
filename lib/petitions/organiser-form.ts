import type { FormState, FormValues as Values } from "../forms/form-state";

// The organiser's forms hand back the one FormState (lib/forms/form-state.ts); read with
// lib/forms/read-form.ts. These names remain for the forms written before the one path.

export type FormValues = Values;
export type OrganiserFormState = FormState;
export { fieldErrorsFrom } from "../forms/form-state";
export { readForm } from "../forms/read-form";
