import type { Translator } from "@/lib/i18n/translate";
import type { GroupedSponsors } from "@/lib/sponsors/grouping";
import type { PublicSponsor } from "@/lib/sponsors/queries";
import styles from "./sponsors.module.css";

// The public list: one section per country, organisations by kind, then individuals. Server-rendered.
export function SponsorList({ grouped, t }: { grouped: GroupedSponsors<PublicSponsor>; t: Translator }) {
  return (
    <>
      {grouped.countries.map((country) => (
        <section key={country.country} className={styles.country} aria-labelledby={`country-${country.country}`}>
          <h2 className={styles.countryHeading} id={`country-${country.country}`}>
            <span>{country.countryName}</span>
            <span className={styles.count}>{t("sponsors.list.countryCount", { count: country.count })}</span>
          </h2>
          {country.organisations.map((group) => (
            <div key={group.kind} className={styles.group}>
              <h3>{t("sponsors.list.kindHeading", { kind: group.kind, count: group.sponsors.length })}</h3>
              <ul className={styles.names}>
                {group.sponsors.map((sponsor) => (
                  <li key={sponsor.id}>
                    <OrganisationEntry sponsor={sponsor} t={t} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {country.individuals.length > 0 ? (
            <div className={styles.group}>
              <h3>{t("sponsors.list.individualsHeading", { count: country.individuals.length })}</h3>
              <ul className={styles.names}>
                {country.individuals.map((sponsor) => (
                  <li key={sponsor.id}>
                    <span className={styles.sponsorName}>{sponsor.name}</span>
                    {sponsor.role || sponsor.organisation ? (
                      <span className={styles.detail}>, {[sponsor.role, sponsor.organisation].filter(Boolean).join(", ")}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ))}
    </>
  );
}

function OrganisationEntry({ sponsor, t }: { sponsor: PublicSponsor; t: Translator }) {
  const host = websiteHost(sponsor.website);
  return (
    <>
      <span className={styles.sponsorName}>{sponsor.name}</span>
      {sponsor.isDomainVerified ? (
        <span className={styles.verified} title={t("sponsors.list.verifiedHint")}>
          <span aria-hidden="true">✓ </span>
          {t("sponsors.list.verified")}
        </span>
      ) : null}
      {host && sponsor.website ? (
        <>
          <br />
          <a className={styles.website} href={sponsor.website} rel="nofollow ugc noopener noreferrer">
            {host}
          </a>
        </>
      ) : null}
    </>
  );
}

function websiteHost(website: string | null): string | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === "https:" || url.protocol === "http:" ? url.hostname.replace(/^www\./, "") : null;
  } catch {
    return null;
  }
}
