import type { OrganiserFormState } from "@/lib/petitions/organiser-form";

// Small pieces the organiser's petition forms share: the notice at the top (announced politely), and
// a field's error linked to its input with aria-describedby.

export function FormNotice({ state }: { state: OrganiserFormState }) {
  return (
    <div aria-live="polite">
      {state.ok ? <p className="notice notice--ok">{state.ok}</p> : null}
      {state.formError ? (
        <p className="notice notice--error" role="alert">
          {state.formError}
        </p>
      ) : null}
    </div>
  );
}

export function errorId(id: string): string {
  return `${id}-error`;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="field-error" id={errorId(id)}>
      {message}
    </p>
  ) : null;
}

/** aria-invalid and aria-describedby (hint first, then error) for an input. */
export function describedBy(id: string, message: string | undefined, hintId?: string) {
  const ids = [hintId, message ? errorId(id) : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": message ? true : undefined, "aria-describedby": ids || undefined } as const;
}

export function fieldClass(message: string | undefined): string {
  return message ? "field field--invalid" : "field";
}

export function valueOf(state: OrganiserFormState, name: string, fallback: string): string {
  const v = state.values?.[name];
  return typeof v === "string" ? v : fallback;
}

export function listOf(state: OrganiserFormState, name: string, fallback: readonly string[]): readonly string[] {
  if (!state.values) return fallback;
  const v = state.values[name];
  return Array.isArray(v) ? v : [];
}

/** aria-describedby for a group of checkboxes (a fieldset has no aria-invalid). */
export function groupDescribedBy(id: string, message: string | undefined, hintId?: string) {
  const ids = [hintId, message ? errorId(id) : undefined].filter(Boolean).join(" ");
  return { "aria-describedby": ids || undefined } as const;
}
