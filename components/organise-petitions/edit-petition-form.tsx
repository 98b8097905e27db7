"use client";

import { useActionState } from "react";
import { updatePetitionAction } from "@/lib/petitions/organiser-actions";
import type { FormState } from "@/lib/forms/form-state";
import { Field } from "@/components/forms/field";
import { FormNotice, listOf, valueOf } from "./form-bits";
import { LanguageChoices } from "./language-choices";
import styles from "./petitions.module.css";

export type EditPetitionLabels = {
  textHeading: string;
  textLocked: string;
  title: string;
  addressee: string;
  body: string;
  bodyHint: string;
  settingsHeading: string;
  goal: string;
  goalHint: string;
  deadline: string;
  deadlineHint: string;
  languages: string;
  languagesHint: string;
  save: string;
};

type Text = { locale: string; title: string; addressee: string; body: string };

type Props = {
  meta: { locale: string; campaignId: string; petitionId: string };
  isDraft: boolean;
  /** Goal and deadline may change (a draft or an open petition); a closed one is shown read-only. */
  canEditSettings: boolean;
  texts: (Text & { languageName: string })[];
  goal: string;
  deadline: string;
  languages: { value: string; label: string }[];
  chosenLanguages: string[];
  labels: EditPetitionLabels;
};

/** The petition's texts per language (while a draft), goal, deadline and languages. */
export function EditPetitionForm({ meta, isDraft, canEditSettings, texts, goal, deadline, languages, chosenLanguages, labels }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(updatePetitionAction, {});
  const err = (name: string) => state.fieldErrors?.[name];
  const ticked = listOf(state, "locales", chosenLanguages);
  return (
    <form action={formAction} className={styles.form} noValidate>
      {Object.entries(meta).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormNotice state={state} />
      <h2>{labels.textHeading}</h2>
      {isDraft ? null : <p className="notice">{labels.textLocked}</p>}
      {texts.map((text) => {
        const id = (field: string) => `${field}-${text.locale}`;
        const name = (field: string) => `${field}.${text.locale}`;
        return (
          <fieldset key={text.locale} className={styles.language} lang={text.locale}>
            <legend>{text.languageName}</legend>
            {isDraft ? (
              <>
                <Field id={id("title")} label={labels.title} error={err(name("title"))}>
                  {(control) => (
                    <input
                      name={name("title")}
                      type="text"
                      required
                      maxLength={200}
                      defaultValue={valueOf(state, name("title"), text.title)}
                      {...control}
                    />
                  )}
                </Field>
                <Field id={id("addressee")} label={labels.addressee} error={err(name("addressee"))}>
                  {(control) => (
                    <input
                      name={name("addressee")}
                      type="text"
                      required
                      maxLength={500}
                      defaultValue={valueOf(state, name("addressee"), text.addressee)}
                      {...control}
                    />
                  )}
                </Field>
                <Field id={id("body")} label={labels.body} hint={labels.bodyHint} error={err(name("body"))}>
                  {(control) => (
                    <textarea
                      name={name("body")}
                      required
                      maxLength={20000}
                      rows={12}
                      defaultValue={valueOf(state, name("body"), text.body)}
                      {...control}
                    />
                  )}
                </Field>
              </>
            ) : (
              <dl className={styles.lockedText}>
                <dt>{labels.title}</dt>
                <dd>{text.title}</dd>
                <dt>{labels.addressee}</dt>
                <dd>{text.addressee}</dd>
                <dt>{labels.body}</dt>
                <dd>{text.body}</dd>
              </dl>
            )}
          </fieldset>
        );
      })}

      {canEditSettings ? (
        <>
          <h2>{labels.settingsHeading}</h2>
          {isDraft ? (
            <LanguageChoices languages={languages} ticked={ticked} error={err("locales")} legend={labels.languages} hint={labels.languagesHint} markSent />
          ) : null}
          <div className={styles.inline}>
            <Field id="goal" label={labels.goal} hint={labels.goalHint} error={err("goal")}>
              {(control) => <input name="goal" type="number" min={1} step={1} inputMode="numeric" defaultValue={valueOf(state, "goal", goal)} {...control} />}
            </Field>
            <Field id="deadline" label={labels.deadline} hint={labels.deadlineHint} error={err("deadline")}>
              {(control) => <input name="deadline" type="date" defaultValue={valueOf(state, "deadline", deadline)} {...control} />}
            </Field>
          </div>
          <button type="submit" className="button" disabled={pending}>
            {labels.save}
          </button>
        </>
      ) : null}
    </form>
  );
}
