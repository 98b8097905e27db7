"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { FormNotice } from "@/components/organise-petitions/form-bits";
import { Field } from "./field";

// One form for every action that answers a FormState (lib/organise/organiser-action.ts): the server
// page passes the action, its hidden routing fields and its fields as children; the fields read the
// answer (their message, what was typed) from the form around them. A plain form post without
// JavaScript (the page comes back with the same answer); with it, the answer arrives in place.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const AnswerContext = createContext<FormState>({});

export function ActionForm({
  action,
  hidden,
  submit,
  className,
  submitClassName = "button",
  children,
}: {
  action: Action;
  hidden: Record<string, string>;
  submit: string;
  className?: string;
  submitClassName?: string;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormNotice state={state} />
      {/* After a success the fields start again from their defaults. */}
      <AnswerContext value={state} key={state.ok ? `ok-${state.ok}` : "form"}>
        {children}
      </AnswerContext>
      <button type="submit" className={submitClassName} disabled={pending}>
        {submit}
      </button>
    </form>
  );
}

function useAnswer(name: string, fallback: string) {
  const state = useContext(AnswerContext);
  const typed = state.values?.[name];
  return { error: state.fieldErrors?.[name], value: typeof typed === "string" ? typed : fallback };
}

type TextProps = {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  type?: "text" | "email" | "url" | "date";
  required?: boolean;
  maxLength?: number;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
  autoComplete?: string;
  idPrefix?: string;
  lang?: string;
};

export function TextField({ name, label, hint, defaultValue = "", type = "text", required, maxLength, rows, autoComplete = "off", idPrefix = "f", lang }: TextProps) {
  const { error, value } = useAnswer(name, defaultValue);
  const id = `${idPrefix}-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) =>
        rows ? (
          <textarea {...control} name={name} rows={rows} required={required} maxLength={maxLength} defaultValue={value} lang={lang} />
        ) : (
          <input {...control} name={name} type={type} required={required} maxLength={maxLength} defaultValue={value} autoComplete={autoComplete} lang={lang} />
        )
      }
    </Field>
  );
}

export function SelectField({
  name,
  label,
  hint,
  options,
  defaultValue,
  idPrefix = "f",
}: {
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValue: string;
  idPrefix?: string;
}) {
  const { error, value } = useAnswer(name, defaultValue);
  const id = `${idPrefix}-${name}`;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} name={name} defaultValue={value}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A message at a field that the form does not show as an input (a hidden id the answer names). */
export function AnswerFor({ name }: { name: string }) {
  const { error } = useAnswer(name, "");
  return error ? <p className="field-error">{error}</p> : null;
}

/** A group of checkboxes (a list field): its legend, hint and message. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  defaultValues,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  defaultValues: readonly string[];
}) {
  const state = useContext(AnswerContext);
  const typed = state.values?.[name];
  const checked = state.values ? (Array.isArray(typed) ? typed : typeof typed === "string" ? [typed] : []) : defaultValues;
  const error = state.fieldErrors?.[name];
  const id = `f-${name}`;
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={error ? "field field--invalid" : "field"} aria-describedby={described}>
      <legend>{legend}</legend>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input type="checkbox" id={`${id}-${o.value}`} name={name} value={o.value} defaultChecked={checked.includes(o.value)} />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
