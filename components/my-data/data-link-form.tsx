"use client";

import { useActionState, useEffect, useRef } from "react";
import { requestDataLinkAction } from "@/lib/my-data/actions";
import { textValues, type FormState } from "@/lib/forms/form-state";
import { ErrorSummary, TextField } from "../signatures/form-fields";
import styles from "../signatures/signatures.module.css";

const PREFIX = "my-data";

// One field, posted to a server action: works as a plain POST without JavaScript.
export function DataLinkForm({ locale, labels }: { locale: string; labels: { email: string; submit: string; submitting: string } }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(requestDataLinkAction, {});
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};
  useEffect(() => {
    if (state.fieldErrors || state.formError) summaryRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className={styles.form} noValidate>
      <ErrorSummary prefix={PREFIX} formError={state.formError} errors={errors} order={["email"]} summaryRef={summaryRef} />
      <input type="hidden" name="locale" value={locale} />
      <TextField prefix={PREFIX} name="email" type="email" inputMode="email" autoComplete="email" maxLength={254} label={labels.email} error={errors.email} defaultValue={textValues(state.values).email} />
      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
