"use client";

import { useActionState } from "react";
import { addOrganiserAction } from "@/lib/organise/actions";
import type { AddOrganiserState } from "@/lib/organise/schemas";
import styles from "./organise.module.css";

type Labels = { email: string; role: string; submit: string; roles: { value: string; label: string }[] };

/** An admin adds an organiser by email. A plain form post without JavaScript; errors in place with it. */
export function AddOrganiserForm({ campaignId, locale, labels }: { campaignId: string; locale: string; labels: Labels }) {
  const [state, formAction, pending] = useActionState<AddOrganiserState, FormData>(addOrganiserAction, {});
  const errorFor = (field: "email" | "role" | "form") => (state.error?.field === field ? state.error.message : undefined);
  return (
    <form action={formAction} className={styles.form}>
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="locale" value={locale} />
      <div aria-live="polite">
        {state.ok ? <p className="notice notice--ok">{state.ok}</p> : null}
        {errorFor("form") ? <p className="notice notice--error">{errorFor("form")}</p> : null}
      </div>
      <div className={`field${errorFor("email") ? " field--invalid" : ""}`}>
        <label htmlFor="organiser-email">{labels.email}</label>
        <input
          id="organiser-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={state.ok ? "" : state.email}
          key={state.ok ?? "form"}
          aria-invalid={errorFor("email") ? true : undefined}
          aria-describedby={errorFor("email") ? "organiser-email-error" : undefined}
        />
        {errorFor("email") ? (
          <p className="field-error" id="organiser-email-error">
            {errorFor("email")}
          </p>
        ) : null}
      </div>
      <div className={`field${errorFor("role") ? " field--invalid" : ""}`}>
        <label htmlFor="organiser-role">{labels.role}</label>
        <select
          id="organiser-role"
          name="role"
          defaultValue="EDITOR"
          aria-invalid={errorFor("role") ? true : undefined}
          aria-describedby={errorFor("role") ? "organiser-role-error" : undefined}
        >
          {labels.roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        {errorFor("role") ? (
          <p className="field-error" id="organiser-role-error">
            {errorFor("role")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
