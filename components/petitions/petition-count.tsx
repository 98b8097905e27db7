import type { Translator } from "@/lib/i18n/translate";
import styles from "./petition.module.css";

/** The count, and a progress bar toward the goal that also says it in words. */
export function PetitionCount({ count, goal, locale, t }: { count: number; goal: number | null; locale: string; t: Translator }) {
  return (
    <div className={styles.count}>
      <p className={styles.countNumber} data-testid="signature-count">
        {count === 0 ? (
          t("petition.count", { count })
        ) : (
          <>
            <strong>{new Intl.NumberFormat(locale).format(count)}</strong> {t("petition.countWord", { count })}
          </>
        )}
      </p>
      {goal && goal > 0 ? (
        <>
          <progress className={styles.progress} max={goal} value={Math.min(count, goal)} aria-label={t("petition.progressLabel")} aria-describedby="petition-progress-text" />
          <p id="petition-progress-text" className={styles.progressText}>
            {t("petition.progress", { count, goal })}
          </p>
        </>
      ) : null}
      <p className={styles.freshness}>{t("petition.countFreshness")}</p>
    </div>
  );
}
