import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/content/format";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import type { EventQueueItem as Item } from "@/lib/moderation/queue";
import styles from "./moderation.module.css";

// A picket registered by its host, as the public would see it once published (the host's name and
// address are not shown: the domain of the address is enough to tell a union's own domain). The
// description is shown as plain text. The decision form comes as children.

export function EventQueueItem({ item, headingId, t, locale, when, children }: { item: Item; headingId: string; t: Translator; locale: Locale; when: string; children: ReactNode }) {
  const place = [item.venue, item.streetAddress, item.city, countryName(item.country, locale)].filter(Boolean).join(", ");
  return (
    <li className={`card ${styles.queueItem}`} aria-labelledby={headingId}>
      <p className={styles.queueKind}>
        {t("eventModeration.kind")} · {t(`actions.events.kind.${item.eventKind}`)}
      </p>
      <h2 id={headingId}>{item.title}</h2>
      <p className={styles.queueMeta}>
        <time dateTime={item.arrivedAt.toISOString()}>{t("moderationQueue.arrived", { when })}</time>
        {item.changed ? ` · ${t("eventModeration.changed")}` : ""}
      </p>
      <dl className={styles.queueMeta}>
        <dt>{t("actions.events.when")}</dt>
        <dd>
          {formatDateTime(item.startsAt, locale, item.timeZone)}
          {item.endsAt ? ` – ${formatDateTime(item.endsAt, locale, item.timeZone)}` : ""} ({item.timeZone})
        </dd>
        <dt>{t("actions.events.where")}</dt>
        <dd>{place}</dd>
        <dt>{t("actions.events.organisedBy")}</dt>
        <dd>
          {[item.organisationName, item.sponsorName ? t("eventModeration.sponsor", { name: item.sponsorName }) : null].filter(Boolean).join(" · ") || "—"}
        </dd>
        <dt>{t("eventModeration.contact")}</dt>
        <dd>{[item.publicContact, t("eventModeration.domain", { domain: item.emailDomain })].filter(Boolean).join(" · ")}</dd>
      </dl>
      {item.description ? <blockquote className={styles.letterText}>{item.description}</blockquote> : null}
      <p>
        <strong>{t("eventModeration.decide")}</strong>
      </p>
      {children}
    </li>
  );
}
