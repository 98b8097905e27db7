import type { PublicEvent } from "@/lib/events/public-events";
import type { DayOfAction } from "@/lib/events/days-of-action";
import { groupByDayOfAction } from "@/lib/events/day-of-action-groups";
import { formatDate } from "@/lib/content/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { EventItem } from "@/components/campaigns/event-item";
import { eventPagePath } from "@/lib/events/calendar-paths";
import styles from "./event-groups.module.css";

/** A section's events, those held on a day of action gathered under the day's title and description. */
export function EventGroups({ events, days, locale, t, idPrefix, campaignSlug }: { events: PublicEvent[]; days: DayOfAction[]; locale: Locale; t: Translator; idPrefix: string; campaignSlug: string }) {
  return (
    <>
      {groupByDayOfAction(events, days).map((group) =>
        group.day ? (
          <section key={`day-${group.day.id}`} className={styles.day} aria-labelledby={`${idPrefix}-day-${group.day.id}`}>
            <p className={styles.label}>
              {t("daysOfAction.publicLabel")} · <time dateTime={group.day.date}>{formatDate(new Date(`${group.day.date}T12:00:00Z`), locale)}</time>
            </p>
            <h3 id={`${idPrefix}-day-${group.day.id}`} className={styles.title}>
              {group.day.title}
            </h3>
            {group.day.description ? <p className={styles.description}>{group.day.description}</p> : null}
            {group.events.map((event) => (
              <EventItem key={event.id} event={event} locale={locale} t={t} href={eventPagePath(locale, campaignSlug, event.id)} />
            ))}
          </section>
        ) : (
          <EventItem key={group.events[0].id} event={group.events[0]} locale={locale} t={t} href={eventPagePath(locale, campaignSlug, group.events[0].id)} />
        ),
      )}
    </>
  );
}
