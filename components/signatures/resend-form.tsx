"use client";

import { useActionState, useEffect, useRef } from "react";
import { resendConfirmationAction } from "@/lib/signatures/actions";
import { textValues, type FormState } from "@/lib/forms/form-state";
import { ErrorSummary, SelectField, TextField } from "./form-fields";
import styles from "./signatures.module.css";

type Props = {
  locale: string;
  /** The petition, when the link named one; otherwise the supporter picks from the open ones. */
  petition: { id: string; title: string } | null;
  petitions: { id: string; title: string }[];
  labels: { email: string; petition: string; petitionPlaceholder: string; submit: string; submitting: string };
};

const PREFIX = "resend";

export function ResendForm({ locale, petition, petitions, labels }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(resendConfirmationAction, {});
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};
  const values = textValues(state.values);
  useEffect(() => {
    if (state.fieldErrors || state.formError) summaryRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className={styles.form} noValidate>
      <ErrorSummary prefix={PREFIX} formError={state.formError} errors={errors} order={["email", "petitionId"]} summaryRef={summaryRef} />
      <input type="hidden" name="locale" value={locale} />
      {petition ? (
        <>
          <input type="hidden" name="petitionId" value={petition.id} />
          <p className={styles.petitionName}>{petition.title}</p>
        </>
      ) : (
        <SelectField
          prefix={PREFIX}
          name="petitionId"
          label={labels.petition}
          placeholder={labels.petitionPlaceholder}
          options={petitions.map((p) => ({ value: p.id, label: p.title }))}
          error={errors.petitionId}
          defaultValue={values.petitionId}
        />
      )}
      <TextField prefix={PREFIX} name="email" type="email" inputMode="email" autoComplete="email" maxLength={254} label={labels.email} error={errors.email} defaultValue={values.email} />
      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
