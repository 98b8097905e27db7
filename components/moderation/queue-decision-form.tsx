"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormNotice } from "@/components/organise-petitions/form-bits";
import type { FormState } from "@/lib/forms/form-state";
import styles from "./moderation.module.css";

// One queue item's decision: a reason (needed to reject) and two real buttons (three for an event). A plain form post
// without JavaScript (the page comes back with the answer at this item); with it, the answer in place.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type Labels = { reason: string; hint: string; approve: string; reject: string; /** An event's third choice: approve and trust its host. */ trust?: string };

export function QueueDecisionForm({ action, hidden, labels, itemId, describedBy, formId }: { action: Action; hidden: Record<string, string>; labels: Labels; itemId: string; describedBy: string; /** For controls outside the form that belong to it (a report's "hide this photo" boxes). */ formId?: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const typed = state.values?.reason;
  return (
    <form action={formAction} className={styles.queueForm} id={formId}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormNotice state={state} />
      <Field id={`reason-${itemId}`} label={labels.reason} hint={labels.hint} error={state.fieldErrors?.reason ?? state.fieldErrors?.item}>
        {(control) => <input {...control} name="reason" type="text" maxLength={500} autoComplete="off" defaultValue={typeof typed === "string" ? typed : ""} />}
      </Field>
      <div className={styles.queueButtons}>
        <button type="submit" name="decision" value="APPROVE" className="button" disabled={pending} aria-describedby={describedBy}>
          {labels.approve}
        </button>
        {labels.trust ? (
          <button type="submit" name="decision" value="APPROVE_AND_TRUST" className="button" disabled={pending} aria-describedby={describedBy}>
            {labels.trust}
          </button>
        ) : null}
        <button type="submit" name="decision" value="REJECT" className="button button--quiet" disabled={pending} aria-describedby={describedBy}>
          {labels.reject}
        </button>
      </div>
    </form>
  );
}
