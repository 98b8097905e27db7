import { countryName } from "@/lib/content/format";
import { safeHttpUrl } from "@/lib/content/safe-url";
import type { PublicTarget } from "@/lib/targets/public-target";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import styles from "./target-contact.module.css";

type Props = {
  target: PublicTarget;
  locale: Locale;
  t: Translator;
  /** Where an email address links to (the letters page opens the letter itself in the mail program). */
  mailHref?: (email: string) => string;
  mailTitle?: string;
  /** "call": the phone numbers first and large, then the address, and nothing else. */
  variant?: "full" | "call";
};

/** An institution's published contact details, each one usable with one tap (mail, phone). */
export function TargetContact({ target, locale, t, mailHref, mailTitle, variant = "full" }: Props) {
  const isCall = variant === "call";
  const website = safeHttpUrl(target.website);
  const phones = target.phones.length > 0 && (
    <Detail label={t("actions.contact.phone")}>
      {target.phones.map((phone) => (
        <a key={phone} href={`tel:${phone.replace(/[^\d+]/g, "")}`} className={isCall ? `${styles.value} ${styles.bigPhone}` : styles.value}>
          {phone}
        </a>
      ))}
    </Detail>
  );
  return (
    <div className={styles.target}>
      <p className={styles.name}>
        <strong>{target.name}</strong>
        <span className={styles.kind}>
          {t(`actions.targetKind.${target.kind}`)}
          {target.represents && target.represents !== target.country
            ? ` · ${t("actions.contact.represents", { country: countryName(target.represents, locale) })}`
            : null}
        </span>
      </p>
      <dl className={styles.details}>
        {isCall && phones}
        {target.postalAddress && (
          <Detail label={t("actions.contact.postalAddress")} className={styles.address}>
            {target.postalAddress}
          </Detail>
        )}
        {!isCall && target.emails.length > 0 && (
          <Detail label={t("actions.contact.email")}>
            {target.emails.map((email) => (
              <a key={email} href={mailHref ? mailHref(email) : `mailto:${email}`} title={mailTitle} className={styles.value}>
                {email}
              </a>
            ))}
          </Detail>
        )}
        {!isCall && phones}
        {!isCall && target.fax && <Detail label={t("actions.contact.fax")}>{target.fax}</Detail>}
        {!isCall && website && (
          <Detail label={t("actions.contact.website")}>
            <a href={website} rel="nofollow noopener" className={styles.value}>
              {website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
            </a>
          </Detail>
        )}
      </dl>
    </div>
  );
}

function Detail({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}
