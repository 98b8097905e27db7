import Link from "next/link";
import type { PublicEvent } from "@/lib/events/public-events";
import { CANCELLED_EVENT } from "@/lib/events/states";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { MarkdownBlock } from "../content/markdown-block";
import { EventReports, EventWhen, eventPlace } from "../events/event-parts";
import styles from "./event-item.module.css";

/** One picket, demonstration or meeting: when and where (in its own time zone), who held it, and its reports; the title leads to its page. */
export function EventItem({ event, locale, t, href }: { event: PublicEvent; locale: Locale; t: Translator; href: string }) {
  return (
    <article className={styles.event} aria-labelledby={`event-${event.id}`}>
      <p className={styles.kind}>
        {event.status === CANCELLED_EVENT ? `${t("eventPage.cancelledMark")} · ` : null}
        {t(`actions.events.kind.${event.kind}`)}
      </p>
      <h3 id={`event-${event.id}`}>
        <Link href={href}>{event.title}</Link>
      </h3>
      <dl className={styles.facts}>
        <dt>{t("actions.events.when")}</dt>
        <dd>
          <EventWhen event={event} locale={locale} t={t} />
        </dd>
        <dt>{t("actions.events.where")}</dt>
        <dd>{eventPlace(event, locale)}</dd>
        {event.organisationName ? (
          <>
            <dt>{t("actions.events.organisedBy")}</dt>
            <dd>{event.organisationName}</dd>
          </>
        ) : null}
      </dl>
      {event.description ? <MarkdownBlock source={event.description} /> : null}
      <EventReports reports={event.reports} t={t} />
    </article>
  );
}
