"use client";

import { useActionState } from "react";
import { recordDeliveryAction } from "@/lib/petitions/organiser-actions";
import type { OrganiserFormState } from "@/lib/petitions/organiser-form";
import { FieldError, FormNotice, describedBy, fieldClass, valueOf } from "./form-bits";
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
  meta: { locale: string; campaignId: string; campaignSlug: string; petitionId: string };
  targets: { id: string; name: string }[];
  methods: { value: string; label: string }[];
  today: string;
  labels: RecordDeliveryLabels;
};

/** Which target, when, how, notes. The first delivery marks the petition as delivered. */
export function RecordDeliveryForm({ meta, targets, methods, today, labels }: Props) {
  const [state, formAction, pending] = useActionState<OrganiserFormState, FormData>(recordDeliveryAction, {});
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={formAction} className={styles.form} noValidate>
      {Object.entries(meta).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormNotice state={state} />
      <div className={fieldClass(err("targetId"))}>
        <label htmlFor="delivery-target">{labels.target}</label>
        <select id="delivery-target" name="targetId" defaultValue={valueOf(state, "targetId", "")} {...describedBy("delivery-target", err("targetId"))}>
          <option value="">{labels.allTargets}</option>
          {targets.map((target) => (
            <option key={target.id} value={target.id}>
              {target.name}
            </option>
          ))}
        </select>
        <FieldError id="delivery-target" message={err("targetId")} />
      </div>
      <div className={styles.inline}>
        <div className={fieldClass(err("deliveredAt"))}>
          <label htmlFor="delivered-at">{labels.deliveredAt}</label>
          <input
            id="delivered-at"
            name="deliveredAt"
            type="date"
            required
            defaultValue={valueOf(state, "deliveredAt", today)}
            {...describedBy("delivered-at", err("deliveredAt"))}
          />
          <FieldError id="delivered-at" message={err("deliveredAt")} />
        </div>
        <div className={fieldClass(err("method"))}>
          <label htmlFor="delivery-method">{labels.method}</label>
          <select id="delivery-method" name="method" defaultValue={valueOf(state, "method", "BY_HAND")} {...describedBy("delivery-method", err("method"))}>
            {methods.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
          <FieldError id="delivery-method" message={err("method")} />
        </div>
      </div>
      <div className={fieldClass(err("notes"))}>
        <label htmlFor="delivery-notes">{labels.notes}</label>
        <span className="hint" id="delivery-notes-hint">
          {labels.notesHint}
        </span>
        <textarea
          id="delivery-notes"
          name="notes"
          rows={3}
          maxLength={2000}
          defaultValue={valueOf(state, "notes", "")}
          {...describedBy("delivery-notes", err("notes"), "delivery-notes-hint")}
        />
        <FieldError id="delivery-notes" message={err("notes")} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
