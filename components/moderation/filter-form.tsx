import styles from "./moderation.module.css";

export type FilterLabels = {
  heading: string;
  petition: string;
  allPetitions: string;
  status: string;
  anyStatus: string;
  suspectOnly: string;
  domain: string;
  domainHint: string;
  ip: string;
  from: string;
  until: string;
  timeHint: string;
  country: string;
  anyCountry: string;
  show: string;
  clear: string;
};

type Props = {
  action: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  petitions: { id: string; title: string }[];
  statuses: { value: string; label: string }[];
  countries: { code: string; name: string }[];
  labels: FilterLabels;
};

/** The filter, as a plain GET form: the result is an address a moderator can bookmark or share. */
export function FilterForm({ action, values, errors, petitions, statuses, countries, labels }: Props) {
  const text = (name: string, label: string, type = "text", hint?: string) => (
    <div className={errors[name] ? "field field--invalid" : "field"}>
      <label htmlFor={`filter-${name}`}>{label}</label>
      {hint ? (
        <span className="hint" id={`filter-${name}-hint`}>
          {hint}
        </span>
      ) : null}
      <input
        id={`filter-${name}`}
        name={name}
        type={type}
        defaultValue={values[name] ?? ""}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[hint ? `filter-${name}-hint` : "", errors[name] ? `filter-${name}-error` : ""].filter(Boolean).join(" ") || undefined}
      />
      {errors[name] ? (
        <p className="field-error" id={`filter-${name}-error`}>
          {errors[name]}
        </p>
      ) : null}
    </div>
  );
  return (
    <form method="get" action={action}>
      <fieldset className={styles.filters}>
        <legend>{labels.heading}</legend>
        <div className="field">
          <label htmlFor="filter-petition">{labels.petition}</label>
          <select id="filter-petition" name="petition" defaultValue={values.petition ?? ""}>
            <option value="">{labels.allPetitions}</option>
            {petitions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{labels.status}</label>
          <select id="filter-status" name="status" defaultValue={values.status ?? ""}>
            <option value="">{labels.anyStatus}</option>
            {statuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-country">{labels.country}</label>
          <select id="filter-country" name="country" defaultValue={values.country ?? ""}>
            <option value="">{labels.anyCountry}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox">
          <input type="checkbox" id="filter-suspect" name="suspect" value="1" defaultChecked={values.suspect === "1"} />
          <label htmlFor="filter-suspect">{labels.suspectOnly}</label>
        </div>
        {text("domain", labels.domain, "text", labels.domainHint)}
        {text("ip", labels.ip)}
        {text("from", labels.from, "datetime-local", labels.timeHint)}
        {text("until", labels.until, "datetime-local", labels.timeHint)}
        <div className={styles.buttons}>
          <button type="submit" className="button">
            {labels.show}
          </button>
          <a href={action}>{labels.clear}</a>
        </div>
      </fieldset>
    </form>
  );
}
