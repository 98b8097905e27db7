import type { Metadata } from "next";
import { headers } from "next/headers";
import { isLocale, locales, type Locale } from "@/lib/i18n/config";
import styles from "@/components/content/status-page.module.css";
import { NotFoundMessage } from "@/components/content/not-found-message";

// A calm 404 in the reader's language. not-found files get no params: the language comes from the path
// the proxy passed on. Pages served from the cache (force-static) see no request headers; there the page
// carries the three short texts in each language and a rule keyed on <html lang> shows the reader's one.

async function currentLocale(): Promise<Locale | null> {
  const first = ((await headers()).get("x-placard-path") ?? "").split("/")[1];
  return isLocale(first) ? first : null;
}

export const metadata: Metadata = { robots: { index: false } };

export default async function NotFound() {
  const locale = await currentLocale();
  if (locale) return <NotFoundMessage locale={locale} />;
  const showByLang = locales.map((l) => `html[lang="${l}"] .${styles.variant}[lang="${l}"]{display:block}`).join("");
  return (
    <>
      <style>{showByLang}</style>
      {locales.map((l) => (
        <NotFoundMessage key={l} locale={l} className={styles.variant} />
      ))}
    </>
  );
}
