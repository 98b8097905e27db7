import type { FormState } from "../forms/form-state";

// The sign form's state (browser-safe): the one FormState (lib/forms/form-state.ts), with the error
// summary's heading. It is also what the sign endpoint answers the form's script (Accept:
// application/json): where to go, or what to correct.

export type SignFormState = FormState & {
  /** The heading of the error summary ("2 answers need correcting:"). */
  summary?: string;
  /** The page to go to (signed: "thanks"; closed meanwhile: the petition). */
  redirect?: string;
};
