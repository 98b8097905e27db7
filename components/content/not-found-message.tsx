import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import styles from "./status-page.module.css";

/** "Page not found", calmly, in one language, with the way home. */
export function NotFoundMessage({ locale, className }: { locale: Locale; className?: string }) {
  const t = getTranslator(locale);
  return (
    <section lang={locale} className={`${styles.status} ${className ?? ""}`} aria-labelledby={`status-title-${locale}`}>
      <h1 id={`status-title-${locale}`}>{t("errors.notFoundTitle")}</h1>
      <p>{t("errors.notFoundBody")}</p>
      <p>
        <Link href={`/${locale}`}>{t("errors.backHome")}</Link>
      </p>
    </section>
  );
}
