import Link from "next/link";
import { formatTime } from "@/lib/content/format";
import type { DayOfAction } from "@/lib/events/days-of-action";
import type { MonthEvent } from "@/lib/events/month-events";
import type { GridDay } from "@/lib/events/month-grid";
import { CANCELLED_EVENT } from "@/lib/events/states";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import styles from "./month-calendar.module.css";

type Nav = { href: string; label: string };

/**
 * A month as a table, Monday first: each day lists its events (time in the event's own zone, title
 * linking to its page) and says when it is a day of action. On a phone the table becomes a list of the
 * days that have something on them (CSS only: the same markup).
 */
export function MonthCalendar({
  month,
  monthLabel,
  weeks,
  weekdays,
  previous,
  next,
  eventHref,
  locale,
  t,
}: {
  month: string;
  monthLabel: string;
  weeks: GridDay<MonthEvent, DayOfAction>[][];
  weekdays: { long: string; short: string }[];
  previous: Nav;
  next: Nav;
  eventHref: (id: string) => string;
  locale: Locale;
  t: Translator;
}) {
  const busy = weeks.flat().some((d) => d.events.length > 0 || d.dayOfAction);
  const longDay = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  return (
    <section aria-labelledby="calendar-month" className={styles.calendar}>
      <h2 id="calendar-month" className={styles.month}>
        {monthLabel}
      </h2>
      <nav aria-label={t("eventCalendar.monthNav")} className={styles.nav}>
        <Link href={previous.href} rel="prev">
          ← {previous.label}
        </Link>
        <Link href={next.href} rel="next">
          {next.label} →
        </Link>
      </nav>
      {!busy ? <p className={styles.none}>{t("eventCalendar.none", { month: monthLabel })}</p> : null}
      <table className={styles.table} data-month={month}>
        <caption className="visually-hidden">{t("eventCalendar.caption", { month: monthLabel })}</caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d.long} scope="col">
                <abbr title={d.long}>{d.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.date}>
              {week.map((day) => {
                const classes = [styles.day, !day.inMonth ? styles.outside : "", day.events.length === 0 && !day.dayOfAction ? styles.quiet : "", day.dayOfAction ? styles.action : ""].filter(Boolean).join(" ");
                const label = longDay.format(new Date(`${day.date}T12:00:00Z`));
                return (
                  <td key={day.date} className={classes} data-date={day.date}>
                    {day.inMonth ? (
                      <>
                        <time dateTime={day.date} className={styles.number}>
                          <span aria-hidden="true" className={styles.short}>
                            {Number(day.date.slice(8))}
                          </span>
                          <span className={styles.long}>{label}</span>
                        </time>
                        {day.dayOfAction ? <p className={styles.actionTitle}>{t("eventCalendar.dayOfAction", { title: day.dayOfAction.title })}</p> : null}
                        {day.events.length > 0 ? (
                          <ul className={styles.events}>
                            {day.events.map((event) => (
                              <li key={event.id} className={event.status === CANCELLED_EVENT ? styles.cancelled : undefined}>
                                <time dateTime={event.startsAt.toISOString()} className={styles.time}>
                                  {formatTime(event.startsAt, locale, event.timeZone)}
                                </time>{" "}
                                <Link href={eventHref(event.id)}>{event.title}</Link>
                                <span className={styles.place}>
                                  {" "}
                                  · {t(`actions.events.kind.${event.kind}`)}, {event.city}
                                  {event.status === CANCELLED_EVENT ? ` · ${t("eventCalendar.cancelled")}` : ""}
                                </span>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
