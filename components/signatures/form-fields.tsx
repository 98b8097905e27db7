import styles from "./signatures.module.css";

// Small labelled fields for the supporter's forms (signing, resending, sponsoring): the label, an optional
// hint, the error in place, all tied to the control with aria-describedby. `prefix` keeps ids unique per form.

type Common = { prefix: string; name: string; label: string; hint?: string; optional?: string; error?: string };

export function describedBy({ prefix, name, hint, error }: Common): string | undefined {
  const ids = [hint ? `${prefix}-${name}-hint` : "", error ? `${prefix}-${name}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Frame(props: Common & { children: React.ReactNode }) {
  const { prefix, name, label, hint, optional, error, children } = props;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={`${prefix}-${name}`}>
        {label}
        {optional ? <span className={styles.optional}> {optional}</span> : null}
      </label>
      {hint ? (
        <span className="hint" id={`${prefix}-${name}-hint`}>
          {hint}
        </span>
      ) : null}
      {children}
      <ErrorText id={`${prefix}-${name}-error`} message={error} />
    </div>
  );
}

/** A field's message, for controls outside these fields (a group of radio buttons, a consent box). */
export function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p className="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

type InputProps = Common & {
  defaultValue?: string;
  type?: "text" | "email" | "url" | "datetime-local";
  autoComplete?: string;
  maxLength?: number;
  inputMode?: "email" | "text" | "url" | "decimal" | "numeric";
  /** Suggestions (a datalist's id). */
  list?: string;
  placeholder?: string;
};

export function TextField(props: InputProps) {
  const { prefix, name, error, defaultValue, type = "text", autoComplete, maxLength, inputMode, list, placeholder } = props;
  return (
    <Frame {...props}>
      <input
        id={`${prefix}-${name}`}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        maxLength={maxLength}
        inputMode={inputMode}
        list={list}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props)}
      />
    </Frame>
  );
}

export function TextArea(props: Common & { defaultValue?: string; maxLength?: number; rows?: number }) {
  const { prefix, name, error, defaultValue, maxLength, rows = 3 } = props;
  return (
    <Frame {...props}>
      <textarea id={`${prefix}-${name}`} name={name} defaultValue={defaultValue} maxLength={maxLength} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy(props)} />
    </Frame>
  );
}

type Option = { value: string; label: string };

export function SelectField(props: Common & { defaultValue?: string; placeholder: string; options: Option[]; autoComplete?: string }) {
  const { prefix, name, error, defaultValue, placeholder, options, autoComplete } = props;
  return (
    <Frame {...props}>
      <select id={`${prefix}-${name}`} name={name} defaultValue={defaultValue ?? ""} autoComplete={autoComplete} aria-invalid={error ? true : undefined} aria-describedby={describedBy(props)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** The list of problems above a form: announced when it appears, each item a link to its field. */
export function ErrorSummary({ prefix, heading, formError, errors, order, summaryRef }: { prefix: string; heading?: string; formError?: string; errors: Record<string, string>; order: readonly string[]; summaryRef?: React.Ref<HTMLDivElement> }) {
  const fieldErrors = order.filter((f) => errors[f]).map((f) => [f, errors[f]!] as const);
  return (
    <div aria-live="assertive" ref={summaryRef} tabIndex={-1}>
      {formError ? <p className="notice notice--error">{formError}</p> : null}
      {fieldErrors.length > 0 ? (
        <div className="notice notice--error" role="alert">
          {heading ? <p>{heading}</p> : null}
          <ul>
            {fieldErrors.map(([field, message]) => (
              <li key={field}>
                <a href={`#${prefix}-${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
