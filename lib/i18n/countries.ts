import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ru from "i18n-iso-countries/langs/ru.json";
import de from "i18n-iso-countries/langs/de.json";
import type { Locale } from "./config";

// Country names in the reader's language (ISO 3166-1 alpha-2 codes are what we store). Server-side:
// pages pass the options they need to client components, so the browser never loads these tables.
// A new language: register its file here too.

countries.registerLocale(en);
countries.registerLocale(ru);
countries.registerLocale(de);

export type CountryOption = { code: string; name: string };

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** "KZ" → "Kazakhstan" / "Казахстан" / "Kasachstan"; an unknown code is returned as it is. */
export function countryName(code: string, locale: Locale): string {
  return countries.getName(code, locale, { select: "official" }) ?? countries.getName(code, "en") ?? code;
}

const optionsCache = new Map<Locale, CountryOption[]>();

/** Every country, sorted as the reader's language sorts. */
export function countryOptions(locale: Locale): CountryOption[] {
  let options = optionsCache.get(locale);
  if (!options) {
    const names = countries.getNames(locale, { select: "official" });
    const collator = new Intl.Collator(locale);
    options = Object.entries(names)
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => collator.compare(a.name, b.name));
    optionsCache.set(locale, options);
  }
  return options;
}
