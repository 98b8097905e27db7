"use client";

import { useActionState } from "react";
import { textValues, type FormState } from "@/lib/forms/form-state";
import { ErrorText, SelectField, TextField } from "@/components/signatures/form-fields";
import type { SponsorFormLabels } from "./sponsor-form-labels";
import styles from "./sponsors.module.css";

type Option = { value: string; label: string };
type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  labels: SponsorFormLabels;
  countries: Option[];
  organisationKinds: Option[];
  initialKind: "INDIVIDUAL" | "ORGANISATION";
};

// A plain form posted to a server action: without JavaScript the browser posts it and the page comes
// back with the messages; with it, useActionState shows them in place. Both kinds' fields are in the
// page; CSS shows the chosen kind's set, and the action ignores the other one.
export function SponsorForm({ action, labels, countries, organisationKinds, initialKind }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors: Partial<Record<string, string>> = state.fieldErrors ?? {};
  const values = textValues(state.values);
  const kind = values.kind === "ORGANISATION" || values.kind === "INDIVIDUAL" ? values.kind : initialKind;
  const fieldErrors = Object.entries(errors);
  const field = (name: string) => ({ prefix: "sponsor", name, error: errors[name], defaultValue: values[name] });

  return (
    <form action={formAction} className={styles.form} noValidate>
      <div aria-live="polite">
        {state.formError ? <p className="notice notice--error">{state.formError}</p> : null}
        {fieldErrors.length > 0 ? (
          <div className="notice notice--error" role="alert">
            <p className={styles.summaryTitle}>{labels.errorSummary}</p>
            <ul>
              {fieldErrors.map(([name, message]) => (
                <li key={name}>
                  <a href={`#sponsor-${name}`}>{message}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      <fieldset className={`field ${styles.fieldset}${errors.kind ? " field--invalid" : ""}`} id="sponsor-kind" aria-describedby={errors.kind ? "sponsor-kind-error" : undefined}>
        <legend>{labels.kindLegend}</legend>
        <label className={`checkbox ${styles.choice}`}>
          <input type="radio" name="kind" value="INDIVIDUAL" defaultChecked={kind === "INDIVIDUAL"} />
          <span>{labels.kindIndividual}</span>
        </label>
        <label className={`checkbox ${styles.choice}`}>
          <input type="radio" name="kind" value="ORGANISATION" defaultChecked={kind === "ORGANISATION"} />
          <span>{labels.kindOrganisation}</span>
        </label>
        <ErrorText id="sponsor-kind-error" message={errors.kind} />
      </fieldset>

      <fieldset className={`${styles.fieldset} ${styles.individualFields}`}>
        <legend>{labels.individualLegend}</legend>
        <TextField {...field("name")} label={labels.name} hint={labels.nameHint} autoComplete="name" maxLength={120} />
        <TextField {...field("role")} label={labels.role} hint={labels.roleHint} optional={labels.optional} autoComplete="organization-title" maxLength={120} />
        <TextField {...field("organisation")} label={labels.organisation} hint={labels.organisationHint} optional={labels.optional} autoComplete="organization" maxLength={200} />
      </fieldset>

      <fieldset className={`${styles.fieldset} ${styles.organisationFields}`}>
        <legend>{labels.organisationLegend}</legend>
        <TextField {...field("organisationName")} label={labels.organisationName} autoComplete="organization" maxLength={200} />
        <SelectField {...field("organisationKind")} label={labels.organisationKind} placeholder={labels.organisationKindPlaceholder} options={organisationKinds} />
        <TextField {...field("website")} label={labels.website} hint={labels.websiteHint} type="url" autoComplete="url" inputMode="url" maxLength={300} />
        <TextField {...field("contactName")} label={labels.contactName} hint={labels.contactNameHint} optional={labels.optional} autoComplete="name" maxLength={120} />
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>{labels.commonLegend}</legend>
        <SelectField {...field("country")} label={labels.country} placeholder={labels.countryPlaceholder} options={countries} autoComplete="country" />
        <TextField {...field("email")} label={labels.email} hint={labels.emailHint} type="email" autoComplete="email" inputMode="email" maxLength={254} />
      </fieldset>

      <fieldset className={`field ${styles.fieldset}${errors.consent ? " field--invalid" : ""}`}>
        <legend>{labels.consentLegend}</legend>
        <label className={`checkbox ${styles.choice}`}>
          <input
            type="checkbox"
            id="sponsor-consent"
            name="consent"
            value="on"
            defaultChecked={values.consent === "on"}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "sponsor-consent-error" : undefined}
          />
          <span>{labels.consent}</span>
        </label>
        <ErrorText id="sponsor-consent-error" message={errors.consent} />
      </fieldset>

      <div className="honeypot" aria-hidden="true">
        <label htmlFor="sponsor-homepage">{labels.honeypot}</label>
        <input id="sponsor-homepage" name="homepage" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <p className={styles.privacy}>{labels.privacy}</p>
      <button type="submit" className="button button--action" disabled={pending} aria-disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
