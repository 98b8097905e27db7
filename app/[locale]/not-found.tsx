import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { isLocale, locales, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import styles from "@/components/content/status-page.module.css";

// A calm 404 in the reader's language. not-found files get no params: the language comes from the path
// the proxy passed on. Pages served from the cache (force-static) see no request headers; there the page
// carries the three short texts in each language and a rule keyed on <html lang> shows the reader's one.

async function currentLocale(): Promise<Locale | null> {
  const first = ((await headers()).get("x-placard-path") ?? "").split("/")[1];
  return isLocale(first) ? first : null;
}

export const metadata: Metadata = { robots: { index: false } };

function Message({ locale, className }: { locale: Locale; className?: string }) {
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

export default async function NotFound() {
  const locale = await currentLocale();
  if (locale) return <Message locale={locale} />;
  const showByLang = locales.map((l) => `html[lang="${l}"] .${styles.variant}[lang="${l}"]{display:block}`).join("");
  return (
    <>
      <style>{showByLang}</style>
      {locales.map((l) => (
        <Message key={l} locale={l} className={styles.variant} />
      ))}
    </>
  );
}
