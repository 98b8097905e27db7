"use client";

import { useEffect, useRef, useState } from "react";
import { textValues } from "@/lib/forms/form-state";
import type { SignFormState } from "@/lib/signatures/form-state";
import { unpackCountries } from "@/lib/signatures/packed-countries";
import { SIGNATURE_FIELDS } from "@/lib/signatures/fields";
import { ErrorSummary, SelectField, TextArea, TextField } from "./form-fields";
import type { SignFormLabels } from "./sign-form-labels";
import styles from "./signatures.module.css";

type Props = {
  /** The sign endpoint, signEndpointPath(locale, address): its address names the petition signed (decision 022). */
  action: string;
  locale: string;
  consent: { id: string; text: string };
  /** The country list packed into one string (lib/signatures/packed-countries.ts): a lighter page. */
  countries: string;
  labels: SignFormLabels;
  /** Messages and answers to show at once (the "correct" page, after a post without JavaScript). */
  initial?: SignFormState;
};

const PREFIX = "sign";

// A plain form posted to the sign endpoint (lib/signatures/sign-request.ts): without JavaScript the
// browser follows its redirect to the "thanks" page, or to the "correct" page with the messages. With
// it, the script posts the same fields asking for JSON, shows the messages in place and moves focus
// to the summary, or goes where the answer says.
export function SignForm({ action, locale, consent, countries, labels, initial }: Props) {
  const [state, setState] = useState<SignFormState>(initial ?? {});
  const [pending, setPending] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};
  const values = textValues(state.values);
  const field = (name: string) => ({ prefix: PREFIX, name, error: errors[name], defaultValue: values[name] });

  useEffect(() => {
    if (state.fieldErrors || state.formError) summaryRef.current?.focus();
  }, [state]);

  useEffect(() => {
    // Back from the "thanks" page, the browser may show this page as it was left: pending.
    const restored = (event: PageTransitionEvent) => void (event.persisted && setPending(false));
    window.addEventListener("pageshow", restored);
    return () => window.removeEventListener("pageshow", restored);
  }, []);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string") body.append(name, value);
    // What was typed stays what the fields show (they are not controlled; their defaults follow it).
    const typed = Object.fromEntries([...body].filter(([name]) => name !== "homepage"));
    setPending(true);
    try {
      const response = await fetch(action, { method: "POST", body, headers: { accept: "application/json" } });
      const answer = (await response.json().catch(() => null)) as SignFormState | null;
      if (answer && typeof answer === "object" && typeof answer.redirect === "string") {
        window.location.assign(answer.redirect);
        return; // pending while the next page loads
      }
      setState(answer && typeof answer === "object" && (answer.fieldErrors || answer.formError) ? { ...answer, values: typed } : { formError: labels.sendFailed, values: typed });
    } catch {
      setState({ formError: labels.sendFailed, values: typed });
    }
    setPending(false);
  }

  return (
    <form method="post" action={action} onSubmit={submit} className={styles.form} noValidate>
      <ErrorSummary prefix={PREFIX} heading={state.summary} formError={state.formError} errors={errors} order={SIGNATURE_FIELDS} summaryRef={summaryRef} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="consentTextId" value={consent.id} />

      <TextField {...field("name")} label={labels.name} autoComplete="name" maxLength={100} />
      <TextField {...field("email")} label={labels.email} hint={labels.emailHint} type="email" inputMode="email" autoComplete="email" maxLength={254} />
      <SelectField
        {...field("country")}
        label={labels.country}
        placeholder={labels.countryPlaceholder}
        options={unpackCountries(countries).map((c) => ({ value: c.code, label: c.name }))}
        autoComplete="country"
      />
      <TextField {...field("city")} label={labels.city} optional={labels.optional} autoComplete="address-level2" maxLength={100} />
      <TextField {...field("organisation")} label={labels.organisation} optional={labels.optional} autoComplete="organization" maxLength={150} />
      <TextField {...field("role")} label={labels.role} optional={labels.optional} autoComplete="organization-title" maxLength={100} />
      <TextArea {...field("comment")} label={labels.comment} hint={labels.commentHint} optional={labels.optional} maxLength={500} />

      <fieldset className={styles.choices}>
        <legend>{labels.choicesLegend}</legend>
        <Checkbox name="isPublic" label={labels.isPublic} hint={labels.isPublicHint} checked={values.isPublic === "on"} />
        <Checkbox name="deliveryConsent" label={labels.deliveryConsent} hint={labels.deliveryConsentHint} checked={values.deliveryConsent === "on"} />
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
