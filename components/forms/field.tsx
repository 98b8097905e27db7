import type { ReactNode } from "react";

// One labelled field, drawn the same way in every form of the console and the sign-in page: the label,
// an optional hint, the control, and its error in place. The control gets its id, aria-invalid and
// aria-describedby (hint first, then error) from the render function, so that a screen reader reads the
// hint and the error with it, and no form spells those ids out again.

export type FieldControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

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

/** aria-invalid and aria-describedby (hint first, then error) for a control. */
export function describedBy(id: string, message: string | undefined, hintId?: string) {
  const ids = [hintId, message ? errorId(id) : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": message ? true : undefined, "aria-describedby": ids || undefined } as const;
}

export function fieldClass(message: string | undefined): string {
  return message ? "field field--invalid" : "field";
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Announce the error when it appears (a form whose only field this is has no other notice). */
  announceError?: boolean;
  children: (control: FieldControlProps) => ReactNode;
};

export function Field({ id, label, hint, error, announceError = false, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const message = <FieldError id={id} message={error} />;
  return (
    <div className={fieldClass(error)}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {children({ id, ...describedBy(id, error, hintId) })}
      {announceError ? <div aria-live="polite">{message}</div> : message}
    </div>
  );
}
