import type { PublicEvent } from "@/lib/events/public-events";
import { countryName, formatDateTime, formatTime, isSameDay } from "@/lib/content/format";
import { safeHttpUrl } from "@/lib/content/safe-url";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { MarkdownBlock } from "../content/markdown-block";
import styles from "../campaigns/event-item.module.css";

// The pieces of an event the list, its page and its poster show alike: when (in the event's own time
// zone, the zone named), where, and the approved reports.

/** "Friday, 18 December 2026, 17:00 (CET), until 19:00". */
export function EventWhen({ event, locale, t }: { event: Pick<PublicEvent, "startsAt" | "endsAt" | "timeZone">; locale: Locale; t: Translator }) {
  const endsSameDay = event.endsAt && isSameDay(event.startsAt, event.endsAt, event.timeZone);
  return (
    <>
      <time dateTime={event.startsAt.toISOString()}>{formatDateTime(event.startsAt, locale, event.timeZone)}</time>
      {event.endsAt ? (
        <>
          {", "}
          <time dateTime={event.endsAt.toISOString()}>
            {endsSameDay
              ? t("actions.events.until", { time: formatTime(event.endsAt, locale, event.timeZone) })
              : t("actions.events.until", { time: formatDateTime(event.endsAt, locale, event.timeZone) })}
          </time>
        </>
      ) : null}
    </>
  );
}

/** "Outside the consulate, Köln, Germany" (with the street when `withStreet`). */
export function eventPlace(event: Pick<PublicEvent, "venue" | "streetAddress" | "city" | "country">, locale: Locale, { withStreet = false } = {}): string {
  return [event.venue, withStreet ? event.streetAddress : null, event.city, countryName(event.country, locale)].filter(Boolean).join(", ");
}

export function EventReports({ reports, t, headingLevel = 4 }: { reports: PublicEvent["reports"]; t: Translator; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return reports.map((report, index) => (
    <section key={index} className={styles.report} aria-label={t("actions.events.reportTitle")}>
      <Heading>{t("actions.events.reportTitle")}</Heading>
      {report.attendance !== null ? <p className={styles.attendance}>{t("actions.events.attendance", { count: report.attendance })}</p> : null}
      <MarkdownBlock source={report.body} />
      {report.pressLinks.length > 0 ? (
        <>
          <p className={styles.pressTitle}>{t("actions.events.press")}</p>
          <ul className={styles.press}>
            {report.pressLinks.map((link) => (
              <li key={link}>
                <a href={safeHttpUrl(link) ?? undefined} rel="nofollow noopener">
                  {link.replace(/^https?:\/\//, "")}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.photos.length > 0 ? (
        <ul className={styles.photos}>
          {report.photos.map((photo) => (
            <li key={photo.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- re-encoded and sized once, at upload (lib/events/photos/process.ts) */}
              <img src={`/api/events/photos/${photo.id}`} alt={photo.alt} width={photo.width} height={photo.height} loading="lazy" decoding="async" />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  ));
}
