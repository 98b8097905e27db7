import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translate";
import styles from "@/components/content/status-page.module.css";

// A calm 404 in the reader's language. not-found files get no params: the language comes from the path
// the proxy passed on.

async function currentLocale() {
  const first = ((await headers()).get("x-placard-path") ?? "").split("/")[1];
  return isLocale(first) ? first : defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await currentLocale());
  return { title: t("errors.notFoundTitle"), robots: { index: false } };
}

export default async function NotFound() {
  const locale = await currentLocale();
  const t = getTranslator(locale);
  return (
    <section className={styles.status} aria-labelledby="status-title">
      <h1 id="status-title">{t("errors.notFoundTitle")}</h1>
      <p>{t("errors.notFoundBody")}</p>
      <p>
        <Link href={`/${locale}`}>{t("errors.backHome")}</Link>
      </p>
    </section>
  );
}
