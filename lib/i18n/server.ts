import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./config";
import { getTranslator, type Translator } from "./translate";

/** For pages and layouts: the route's locale (404 for an unknown one) and its translator. */
export async function getLocaleAndT(params: Promise<{ locale: string }>): Promise<{ locale: Locale; t: Translator }> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { locale, t: getTranslator(locale) };
}
