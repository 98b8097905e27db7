import { countryName } from "../i18n/countries";
import type { Locale } from "../i18n/config";
import type { Translator } from "../i18n/translate";
import type { PlaceholderValues } from "./placeholders";

// The placeholder values of a text shown to a reader before they act on it: a fixed letter in the composer,
// a call script on the call page. The office's, the campaign's and today's values are filled; the sender's
// details, not known yet, read as blanks ("[your name]"), their country where the page knows it.

/** The date a letter bears ({{date}}): the day, in the letter's language, in UTC. */
export function letterDate(locale: string, now: Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(now);
}

export function readerValues(
  t: Translator,
  locale: Locale,
  known: { campaignTitle: string; demands: string; target: { name: string; city: string | null; country: string } | null; senderCountry?: string | null; now?: Date },
): Partial<PlaceholderValues> {
  const { target } = known;
  return {
    campaign_title: known.campaignTitle,
    demands: known.demands,
    date: letterDate(locale, known.now ?? new Date()),
    sender_name: t("calls.senderBlank"),
    sender_organisation: t("calls.senderOrgBlank"),
    sender_city: t("calls.senderCityBlank"),
    sender_country: known.senderCountry ? countryName(known.senderCountry, locale) : t("calls.senderCountryBlank"),
    ...(target ? { target_name: target.name, target_city: target.city ?? "", target_country: countryName(target.country, locale) } : {}),
  };
}
