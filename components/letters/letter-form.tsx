"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { ErrorText, TextArea, TextField } from "@/components/signatures/form-fields";

type Option = { value: string; label: string };

export type LetterFormLabels = {
  name: string; email: string; emailHint: string; organisation: string; city: string; country: string; countryHint: string;
  recipients: string; mission: string; others: string; text: string; textLocked: string; textEditable: string; subject: string;
  wallConsent: string; send: string; otherWays: string; textPreview: string; placeholdersHint: string;
};

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  labels: LetterFormLabels;
  /** The country's name in the reader's language, as the page proposes it (from the "I live in" form or the browser). */
  country: string;
  missions: Option[];
  proposedMission: string | null;
  reason: string | null;
  others: Option[];
  subject: string;
  body: string;
  editable: boolean;
  maxLength: number;
  solidarity: boolean;
  privacy: React.ReactNode;
  /** The other two ways (mailto and print): buttons of this form, posting its fields elsewhere. */
  otherWays?: React.ReactNode;
  /** Which letter this is. "Send through Placard" has them bound; the other ways read them from the form. */
  routing: { locale: string; campaign: string; template: string };
};

// A plain form posted to a server action: without JavaScript the browser posts it and the page comes back
// with the messages at their fields and the typed text kept; with it, useActionState shows them in place.
// The recipients are only slugs from the template's list: one mission (the proposed one, changeable) and
// the template's other targets, ticked by default.
export function LetterForm(props: Props) {
  const { action, labels: l } = props;
  const [state, formAction, pending] = useActionState(action, {});
  const errors: Record<string, string> = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const chosen = Array.isArray(values.targets) ? values.targets : typeof values.targets === "string" ? [values.targets] : null;
  const field = (name: string) => ({ prefix: "letter", name, error: errors[name], defaultValue: text(name) });
  const mission = chosen?.find((s) => props.missions.some((m) => m.value === s)) ?? props.proposedMission ?? undefined;

  return (
    <form action={formAction} noValidate>
      {Object.entries(props.routing).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div aria-live="polite">{state.formError ? <p className="notice notice--error" role="alert">{state.formError}</p> : null}</div>
      <TextField {...field("name")} label={l.name} autoComplete="name" maxLength={120} />
      <TextField {...field("email")} label={l.email} hint={l.emailHint} type="email" inputMode="email" autoComplete="email" maxLength={254} />
      <TextField {...field("organisation")} label={l.organisation} autoComplete="organization" maxLength={160} />
      <TextField {...field("city")} label={l.city} autoComplete="address-level2" maxLength={120} />
      <TextField {...field("country")} defaultValue={text("country") ?? props.country} label={l.country} hint={l.countryHint} autoComplete="country-name" maxLength={80} />

      <fieldset id="letter-targets" aria-describedby={errors.targets ? "letter-targets-error" : undefined}>
        <legend>{l.recipients}</legend>
        <ErrorText id="letter-targets-error" message={errors.targets} />
        {props.missions.length > 0 ? (
          <div className="field">
            <label htmlFor="letter-mission">{l.mission}</label>
            {props.reason ? <span className="hint" id="letter-mission-reason">{props.reason}</span> : null}
            <select id="letter-mission" name="targets" defaultValue={mission} aria-describedby={props.reason ? "letter-mission-reason" : undefined}>
              {props.missions.map((m) => (
                <option key={m.value} value={m.value}>{m.label}</option>
              ))}
            </select>
          </div>
        ) : null}
        {props.others.length > 0 ? (
          <div className="field">
            <p>{l.others}</p>
            {props.others.map((o) => (
              <label key={o.value} className="checkbox">
                <input type="checkbox" name="targets" value={o.value} defaultChecked={chosen ? chosen.includes(o.value) : true} /> {o.label}
              </label>
            ))}
          </div>
        ) : null}
      </fieldset>

      <section aria-labelledby="letter-text-heading">
        <h2 id="letter-text-heading">{l.text}</h2>
        {props.editable ? (
          <>
            <p className="hint">{l.textEditable} {l.placeholdersHint}</p>
            <TextField {...field("subject")} defaultValue={text("subject") ?? props.subject} label={l.subject} maxLength={250} />
            <TextArea {...field("body")} defaultValue={text("body") ?? props.body} label={l.text} maxLength={props.maxLength} rows={14} />
          </>
        ) : (
          <>
            <p className="hint">{l.textLocked} {l.textPreview}</p>
            <p><strong>{props.subject}</strong></p>
            <pre style={{ whiteSpace: "pre-wrap", fontFamily: "inherit" }}>{props.body}</pre>
          </>
        )}
      </section>

      {props.solidarity ? (
        <label className="checkbox">
          <input type="checkbox" name="wallConsent" value="on" defaultChecked={text("wallConsent") === "on"} /> {l.wallConsent}
        </label>
      ) : null}

      <div aria-hidden="true" style={{ position: "absolute", left: "-10000px" }}>
        <label>
          Website <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>

      {props.privacy}

      <p>
        <button type="submit" className="button button--action" disabled={pending}>{l.send}</button>
      </p>
      {/* SLOT for the helper "offline": <OtherWaysButtons /> from components/letters/other-ways.tsx (mailto and print) goes here. */}
      {props.otherWays ? <div className="other-ways" aria-label={l.otherWays}>{props.otherWays}</div> : null}
    </form>
  );
}
