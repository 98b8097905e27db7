"use client";

import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import styles from "./status-page.module.css";

/** What a reader sees when a page fails: calm words, a way to try again, and the way home. */
export default function ErrorMessage({ locale, retry }: { locale: string; retry: () => void }) {
  const lang = isLocale(locale) ? locale : defaultLocale;
  const t = getTranslator(lang);
  return (
    <section className={styles.status} aria-labelledby="status-title" role="alert">
      <h1 id="status-title">{t("errors.genericTitle")}</h1>
      <p>{t("errors.genericBody")}</p>
      <p className={styles.actions}>
        <button type="button" className="button" onClick={() => retry()}>
          {t("home.tryAgain")}
        </button>
        <a href={`/${lang}`}>{t("errors.backHome")}</a>
      </p>
    </section>
  );
}
