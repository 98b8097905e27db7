import type { FormState } from "@/lib/forms/form-state";
import { errorId } from "@/components/forms/field";

// Small pieces the organiser's petition forms share: the notice at the top (announced politely), the
// values a refused form sends back, and a group of checkboxes' description. A labelled field is
// components/forms/field.tsx.

export function FormNotice({ state }: { state: FormState }) {
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

export function valueOf(state: FormState, name: string, fallback: string): string {
  const v = state.values?.[name];
  return typeof v === "string" ? v : fallback;
}

export function listOf(state: FormState, name: string, fallback: readonly string[]): readonly string[] {
  if (!state.values) return fallback;
  const v = state.values[name];
  return Array.isArray(v) ? v : [];
}

/** aria-describedby for a group of checkboxes (a fieldset has no aria-invalid). */
export function groupDescribedBy(id: string, message: string | undefined, hintId?: string) {
  const ids = [hintId, message ? errorId(id) : undefined].filter(Boolean).join(" ");
  return { "aria-describedby": ids || undefined } as const;
}
