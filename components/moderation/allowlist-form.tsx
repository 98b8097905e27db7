"use client";

import { useActionState } from "react";
import { addAllowlistAction } from "@/lib/signatures/moderation-actions";
import type { FormState } from "@/lib/forms/form-state";
import { Field } from "@/components/forms/field";
import { HiddenFields } from "./hidden-fields";
import styles from "./moderation.module.css";

type Props = {
  context: Record<string, string>;
  labels: { address: string; note: string; noteHint: string; add: string };
};

/** Add a shared address to the allow-list; errors in place. */
export function AllowlistForm({ context, labels }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(addAllowlistAction, {});
  const err = (name: string) => state.fieldErrors?.[name];
  const value = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : "");
  return (
    <form action={formAction} className={styles.allowForm}>
      <HiddenFields values={context} />
      <div aria-live="polite">
        {state.ok ? <p className="notice notice--ok">{state.ok}</p> : null}
        {state.formError ? <p className="notice notice--error">{state.formError}</p> : null}
      </div>
      <Field id="allow-address" label={labels.address} error={err("address")}>
        {(control) => <input name="address" type="text" required autoComplete="off" spellCheck={false} maxLength={45} defaultValue={value("address")} {...control} />}
      </Field>
      <Field id="allow-note" label={labels.note} hint={labels.noteHint} error={err("note")}>
        {(control) => <input name="note" type="text" maxLength={200} defaultValue={value("note")} {...control} />}
      </Field>
      <button type="submit" className="button" disabled={pending}>
        {labels.add}
      </button>
    </form>
  );
}
