"use client";

import { useRef, useState, type FormEvent } from "react";
import { ErrorSummary, ErrorText, TextArea, TextField, describedBy } from "@/components/signatures/form-fields";
import styles from "./event-form.module.css";

// The host's report: a plain multipart form posted to /api/events/report (photos are too large for a
// server action). Without JavaScript the browser posts it and the endpoint answers with a 303 (to the
// host's page, or back here with the messages); with it, the same post is sent by fetch and the
// messages appear in place, the chosen photos still chosen.

type Labels = Record<
  | "attendance" | "attendanceHint" | "body" | "bodyHint" | "pressLinks" | "pressLinksHint" | "photos" | "photosHint"
  | "facesTitle" | "facesText" | "facesChecked" | "photoAlt" | "photoAltHint" | "submit" | "sending" | "failed" | "photosAgain",
  string
>;
type State = { fieldErrors: Record<string, string>; formError?: string; values: Record<string, string>; photosAgain?: string };

const ORDER = ["attendance", "body", "pressLinks", "photos", "facesChecked", "photoAlt"] as const;

export function ReportForm({ endpoint, labels, initial, maxText }: { endpoint: string; labels: Labels; initial: State; maxText: number }) {
  const [state, setState] = useState<State>(initial);
  const [pending, setPending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors;
  const values = state.values;
  const field = (name: string) => ({ prefix: "report", name, error: errors[name], defaultValue: values[name] });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    try {
      const response = await fetch(endpoint, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" } });
      const answer = (await response.json().catch(() => ({}))) as { redirect?: string; fieldErrors?: Record<string, string>; formError?: string | null };
      if (response.ok && answer.redirect) {
        window.location.assign(answer.redirect);
        return;
      }
      setState({ fieldErrors: answer.fieldErrors ?? {}, formError: answer.formError ?? labels.failed, values: {} });
    } catch {
      setState({ fieldErrors: {}, formError: labels.failed, values: {} });
    }
    setPending(false);
    summary.current?.focus();
  }

  const faces = { prefix: "report", name: "facesChecked", label: labels.facesChecked, error: errors.facesChecked };
  const photos = { prefix: "report", name: "photos", label: labels.photos, hint: labels.photosHint, error: errors.photos };
  return (
    <form id="report-form" method="post" action={endpoint} encType="multipart/form-data" className={styles.form} onSubmit={onSubmit} noValidate>
      <ErrorSummary prefix="report" formError={state.formError} errors={errors} order={ORDER} summaryRef={summary} />
      <TextField {...field("attendance")} label={labels.attendance} hint={labels.attendanceHint} inputMode="numeric" maxLength={12} autoComplete="off" />
      <TextArea {...field("body")} label={labels.body} hint={labels.bodyHint} maxLength={maxText} rows={6} />
      <TextArea {...field("pressLinks")} label={labels.pressLinks} hint={labels.pressLinksHint} rows={3} />

      <div className="notice" role="note">
        <p>
          <strong>{labels.facesTitle}</strong>
        </p>
        <p>{labels.facesText}</p>
      </div>
      {state.photosAgain ? <p className="hint">{state.photosAgain}</p> : null}
      <div className={`field${photos.error ? " field--invalid" : ""}`}>
        <label htmlFor="report-photos">{labels.photos}</label>
        <span className="hint" id="report-photos-hint">
          {labels.photosHint}
        </span>
        <input id="report-photos" name="photos" type="file" multiple accept="image/jpeg,image/png,image/webp" aria-invalid={photos.error ? true : undefined} aria-describedby={describedBy(photos)} />
        <ErrorText id="report-photos-error" message={photos.error} />
      </div>
      <div className={`field${faces.error ? " field--invalid" : ""}`}>
        <label className={`checkbox ${styles.choice}`}>
          <input type="checkbox" id="report-facesChecked" name="facesChecked" value="on" defaultChecked={values.facesChecked === "on"} aria-invalid={faces.error ? true : undefined} aria-describedby={describedBy(faces)} />
          <span>{labels.facesChecked}</span>
        </label>
        <ErrorText id="report-facesChecked-error" message={faces.error} />
      </div>
      <TextField {...field("photoAlt")} label={labels.photoAlt} hint={labels.photoAltHint} maxLength={200} autoComplete="off" />
      <button type="submit" className="button button--action" disabled={pending} aria-disabled={pending}>
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
