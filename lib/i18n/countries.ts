import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ru from "i18n-iso-countries/langs/ru.json";
import de from "i18n-iso-countries/langs/de.json";
import { locales, type Locale } from "./config";

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

// A country typed as text ("Germany", "deutschland", "Германия", "UK", "de") → its code. Pages that ask for
// a country with a text field (and a short list of suggestions) instead of a 250-option list, which alone
// weighs more than a light page may (issue 11: each public page under 30 KB of HTML), read it with this.
// Every registered language's names and aliases count, case and accents aside, and so does the code.
let nameIndex: Map<string, string> | null = null;

function normaliseCountryText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function countryFromText(text: string): string | null {
  const typed = normaliseCountryText(text);
  if (!typed) return null;
  if (/^[a-z]{2}$/.test(typed) && isCountryCode(typed.toUpperCase())) return typed.toUpperCase();
  if (!nameIndex) {
    nameIndex = new Map();
    for (const locale of locales) {
      for (const [code, names] of Object.entries(countries.getNames(locale, { select: "all" }))) {
        for (const name of names) nameIndex.set(normaliseCountryText(name), code);
      }
    }
  }
  return nameIndex.get(typed) ?? null;
}
