import type { PublicEvent } from "@/lib/events/public-events";
import { countryName, formatDateTime, formatTime, isSameDay } from "@/lib/content/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { MarkdownBlock } from "../content/markdown-block";
import { safeHttpUrl } from "@/lib/content/safe-url";
import styles from "./event-item.module.css";

/** One picket, demonstration or meeting: when and where (in its own time zone), who held it, and its reports. */
export function EventItem({ event, locale, t }: { event: PublicEvent; locale: Locale; t: Translator }) {
  const endsSameDay = event.endsAt && isSameDay(event.startsAt, event.endsAt, event.timeZone);
  return (
    <article className={styles.event} aria-labelledby={`event-${event.id}`}>
      <p className={styles.kind}>{t(`actions.events.kind.${event.kind}`)}</p>
      <h3 id={`event-${event.id}`}>{event.title}</h3>
      <dl className={styles.facts}>
        <dt>{t("actions.events.when")}</dt>
        <dd>
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
        </dd>
        <dt>{t("actions.events.where")}</dt>
        <dd>
          {event.venue}, {event.city}, {countryName(event.country, locale)}
        </dd>
        {event.organisationName ? (
          <>
            <dt>{t("actions.events.organisedBy")}</dt>
            <dd>{event.organisationName}</dd>
          </>
        ) : null}
      </dl>
      {event.description ? <MarkdownBlock source={event.description} /> : null}
      {event.reports.map((report, index) => (
        <section key={index} className={styles.report} aria-label={t("actions.events.reportTitle")}>
          <h4>{t("actions.events.reportTitle")}</h4>
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
                  {/* eslint-disable-next-line @next/next/no-img-element -- re-encoded and sized once, at upload; the moderators' view needs their cookie, which the image optimiser would not send */}
                  <img src={`/api/events/photos/${photo.id}`} alt={photo.alt} width={photo.width} height={photo.height} loading="lazy" decoding="async" />
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </article>
  );
}
