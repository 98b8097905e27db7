import { TargetContact } from "@/components/campaigns/target-contact";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import type { DirectoryTarget } from "@/lib/targets/public-directory";

/** One office in the public directory: its contacts, the countries it also covers, its office hours. */
export function DirectoryEntry({ target, locale, t }: { target: DirectoryTarget; locale: Locale; t: Translator }) {
  return (
    <>
      <TargetContact target={target} locale={locale} t={t} />
      {target.accreditedTo.length ? <p>{t("targetDirectory.accredited", { countries: target.accreditedTo.map((c) => countryName(c, locale)).join(", ") })}</p> : null}
      {target.officeHours && target.timeZone ? <p>{t("targetDirectory.officeHours", { zone: target.timeZone, hours: target.officeHours })}</p> : null}
    </>
  );
}

/** The countries the directory knows something about (an office there, or an embassy accredited to it), by name. */
export function directoryCountries(targets: Pick<DirectoryTarget, "country" | "accreditedTo">[], locale: Locale, also: string | null = null) {
  const collator = new Intl.Collator(locale);
  return [...new Set([...(also ? [also] : []), ...targets.flatMap((t) => [t.country, ...t.accreditedTo])])]
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The GET form that asks for the supporter's country (works without JavaScript). */
export function NearestForm({ action, countries, selected, t }: { action: string; countries: { code: string; name: string }[]; selected: string | null; t: Translator }) {
  return (
    <form method="get" action={action} className="field">
      <label htmlFor="nearest-country">{t("targetDirectory.countryLabel")}</label>{" "}
      <select id="nearest-country" name="country" defaultValue={selected ?? ""}>
        <option value="">{t("targetDirectory.otherCountry")}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>{" "}
      <button type="submit" className="button">
        {t("targetDirectory.nearestSubmit")}
      </button>
    </form>
  );
}
