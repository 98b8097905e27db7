"use client";

import { useActionState } from "react";
import { createPetitionAction } from "@/lib/petitions/organiser-actions";
import type { FormState } from "@/lib/forms/form-state";
import { Field, FieldError } from "@/components/forms/field";
import { FormNotice, groupDescribedBy, listOf, valueOf } from "./form-bits";
import { LanguageChoices } from "./language-choices";
import styles from "./petitions.module.css";

export type NewPetitionLabels = {
  demands: string;
  demandsHint: string;
  noDemands: string;
  targets: string;
  targetsHint: string;
  noTargets: string;
  languages: string;
  languagesHint: string;
  goal: string;
  goalHint: string;
  deadline: string;
  deadlineHint: string;
  slug: string;
  slugHint: string;
  submit: string;
};

type Props = {
  locale: string;
  campaignId: string;
  demands: { id: string; position: number; text: string; lang?: string }[];
  targets: { id: string; name: string }[];
  languages: { value: string; label: string }[];
  defaultLanguages: string[];
  labels: NewPetitionLabels;
};

/** Demands and targets → a drafted petition. A plain form post without JavaScript; errors in place. */
export function NewPetitionForm({ locale, campaignId, demands, targets, languages, defaultLanguages, labels }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(createPetitionAction, {});
  const err = (name: string) => state.fieldErrors?.[name];
  const chosenDemands = listOf(state, "demandIds", []);
  const chosenTargets = listOf(state, "targetIds", []);
  const chosenLanguages = listOf(state, "locales", defaultLanguages);
  return (
    <form action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <FormNotice state={state} />

      <fieldset className={styles.choices} {...groupDescribedBy("demandIds", err("demandIds"), "demandIds-hint")}>
        <legend>{labels.demands}</legend>
        <p className="hint muted" id="demandIds-hint">
          {demands.length ? labels.demandsHint : labels.noDemands}
        </p>
        {demands.map((d) => (
          <div className="checkbox" key={d.id}>
            <input type="checkbox" id={`demand-${d.id}`} name="demandIds" value={d.id} defaultChecked={chosenDemands.includes(d.id)} />
            <label htmlFor={`demand-${d.id}`} lang={d.lang}>
              <span className={styles.position}>{d.position}.</span> {d.text}
            </label>
          </div>
        ))}
        <FieldError id="demandIds" message={err("demandIds")} />
      </fieldset>

      <fieldset className={styles.choices} {...groupDescribedBy("targetIds", err("targetIds"), "targetIds-hint")}>
        <legend>{labels.targets}</legend>
        <p className="hint muted" id="targetIds-hint">
          {targets.length ? labels.targetsHint : labels.noTargets}
        </p>
        {targets.map((target) => (
          <div className="checkbox" key={target.id}>
            <input type="checkbox" id={`target-${target.id}`} name="targetIds" value={target.id} defaultChecked={chosenTargets.includes(target.id)} />
            <label htmlFor={`target-${target.id}`}>{target.name}</label>
          </div>
        ))}
        <FieldError id="targetIds" message={err("targetIds")} />
      </fieldset>

      <LanguageChoices languages={languages} ticked={chosenLanguages} error={err("locales")} legend={labels.languages} hint={labels.languagesHint} />

      <Field id="goal" label={labels.goal} hint={labels.goalHint} error={err("goal")}>
        {(control) => <input name="goal" type="number" min={1} step={1} inputMode="numeric" defaultValue={valueOf(state, "goal", "")} {...control} />}
      </Field>

      <Field id="deadline" label={labels.deadline} hint={labels.deadlineHint} error={err("deadline")}>
        {(control) => <input name="deadline" type="date" defaultValue={valueOf(state, "deadline", "")} {...control} />}
      </Field>

      <Field id="slug" label={labels.slug} hint={labels.slugHint} error={err("slug")}>
        {(control) => (
          <input
            name="slug"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
            defaultValue={valueOf(state, "slug", "")}
            {...control}
          />
        )}
      </Field>

      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
