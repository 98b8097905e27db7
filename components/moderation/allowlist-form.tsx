"use client";

import { useActionState } from "react";
import { addAllowlistAction } from "@/lib/signatures/moderation-actions";
import type { OrganiserFormState } from "@/lib/petitions/organiser-form";
import { HiddenFields } from "./hidden-fields";
import styles from "./moderation.module.css";

type Props = {
  context: Record<string, string>;
  labels: { address: string; note: string; noteHint: string; add: string };
};

/** Add a shared address to the allow-list; errors in place. */
export function AllowlistForm({ context, labels }: Props) {
  const [state, formAction, pending] = useActionState<OrganiserFormState, FormData>(addAllowlistAction, {});
  const err = (name: string) => state.fieldErrors?.[name];
  const value = (name: string) => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : "");
  return (
    <form action={formAction} className={styles.allowForm}>
      <HiddenFields values={context} />
      <div aria-live="polite">
        {state.ok ? <p className="notice notice--ok">{state.ok}</p> : null}
        {state.formError ? <p className="notice notice--error">{state.formError}</p> : null}
      </div>
      <div className={err("address") ? "field field--invalid" : "field"}>
        <label htmlFor="allow-address">{labels.address}</label>
        <input
          id="allow-address"
          name="address"
          type="text"
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={45}
          defaultValue={value("address")}
          aria-invalid={err("address") ? true : undefined}
          aria-describedby={err("address") ? "allow-address-error" : undefined}
        />
        {err("address") ? (
          <p className="field-error" id="allow-address-error">
            {err("address")}
          </p>
        ) : null}
      </div>
      <div className={err("note") ? "field field--invalid" : "field"}>
        <label htmlFor="allow-note">{labels.note}</label>
        <span className="hint" id="allow-note-hint">
          {labels.noteHint}
        </span>
        <input
          id="allow-note"
          name="note"
          type="text"
          maxLength={200}
          defaultValue={value("note")}
          aria-invalid={err("note") ? true : undefined}
          aria-describedby={err("note") ? "allow-note-hint allow-note-error" : "allow-note-hint"}
        />
        {err("note") ? (
          <p className="field-error" id="allow-note-error">
            {err("note")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.add}
      </button>
    </form>
  );
}
