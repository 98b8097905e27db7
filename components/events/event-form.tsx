"use client";

import { useActionState, type ReactNode } from "react";
import { textValues, type FormState } from "@/lib/forms/form-state";
import { ErrorSummary, ErrorText, SelectField, TextArea, TextField } from "@/components/signatures/form-fields";
import type { EventFormLabels } from "./event-form-labels";
import styles from "./event-form.module.css";

type Option = { value: string; label: string };
type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  labels: EventFormLabels;
  kinds: Option[];
  sponsors: Option[];
  /** Registering asks who the host is; the host's changes (with the token) do not. */
  mode: { kind: "register" } | { kind: "edit"; token: string; values: Record<string, string> };
  /** The map picker under the position fields, when JavaScript runs (components/events/map-picker.tsx). */
  mapPicker?: ReactNode;
};

const ORDER = [
  "form", "kind", "title", "startsAt", "endsAt", "timeZone", "venue", "streetAddress", "city", "country", "latitude", "longitude", "description",
  "organisationName", "sponsorId", "publicContact", "expectedAttendance", "accessibility", "organiserName", "email", "consent",
] as const;

// A plain form posted to a server action: without JavaScript the browser posts it and the page comes
// back with the messages at their fields; with it, useActionState shows them in place.
export function EventForm({ action, labels, kinds, sponsors, mode, mapPicker }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors: Record<string, string> = state.fieldErrors ?? {};
  const values = state.values ? textValues(state.values) : mode.kind === "edit" ? mode.values : {};
  const field = (name: string) => ({ prefix: "event", name, error: errors[name], defaultValue: values[name] });
  const registering = mode.kind === "register";

  return (
    <form action={formAction} className={styles.form} noValidate>
      <ErrorSummary prefix="event" heading={labels.errorSummary} formError={state.formError} errors={errors} order={ORDER} />
      {mode.kind === "edit" ? <input type="hidden" name="token" value={mode.token} /> : null}

      <fieldset className={styles.fieldset}>
        <legend>{labels.whatLegend}</legend>
        <SelectField {...field("kind")} label={labels.kind} placeholder={labels.kindPlaceholder} options={kinds} />
        <TextField {...field("title")} label={labels.title} hint={labels.titleHint} maxLength={120} />
        <TextArea {...field("description")} label={labels.description} hint={labels.descriptionHint} optional={labels.optional} maxLength={4000} rows={5} />
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>{labels.whenLegend}</legend>
        <div className={styles.pair}>
          <TextField {...field("startsAt")} type="datetime-local" label={labels.startsAt} hint={labels.timeHint} />
          <TextField {...field("endsAt")} type="datetime-local" label={labels.endsAt} />
        </div>
        <TextField {...field("timeZone")} label={labels.timeZone} hint={labels.timeZoneHint} optional={labels.optional} maxLength={64} placeholder="Europe/Berlin" autoComplete="off" />
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>{labels.whereLegend}</legend>
        <TextField {...field("venue")} label={labels.venue} hint={labels.venueHint} maxLength={200} />
        <TextField {...field("streetAddress")} label={labels.streetAddress} optional={labels.optional} maxLength={200} autoComplete="street-address" />
        <div className={styles.pair}>
          <TextField {...field("city")} label={labels.city} maxLength={120} autoComplete="address-level2" />
          <TextField {...field("country")} label={labels.country} hint={labels.countryHint} maxLength={80} autoComplete="country-name" />
        </div>
        <p className="hint">{labels.positionHint}</p>
        <div className={styles.pair}>
          <TextField {...field("latitude")} label={labels.latitude} optional={labels.optional} inputMode="decimal" maxLength={20} placeholder="50.9375" />
          <TextField {...field("longitude")} label={labels.longitude} optional={labels.optional} inputMode="decimal" maxLength={20} placeholder="6.9603" />
        </div>
        {mapPicker}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>{labels.whoLegend}</legend>
        <TextField {...field("organisationName")} label={labels.organisationName} optional={labels.optional} maxLength={200} autoComplete="organization" />
        {sponsors.length > 0 ? <SelectField {...field("sponsorId")} label={labels.sponsorId} hint={labels.sponsorHint} placeholder={labels.sponsorNone} options={sponsors} /> : null}
        <TextField {...field("publicContact")} label={labels.publicContact} hint={labels.publicContactHint} optional={labels.optional} maxLength={200} />
        <TextField {...field("expectedAttendance")} label={labels.expectedAttendance} optional={labels.optional} inputMode="numeric" maxLength={7} />
        <TextField {...field("accessibility")} label={labels.accessibility} hint={labels.accessibilityHint} optional={labels.optional} maxLength={500} />
      </fieldset>

      {registering ? (
        <fieldset className={styles.fieldset}>
          <legend>{labels.privateLegend}</legend>
          <p className="hint">{labels.privateIntro}</p>
          <TextField {...field("organiserName")} label={labels.organiserName} maxLength={120} autoComplete="name" />
          <TextField {...field("email")} label={labels.email} hint={labels.emailHint} type="email" autoComplete="email" inputMode="email" maxLength={254} />
          <div className={`field${errors.consent ? " field--invalid" : ""}`}>
            <label className={`checkbox ${styles.choice}`}>
              <input
                type="checkbox"
                id="event-consent"
                name="consent"
                value="on"
                defaultChecked={values.consent === "on"}
                aria-invalid={errors.consent ? true : undefined}
                aria-describedby={errors.consent ? "event-consent-error" : undefined}
              />
              <span>{labels.consent}</span>
            </label>
            <ErrorText id="event-consent-error" message={errors.consent} />
          </div>
          <div className="honeypot" aria-hidden="true">
            <label htmlFor="event-homepage">{labels.honeypot}</label>
            <input id="event-homepage" name="homepage" type="text" tabIndex={-1} autoComplete="off" />
          </div>
        </fieldset>
      ) : null}

      {registering ? <p className={styles.privacy}>{labels.privacy}</p> : <p className={styles.privacy}>{labels.editNote}</p>}
      <button type="submit" className="button button--action" disabled={pending} aria-disabled={pending}>
        {pending ? labels.submitting : registering ? labels.submit : labels.save}
      </button>
    </form>
  );
}
