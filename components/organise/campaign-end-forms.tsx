"use client";

import { useActionState } from "react";
import type { CampaignEndState } from "@/lib/campaigns/campaign-end";
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

type Props = { meta: { locale: string; campaignId: string; campaignSlug: string }; lastDay: string | null; today: string; labels: CampaignEndLabels };

function Meta({ meta }: Pick<Props, "meta">) {
  return Object.entries(meta).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

function Notice({ state }: { state: CampaignEndState }) {
  return (
    <div aria-live="polite">
      {state.ok ? <p className="notice notice--ok">{state.ok}</p> : null}
      {state.error?.field === "form" ? <p className="notice notice--error">{state.error.message}</p> : null}
    </div>
  );
}

/**
 * The lead organiser's forms: the campaign's last day (set, changed or removed), and ending it now.
 * Plain form posts without JavaScript; with it, messages in place.
 */
export function CampaignEndForms({ meta, lastDay, today, labels }: Props) {
  const [scheduled, schedule, scheduling] = useActionState<CampaignEndState, FormData>(scheduleCampaignEndAction, {});
  const [cancelled, cancel, cancelling] = useActionState<CampaignEndState, FormData>(cancelCampaignEndAction, {});
  const [ended, endNow, ending] = useActionState<CampaignEndState, FormData>(endCampaignNowAction, {});
  const dayError = scheduled.error?.field === "lastDay" ? scheduled.error.message : undefined;
  const understoodError = ended.error?.field === "understood" ? ended.error.message : undefined;
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
              defaultValue={scheduled.lastDay ?? lastDay ?? ""}
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
