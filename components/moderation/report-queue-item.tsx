import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/content/format";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import type { ReportQueueItem as Item } from "@/lib/moderation/queue";
import styles from "./moderation.module.css";

// A host's report on their event, as the public would see it once published. Its photos are shown to
// the moderator (served to moderators only until then), each with a box to hide it; the boxes belong to
// the decision form (form="…"), which comes as children.

export function ReportQueueItem({ item, headingId, formId, t, locale, when, children }: { item: Item; headingId: string; formId: string; t: Translator; locale: Locale; when: string; children: ReactNode }) {
  return (
    <li className={`card ${styles.queueItem}`} aria-labelledby={headingId}>
      <p className={styles.queueKind}>
        {t("eventReportModeration.kind")} · {t(`actions.events.kind.${item.eventKind}`)}
      </p>
      <h2 id={headingId}>{t("eventReportModeration.heading", { title: item.eventTitle })}</h2>
      <p className={styles.queueMeta}>
        <time dateTime={item.arrivedAt.toISOString()}>{t("moderationQueue.arrived", { when })}</time>
        {" · "}
        {formatDateTime(item.startsAt, locale, item.timeZone)} · {item.city}, {countryName(item.country, locale)}
      </p>
      {item.attendance !== null ? (
        <p>
          <strong>{t("eventReportModeration.attendance", { count: item.attendance })}</strong>
        </p>
      ) : null}
      <blockquote className={styles.letterText}>{item.body}</blockquote>
      {item.pressLinks.length > 0 ? (
        <>
          <h3>{t("eventReportModeration.pressLinks")}</h3>
          <ul>
            {item.pressLinks.map((link) => (
              <li key={link}>
                <a href={link} rel="noopener noreferrer nofollow" className={styles.email}>
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.photos.length > 0 ? (
        <>
          <h3>{t("eventReportModeration.photos")}</h3>
          <p className="hint">{t("eventReportModeration.hideHint")}</p>
          <ul className={styles.photos}>
            {item.photos.map((photo) => (
              <li key={photo.id}>
                {/* eslint-disable-next-line @next/next/no-img-element -- re-encoded and sized once, at upload; the moderators' view needs their cookie, which the image optimiser would not send */}
                <img src={`/api/events/photos/${photo.id}`} alt={photo.alt} width={photo.width} height={photo.height} loading="lazy" />
                <label className="checkbox">
                  <input type="checkbox" name="hide" value={photo.id} form={formId} />
                  <span>{t("eventReportModeration.hide")}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <strong>{t("eventReportModeration.decide")}</strong>
      </p>
      {children}
    </li>
  );
}
