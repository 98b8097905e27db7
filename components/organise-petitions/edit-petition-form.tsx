"use client";

import { useActionState } from "react";
import { updatePetitionAction } from "@/lib/petitions/organiser-actions";
import type { OrganiserFormState } from "@/lib/petitions/organiser-form";
import { FieldError, FormNotice, describedBy, fieldClass, listOf, valueOf } from "./form-bits";
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
  meta: { locale: string; campaignId: string; campaignSlug: string; petitionId: string };
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
  const [state, formAction, pending] = useActionState<OrganiserFormState, FormData>(updatePetitionAction, {});
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
                <div className={fieldClass(err(name("title")))}>
                  <label htmlFor={id("title")}>{labels.title}</label>
                  <input
                    id={id("title")}
                    name={name("title")}
                    type="text"
                    required
                    maxLength={200}
                    defaultValue={valueOf(state, name("title"), text.title)}
                    {...describedBy(id("title"), err(name("title")))}
                  />
                  <FieldError id={id("title")} message={err(name("title"))} />
                </div>
                <div className={fieldClass(err(name("addressee")))}>
                  <label htmlFor={id("addressee")}>{labels.addressee}</label>
                  <input
                    id={id("addressee")}
                    name={name("addressee")}
                    type="text"
                    required
                    maxLength={500}
                    defaultValue={valueOf(state, name("addressee"), text.addressee)}
                    {...describedBy(id("addressee"), err(name("addressee")))}
                  />
                  <FieldError id={id("addressee")} message={err(name("addressee"))} />
                </div>
                <div className={fieldClass(err(name("body")))}>
                  <label htmlFor={id("body")}>{labels.body}</label>
                  <span className="hint" id={`${id("body")}-hint`}>
                    {labels.bodyHint}
                  </span>
                  <textarea
                    id={id("body")}
                    name={name("body")}
                    required
                    maxLength={20000}
                    rows={12}
                    defaultValue={valueOf(state, name("body"), text.body)}
                    {...describedBy(id("body"), err(name("body")), `${id("body")}-hint`)}
                  />
                  <FieldError id={id("body")} message={err(name("body"))} />
                </div>
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
            <div className={fieldClass(err("goal"))}>
              <label htmlFor="goal">{labels.goal}</label>
              <span className="hint" id="goal-hint">
                {labels.goalHint}
              </span>
              <input id="goal" name="goal" type="number" min={1} step={1} inputMode="numeric" defaultValue={valueOf(state, "goal", goal)} {...describedBy("goal", err("goal"), "goal-hint")} />
              <FieldError id="goal" message={err("goal")} />
            </div>
            <div className={fieldClass(err("deadline"))}>
              <label htmlFor="deadline">{labels.deadline}</label>
              <span className="hint" id="deadline-hint">
                {labels.deadlineHint}
              </span>
              <input id="deadline" name="deadline" type="date" defaultValue={valueOf(state, "deadline", deadline)} {...describedBy("deadline", err("deadline"), "deadline-hint")} />
              <FieldError id="deadline" message={err("deadline")} />
            </div>
          </div>
          <button type="submit" className="button" disabled={pending}>
            {labels.save}
          </button>
        </>
      ) : null}
    </form>
  );
}
