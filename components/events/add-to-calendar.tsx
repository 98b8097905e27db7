import { env } from "@/lib/env";
import { campaignCalendarPath, eventCalendarPath, webcalUrl } from "@/lib/events/calendar-paths";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import styles from "./add-to-calendar.module.css";

type Props = {
  locale: Locale;
  campaignSlug: string;
  /** With an event: its own .ics file first; without: only the campaign's feed. */
  eventId?: string;
  t: Translator;
};

/**
 * "Add to calendar (.ics)" for one event and "Subscribe to all events" (the campaign's feed as a
 * webcal:// address, which calendar apps open as a subscription, and its https address for apps that
 * ask for one). Plain links: no JavaScript. Hidden on paper.
 */
export function AddToCalendar({ locale, campaignSlug, eventId, t }: Props) {
  const feedUrl = `${env().appUrl}${campaignCalendarPath(locale, campaignSlug)}`;
  return (
    <div className={styles.calendar}>
      <ul className={styles.links}>
        {eventId ? (
          <li>
            <a href={eventCalendarPath(locale, campaignSlug, eventId)} type="text/calendar" download>
              {t("eventFeed.addToCalendar")}
            </a>
          </li>
        ) : null}
        <li>
          <a href={webcalUrl(feedUrl)}>{t("eventFeed.subscribe")}</a>
        </li>
      </ul>
      <p className={styles.hint}>
        {t("eventFeed.subscribeHint")} <a href={feedUrl}>{feedUrl}</a>
      </p>
    </div>
  );
}
