"use client";

import { useActionState, useEffect, useRef } from "react";
import { signPetitionAction } from "@/lib/signatures/actions";
import type { FormState } from "@/lib/signatures/form-state";
import { SIGNATURE_FIELDS } from "@/lib/signatures/fields";
import { ErrorSummary, SelectField, TextArea, TextField } from "./form-fields";
import type { SignFormLabels } from "./sign-form-labels";
import styles from "./signatures.module.css";

type Props = {
  petitionId: string;
  locale: string;
  consent: { id: string; text: string };
  countries: { code: string; name: string }[];
  labels: SignFormLabels;
};

const PREFIX = "sign";

// A plain form posted to a server action: without JavaScript the browser posts it and the page comes
// back with the messages; with it, useActionState shows them in place and moves focus to the summary.
// After a successful signature the action redirects to the "check your email" page.
export function SignForm({ petitionId, locale, consent, countries, labels }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(signPetitionAction, {});
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  const field = (name: string) => ({ prefix: PREFIX, name, error: errors[name], defaultValue: values[name] });

  useEffect(() => {
    if (state.errors) summaryRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} className={styles.form} noValidate>
      <ErrorSummary prefix={PREFIX} heading={state.summary} errors={errors} order={SIGNATURE_FIELDS} summaryRef={summaryRef} />
      <input type="hidden" name="petitionId" value={petitionId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="consentTextId" value={consent.id} />

      <TextField {...field("name")} label={labels.name} autoComplete="name" maxLength={100} />
      <TextField {...field("email")} label={labels.email} hint={labels.emailHint} type="email" inputMode="email" autoComplete="email" maxLength={254} />
      <SelectField
        {...field("country")}
        label={labels.country}
        placeholder={labels.countryPlaceholder}
        options={countries.map((c) => ({ value: c.code, label: c.name }))}
        autoComplete="country"
      />
      <TextField {...field("city")} label={labels.city} optional={labels.optional} autoComplete="address-level2" maxLength={100} />
      <TextField {...field("organisation")} label={labels.organisation} optional={labels.optional} autoComplete="organization" maxLength={150} />
      <TextField {...field("role")} label={labels.role} optional={labels.optional} autoComplete="organization-title" maxLength={100} />
      <TextArea {...field("comment")} label={labels.comment} hint={labels.commentHint} optional={labels.optional} maxLength={500} />

      <fieldset className={styles.choices}>
        <legend>{labels.choicesLegend}</legend>
        <Checkbox name="isPublic" label={labels.isPublic} hint={labels.isPublicHint} checked={values.isPublic === "on"} />
        <Checkbox name="wantsUpdates" label={labels.wantsUpdates} hint={labels.wantsUpdatesHint} checked={values.wantsUpdates === "on"} />
      </fieldset>

      <div className="honeypot" aria-hidden="true">
        <label htmlFor={`${PREFIX}-homepage`}>{labels.honeypot}</label>
        <input id={`${PREFIX}-homepage`} name="homepage" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <section className={styles.consent} aria-labelledby={`${PREFIX}-consent-heading`}>
        <h3 id={`${PREFIX}-consent-heading`}>{labels.consentHeading}</h3>
        <p>{consent.text}</p>
      </section>

      <button type="submit" className={`button button--action ${styles.submit}`} disabled={pending} aria-disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}

function Checkbox({ name, label, hint, checked }: { name: string; label: string; hint: string; checked: boolean }) {
  const id = `${PREFIX}-${name}`;
  return (
    <div className={`checkbox ${styles.checkboxRow}`}>
      <input type="checkbox" id={id} name={name} value="on" defaultChecked={checked} aria-describedby={`${id}-hint`} />
      <div>
        <label htmlFor={id}>{label}</label>
        <span className={styles.checkboxHint} id={`${id}-hint`}>
          {hint}
        </span>
      </div>
    </div>
  );
}
