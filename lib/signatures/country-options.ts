import countries from "i18n-iso-countries";
import { countryName } from "../content/format";
import { packCountries, type CountryOption } from "./packed-countries";

// The sign form's country list: the ISO 3166-1 codes that i18n-iso-countries knows (the same list the
// schema accepts), named the way the reader's language names them in everyday use (Intl.DisplayNames:
// "Russia", not "Russian Federation"), sorted by that language's rules. Built on the server; the
// browser receives the finished list.

const cache = new Map<string, CountryOption[]>();

export function signatureCountryOptions(locale: string): CountryOption[] {
  let options = cache.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = Object.keys(countries.getAlpha2Codes())
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    cache.set(locale, options);
  }
  return options;
}

/** The same list, packed for the sign form's props (./packed-countries.ts). */
export function packedSignatureCountries(locale: string): string {
  return packCountries(signatureCountryOptions(locale));
}

/** The country a signer gave, as the petition page names it. */
export { countryName as signerCountryName };
