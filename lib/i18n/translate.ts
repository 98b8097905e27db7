import { IntlMessageFormat } from "intl-messageformat";
import { catalogues, type Messages } from "./catalogues";
import { defaultLocale, type Locale } from "./config";

// t("petition.count", { count: 3 }) → "3 signatures" / "3 подписи". Messages are ICU MessageFormat,
// so plurals follow each language's rules. Missing keys fall back to English, then to the key itself.

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Paths<T> = { [K in keyof T]: T[K] extends string ? K : Join<K, Paths<T[K]>> }[keyof T];
export type MessageKey = Paths<Messages>;
export type MessageValues = Record<string, string | number | Date>;
export type Translator = (key: MessageKey, values?: MessageValues) => string;

const formatters = new Map<string, IntlMessageFormat>();

function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = catalogues[locale];
  for (const part of key.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const source = lookup(locale, key) ?? lookup(defaultLocale, key);
  if (source === undefined) return key;
  const usedLocale = lookup(locale, key) !== undefined ? locale : defaultLocale;
  const cacheKey = `${usedLocale}\u0000${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(source, usedLocale);
    formatters.set(cacheKey, formatter);
  }
  return String(formatter.format(values));
}

export function getTranslator(locale: Locale): Translator {
  return (key, values) => translate(locale, key, values);
}

/** Whether a locale's own catalogue has the key (for tests of completeness). */
export function hasMessage(locale: Locale, key: string): boolean {
  return lookup(locale, key) !== undefined;
}
