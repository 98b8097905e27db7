import Link from "next/link";
import { formatDate } from "@/lib/content/format";
import type { Translator } from "@/lib/i18n/translate";
import type { ReplyRow } from "@/lib/replies/queries";
import styles from "./replies.module.css";

// The campaign page's few published replies (date, target, summary), and a link to all of them on the
// wall page. Plain text: React escapes what organisers typed, nothing is rendered as HTML.

export function PublishedReplies({ replies, locale, t, allHref }: { replies: ReplyRow[]; locale: string; t: Translator; allHref?: string }) {
  if (replies.length === 0) return null;
  return (
    <section aria-labelledby="target-replies" className="campaign-replies">
      <h2 id="target-replies">{t("letterWall.publicReplies.heading")}</h2>
      <ul className={styles.list}>
        {replies.map((r) => (
          <li key={r.id} className={styles.item}>
            <p className={styles.meta}>
              <time dateTime={r.receivedOn.toISOString().slice(0, 10)}>{t("letterWall.publicReplies.received", { date: formatDate(r.receivedOn, locale) })}</time> · <strong>{r.targetName}</strong>
            </p>
            <p>{r.summary}</p>
          </li>
        ))}
      </ul>
      {allHref ? (
        <p>
          <Link href={allHref}>{t("letterWall.publicReplies.all")}</Link>
        </p>
      ) : null}
    </section>
  );
}
