"use client";

import { useActionState } from "react";
import { requestSignInLinkAction } from "@/lib/auth/actions";
import type { SignInFormState } from "@/lib/auth/schemas";
import styles from "./auth.module.css";

type Labels = { email: string; hint: string; submit: string };

/** Posts to a server action, so it works without JavaScript; with it, errors appear in place. */
export function SignInForm({ locale, callbackUrl, labels }: { locale: string; callbackUrl: string; labels: Labels }) {
  const [state, formAction, pending] = useActionState<SignInFormState, FormData>(requestSignInLinkAction, {});
  const emailError = state.error?.field === "email" ? state.error.message : undefined;
  const formError = state.error?.field === "form" ? state.error.message : undefined;
  return (
    <form action={formAction} className={styles.form}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div aria-live="polite">{formError ? <p className="notice notice--error">{formError}</p> : null}</div>
      <div className={`field${emailError ? " field--invalid" : ""}`}>
        <label htmlFor="sign-in-email">{labels.email}</label>
        <span className="hint" id="sign-in-email-hint">
          {labels.hint}
        </span>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          maxLength={254}
          defaultValue={state.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "sign-in-email-hint sign-in-email-error" : "sign-in-email-hint"}
        />
        <div aria-live="polite">
          {emailError ? (
            <p className="field-error" id="sign-in-email-error">
              {emailError}
            </p>
          ) : null}
        </div>
      </div>
      <button type="submit" className={`button ${styles.submit}`} disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
