import Link from "next/link";
import { formatNumber } from "@/lib/content/format";
import type { EventTotals as Totals } from "@/lib/events/event-totals";
import type { Translator } from "@/lib/i18n/translate";
import styles from "./event-totals.module.css";

/** The campaign's events in three numbers, with a link to the list; nothing at all before the first event. */
export function EventTotals({ totals, locale, t, href }: { totals: Totals; locale: string; t: Translator; href: string }) {
  if (totals.events === 0) return null;
  const items = [
    { key: "events", value: totals.events, label: t("eventTotals.events", { count: totals.events }) },
    { key: "countries", value: totals.countries, label: t("eventTotals.countries", { count: totals.countries }) },
    { key: "people", value: totals.people, label: t("eventTotals.people", { count: totals.people }) },
  ];
  return (
    <section aria-labelledby="event-totals-heading" className={styles.totals}>
      <h2 id="event-totals-heading">{t("eventTotals.heading")}</h2>
      <ul className={styles.numbers}>
        {items.map((item) => (
          <li key={item.key} data-total={item.key}>
            <strong className={styles.value}>{formatNumber(item.value, locale)}</strong> <span>{item.label}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link href={href}>{t("eventTotals.link")}</Link>
      </p>
    </section>
  );
}
