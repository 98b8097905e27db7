import { countryName } from "@/lib/content/format";
import type { EventFilter, EventFilterProblem } from "@/lib/events/event-filters";
import { EVENT_KINDS } from "@/lib/events/states";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import styles from "./event-filters.module.css";

/** The events list's filters: a plain GET form to the same page (no JavaScript needed). */
export function EventFilterForm({
  action,
  countries,
  filter,
  problem,
  locale,
  t,
}: {
  action: string;
  countries: readonly string[];
  filter: EventFilter;
  problem: EventFilterProblem | null;
  locale: Locale;
  t: Translator;
}) {
  const named = countries.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <form method="get" action={action} className={styles.form} aria-labelledby="event-filters-heading" aria-describedby={problem ? "event-filters-problem" : undefined}>
      <h2 id="event-filters-heading" className={styles.heading}>
        {t("eventFilters.heading")}
      </h2>
      {problem ? (
        <p id="event-filters-problem" className="notice notice--error" role="alert">
          {t(`eventFilters.problem.${problem}`)}
        </p>
      ) : null}
      <div className={styles.fields}>
        <div className="field">
          <label htmlFor="filter-country">{t("eventFilters.country")}</label>
          <select id="filter-country" name="country" defaultValue={filter.country ?? ""}>
            <option value="">{t("eventFilters.anyCountry")}</option>
            {named.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-kind">{t("eventFilters.kind")}</label>
          <select id="filter-kind" name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">{t("eventFilters.anyKind")}</option>
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`actions.events.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-from">{t("eventFilters.from")}</label>
          <input id="filter-from" name="from" type="date" defaultValue={filter.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{t("eventFilters.to")}</label>
          <input id="filter-to" name="to" type="date" defaultValue={filter.to ?? ""} />
        </div>
      </div>
      <p className={styles.buttons}>
        <button type="submit" className="button">
          {t("eventFilters.submit")}
        </button>
        <a href={action}>{t("eventFilters.reset")}</a>
      </p>
    </form>
  );
}
