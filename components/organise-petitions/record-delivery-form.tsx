"use client";

import { useActionState } from "react";
import { recordDeliveryAction } from "@/lib/petitions/organiser-actions";
import type { FormState } from "@/lib/forms/form-state";
import { Field } from "@/components/forms/field";
import { FormNotice, valueOf } from "./form-bits";
import styles from "./petitions.module.css";

export type RecordDeliveryLabels = {
  target: string;
  allTargets: string;
  deliveredAt: string;
  method: string;
  notes: string;
  notesHint: string;
  submit: string;
};

type Props = {
  meta: { locale: string; campaignId: string; petitionId: string };
  targets: { id: string; name: string }[];
  methods: { value: string; label: string }[];
  today: string;
  labels: RecordDeliveryLabels;
};

/** Which target, when, how, notes. The first delivery marks the petition as delivered. */
export function RecordDeliveryForm({ meta, targets, methods, today, labels }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(recordDeliveryAction, {});
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={formAction} className={styles.form} noValidate>
      {Object.entries(meta).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormNotice state={state} />
      <Field id="delivery-target" label={labels.target} error={err("targetId")}>
        {(control) => (
          <select name="targetId" defaultValue={valueOf(state, "targetId", "")} {...control}>
            <option value="">{labels.allTargets}</option>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className={styles.inline}>
        <Field id="delivered-at" label={labels.deliveredAt} error={err("deliveredAt")}>
          {(control) => (
            <input
              name="deliveredAt"
              type="date"
              required
              defaultValue={valueOf(state, "deliveredAt", today)}
              {...control}
            />
          )}
        </Field>
        <Field id="delivery-method" label={labels.method} error={err("method")}>
          {(control) => (
            <select name="method" defaultValue={valueOf(state, "method", "BY_HAND")} {...control}>
              {methods.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="delivery-notes" label={labels.notes} hint={labels.notesHint} error={err("notes")}>
        {(control) => (
          <textarea
            name="notes"
            rows={3}
            maxLength={2000}
            defaultValue={valueOf(state, "notes", "")}
            {...control}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
