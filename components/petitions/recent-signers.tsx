import { signerCountryName } from "@/lib/signatures/country-options";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import type { RecentSigner } from "@/lib/signatures/recent-signers";
import styles from "./petition.module.css";

/** The latest confirmed signers: name, city, country and organisation if public; else only the country. */
export function RecentSigners({ signers, locale, t }: { signers: RecentSigner[]; locale: Locale; t: Translator }) {
  if (signers.length === 0) return <p className={styles.muted}>{t("petition.recentEmpty")}</p>;
  return (
    <ul className={styles.signers} data-testid="recent-signers">
      {signers.map((s, i) => {
        const country = signerCountryName(s.country, locale);
        if (!s.isPublic) {
          return (
            <li key={i} className={styles.signer}>
              <span className={styles.anonymous}>{t("petition.supporterIn", { country })}</span>
            </li>
          );
        }
        const place = [s.city, country].filter(Boolean).join(", ");
        return (
          <li key={i} className={styles.signer}>
            <span className={styles.signerName}>{s.name}</span>
            {s.organisation ? <span className={styles.signerOrg}>, {s.organisation}</span> : null}
            <br />
            <span className={styles.signerPlace}>{place}</span>
          </li>
        );
      })}
    </ul>
  );
}
