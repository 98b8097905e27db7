import { ActionForm } from "@/components/forms/action-form";
import { formatDate } from "@/lib/content/format";
import type { Translator } from "@/lib/i18n/translate";
import { deleteTargetReplyAction, publishTargetReplyAction, unpublishTargetReplyAction } from "@/lib/replies/actions";
import type { ReplyRow } from "@/lib/replies/queries";
import styles from "./replies.module.css";

// The console's list of logged replies, each with its state and its buttons (plain form posts).

export function ReplyConsoleList({ replies, hidden, locale, t }: { replies: ReplyRow[]; hidden: Record<string, string>; locale: string; t: Translator }) {
  if (replies.length === 0) return <p className="muted">{t("letterWall.replies.empty")}</p>;
  return (
    <ul className={styles.list}>
      {replies.map((r) => {
        const form = { ...hidden, replyId: r.id };
        const headingId = `reply-${r.id}`;
        return (
          <li key={r.id} className={`card ${styles.item}`} aria-labelledby={headingId}>
            <h3 id={headingId}>{r.targetName}</h3>
            <p className={styles.meta}>
              {formatDate(r.receivedOn, locale)} · {r.publishedAt ? t("letterWall.replies.published") : t("letterWall.replies.draft")}
            </p>
            <p>{r.summary}</p>
            {r.text ? <p className={styles.text}>{r.text}</p> : null}
            <div className={styles.actions}>
              {r.publishedAt ? (
                <ActionForm action={unpublishTargetReplyAction} hidden={form} submit={t("letterWall.replies.unpublish")} submitClassName="button button--quiet" />
              ) : (
                <ActionForm action={publishTargetReplyAction} hidden={form} submit={t("letterWall.replies.publish")} submitClassName="button button--action" />
              )}
              <ActionForm action={deleteTargetReplyAction} hidden={form} submit={t("letterWall.replies.delete")} submitClassName="button button--quiet" />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
