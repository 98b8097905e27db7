import styles from "./petitions.module.css";

export type ExportLabels = {
  target: string;
  allTargets: string;
  language: string;
  emails: string;
  hiddenNames: string;
  privacy: string;
  csv: string;
  sponsorsCsv: string;
  pdf: string;
};

type Props = {
  exportBase: string;
  targets: { id: string; name: string }[];
  languages: { value: string; label: string }[];
  defaultLanguage: string;
  labels: ExportLabels;
};

/**
 * The export choices as a plain GET form: each button downloads a file from its own address with the
 * same options (target, language, and the two internal-use boxes, both off by default).
 */
export function ExportOptions({ exportBase, targets, languages, defaultLanguage, labels }: Props) {
  return (
    <form method="get" action={`${exportBase}/signatures.csv`} className={styles.form}>
      <div className={styles.inline}>
        <div className="field">
          <label htmlFor="export-target">{labels.target}</label>
          <select id="export-target" name="target" defaultValue="">
            <option value="">{labels.allTargets}</option>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="export-language">{labels.language}</label>
          <select id="export-language" name="lang" defaultValue={defaultLanguage}>
            {languages.map((l) => (
              <option key={l.value} value={l.value} lang={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted" id="export-privacy">
        {labels.privacy}
      </p>
      <div className="checkbox">
        <input type="checkbox" id="export-hidden-names" name="hidden" value="1" aria-describedby="export-privacy" />
        <label htmlFor="export-hidden-names">{labels.hiddenNames}</label>
      </div>
      <div className="checkbox">
        <input type="checkbox" id="export-emails" name="emails" value="1" />
        <label htmlFor="export-emails">{labels.emails}</label>
      </div>
      <p className={styles.exportLinks}>
        <button type="submit" className="button">
          {labels.csv}
        </button>
        <button type="submit" className="button button--quiet" formAction={`${exportBase}/sponsors.csv`}>
          {labels.sponsorsCsv}
        </button>
        <button type="submit" className="button button--quiet" formAction={`${exportBase}/petition.pdf`}>
          {labels.pdf}
        </button>
      </p>
    </form>
  );
}
