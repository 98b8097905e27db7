import { FieldError } from "@/components/forms/field";
import { groupDescribedBy } from "./form-bits";
import styles from "./petitions.module.css";

// The petition's languages, as checkboxes: shared by the "new petition" and "edit petition" forms.
export function LanguageChoices(props: {
  languages: { value: string; label: string }[];
  ticked: readonly string[];
  error: string | undefined;
  legend: string;
  hint: string;
  /** The edit form says it sent the list, so that unticking every box is not read as "unchanged". */
  markSent?: boolean;
}) {
  return (
    <fieldset className={styles.choices} {...groupDescribedBy("locales", props.error, "locales-hint")}>
      <legend>{props.legend}</legend>
      {props.markSent ? <input type="hidden" name="localesSent" value="1" /> : null}
      <p className="hint muted" id="locales-hint">
        {props.hint}
      </p>
      {props.languages.map((l) => (
        <div className="checkbox" key={l.value}>
          <input type="checkbox" id={`locale-${l.value}`} name="locales" value={l.value} defaultChecked={props.ticked.includes(l.value)} />
          <label htmlFor={`locale-${l.value}`} lang={l.value}>
            {l.label}
          </label>
        </div>
      ))}
      <FieldError id="locales" message={props.error} />
    </fieldset>
  );
}
