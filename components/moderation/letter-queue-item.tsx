import type { ReactNode } from "react";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import type { LetterQueueItem as Item } from "@/lib/moderation/queue";
import styles from "./moderation.module.css";

// A solidarity letter in the queue: who wrote it (never their address), and the text as it would stand
// on the wall (plain text, its line breaks kept). The decision form comes as children.

export function LetterQueueItem({ item, headingId, t, locale, when, children }: { item: Item; headingId: string; t: Translator; locale: Locale; when: string; children: ReactNode }) {
  const place = [item.city, countryName(item.country, locale)].filter(Boolean).join(", ");
  return (
    <li className={`card ${styles.queueItem}`} aria-labelledby={headingId}>
      <p className={styles.queueKind}>{t("letterWall.queue.kind")}</p>
      <h2 id={headingId}>{t("letterWall.queue.title", { name: item.name })}</h2>
      <p className={styles.queueMeta}>
        <time dateTime={item.arrivedAt.toISOString()}>{t("moderationQueue.arrived", { when })}</time>
        {" · "}
        {[item.organisation, place].filter(Boolean).join(" · ")}
      </p>
      <blockquote className={styles.letterText}>{item.text}</blockquote>
      <p>
        <strong>{t("letterWall.queue.decide")}</strong>
      </p>
      {children}
    </li>
  );
}
