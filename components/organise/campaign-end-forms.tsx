"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { cancelCampaignEndAction, endCampaignNowAction, scheduleCampaignEndAction } from "@/lib/campaigns/end-actions";
import { Field, FieldError, describedBy } from "@/components/forms/field";
import styles from "./organise.module.css";

export type CampaignEndLabels = {
  lastDayLabel: string;
  lastDayHint: string;
  schedule: string;
  cancel: string;
  endNowHeading: string;
  endNowExplain: string;
  understood: string;
  endNow: string;
};

type Props = { meta: { locale: string; campaignId: string }; lastDay: string | null; today: string; labels: CampaignEndLabels };

function Meta({ meta }: Pick<Props, "meta">) {
  return Object.entries(meta).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

function Notice({ state }: { state: FormState }) {
  return (
    <div aria-live="polite">
      {state.ok ? <p className="notice notice--ok">{state.ok}</p> : null}
      {state.formError ? <p className="notice notice--error">{state.formError}</p> : null}
    </div>
  );
}

/**
 * The lead organiser's forms: the campaign's last day (set, changed or removed), and ending it now.
 * Plain form posts without JavaScript; with it, messages in place.
 */
export function CampaignEndForms({ meta, lastDay, today, labels }: Props) {
  const [scheduled, schedule, scheduling] = useActionState<FormState, FormData>(scheduleCampaignEndAction, {});
  const [cancelled, cancel, cancelling] = useActionState<FormState, FormData>(cancelCampaignEndAction, {});
  const [ended, endNow, ending] = useActionState<FormState, FormData>(endCampaignNowAction, {});
  const dayError = scheduled.fieldErrors?.lastDay;
  const understoodError = ended.fieldErrors?.understood;
  const typedDay = typeof scheduled.values?.lastDay === "string" ? scheduled.values.lastDay : undefined;
  return (
    <>
      {/* The cancel form goes once the date is removed: its notice is shown here. */}
      <Notice state={cancelled} />
      <form action={schedule} className={styles.form} noValidate>
        <Meta meta={meta} />
        <Notice state={scheduled} />
        <Field id="campaign-last-day" label={labels.lastDayLabel} hint={labels.lastDayHint} error={dayError}>
          {(control) => (
            <input
              name="lastDay"
              type="date"
              min={today}
              required
              defaultValue={typedDay ?? lastDay ?? ""}
              {...control}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={scheduling}>
          {labels.schedule}
        </button>
      </form>
      {lastDay ? (
        <form action={cancel} className={styles.form}>
          <Meta meta={meta} />
          <button type="submit" className="button button--quiet" disabled={cancelling}>
            {labels.cancel}
          </button>
        </form>
      ) : null}

      <h3>{labels.endNowHeading}</h3>
      <p>{labels.endNowExplain}</p>
      <form action={endNow} className={styles.form} noValidate>
        <Meta meta={meta} />
        <Notice state={ended} />
        <div className={`checkbox${understoodError ? " field--invalid" : ""}`}>
          <input type="checkbox" id="campaign-end-understood" name="understood" value="on" {...describedBy("campaign-end-understood", understoodError)} />
          <label htmlFor="campaign-end-understood">{labels.understood}</label>
        </div>
        <FieldError id="campaign-end-understood" message={understoodError} />
        <button type="submit" className="button button--danger" disabled={ending}>
          {labels.endNow}
        </button>
      </form>
    </>
  );
}
