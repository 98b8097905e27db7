"use client";

import { useActionState } from "react";
import { requestSignInLinkAction } from "@/lib/auth/actions";
import { textValues, type FormState } from "@/lib/forms/form-state";
import { Field } from "@/components/forms/field";
import styles from "./auth.module.css";

type Labels = { email: string; hint: string; submit: string };

/** Posts to a server action, so it works without JavaScript; with it, errors appear in place. */
export function SignInForm({ locale, callbackUrl, labels }: { locale: string; callbackUrl: string; labels: Labels }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(requestSignInLinkAction, {});
  const emailError = state.fieldErrors?.email;
  const formError = state.formError;
  return (
    <form action={formAction} className={styles.form}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div aria-live="polite">{formError ? <p className="notice notice--error">{formError}</p> : null}</div>
      <Field id="sign-in-email" label={labels.email} hint={labels.hint} error={emailError} announceError>
        {(control) => <input name="email" type="email" autoComplete="email" inputMode="email" required maxLength={254} defaultValue={textValues(state.values).email} {...control} />}
      </Field>
      <button type="submit" className={`button ${styles.submit}`} disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
