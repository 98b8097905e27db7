import { countryName } from "@/lib/i18n/countries";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { withdrawSignatureAction } from "@/lib/my-data/actions";
import type { MyData } from "@/lib/my-data/find-my-data";

// The signatures and sponsor entries under one address, each signature with its own "withdraw" form.
export function MyDataTables({ locale, t, data }: { locale: string; t: Translator; data: MyData }) {
  const lang = isLocale(locale) ? locale : defaultLocale;
  const day = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(d);
  return (
    <>
      <h2>{t("myData.signaturesHeading")}</h2>
      {data.signatures.length === 0 ? <p>{t("myData.noSignatures")}</p> : null}
      <ul>
        {data.signatures.map((s) => (
          <li key={s.id}>
            <p>
              <strong>{s.petitionTitle}</strong>
              <br />
              {[s.name, s.city, countryName(s.country, lang), s.organisation, s.role].filter(Boolean).join(" · ")}
              <br />
              {t("myData.signedOn", { date: day(s.createdAt) })} · {t(`myData.signatureStatus.${s.status}`)} · {t("myData.shownPublicly", { shown: String(s.isPublic) })} ·{" "}
              {t("myData.onDeliveryList", { listed: String(s.deliveryConsent) })}
            </p>
            {s.comment ? <p>{s.comment}</p> : null}
            <form action={withdrawSignatureAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="signatureId" value={s.id} />
              <button type="submit" className="button">
                {t("myData.withdraw")}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <h2>{t("myData.sponsorsHeading")}</h2>
      {data.sponsors.length === 0 ? <p>{t("myData.noSponsors")}</p> : null}
      <ul>
        {data.sponsors.map((s) => (
          <li key={s.id}>
            {[s.name, s.organisation, s.role, countryName(s.country, lang)].filter(Boolean).join(" · ")} · {t(`myData.sponsorStatus.${s.status}`)}
          </li>
        ))}
      </ul>
    </>
  );
}
