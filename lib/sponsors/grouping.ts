import { OrganisationKind, SponsorKind } from "../generated/prisma/enums";
import type { PublicSponsor } from "./queries";

// The public list's shape: countries (in the reader's alphabetical order), and in each country the
// organisations by kind (union branches, unions, federations, NGOs, parties, others), then individuals.
// Counts per group and in total. Pure: the page passes the country names in the reader's language.

export const ORGANISATION_KIND_ORDER: readonly OrganisationKind[] = [
  OrganisationKind.UNION_BRANCH,
  OrganisationKind.UNION,
  OrganisationKind.FEDERATION,
  OrganisationKind.NGO,
  OrganisationKind.PARTY,
  OrganisationKind.OTHER,
];

export type KindGroup<T> = { kind: OrganisationKind; sponsors: T[] };
export type CountryGroup<T> = { country: string; countryName: string; count: number; organisations: KindGroup<T>[]; individuals: T[] };
export type SponsorTotals = { total: number; organisations: number; individuals: number; countries: number };
export type GroupedSponsors<T> = { totals: SponsorTotals; countries: CountryGroup<T>[] };

type Groupable = Pick<PublicSponsor, "kind" | "name" | "country" | "organisationKind">;

export function groupSponsors<T extends Groupable>(sponsors: readonly T[], countryName: (code: string) => string, locale: string): GroupedSponsors<T> {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const byCountry = new Map<string, T[]>();
  for (const sponsor of sponsors) {
    const list = byCountry.get(sponsor.country) ?? [];
    list.push(sponsor);
    byCountry.set(sponsor.country, list);
  }
  const byName = (a: T, b: T) => collator.compare(a.name, b.name);
  const countries = [...byCountry.entries()]
    .map(([country, members]): CountryGroup<T> => {
      const organisations = ORGANISATION_KIND_ORDER.map((kind) => ({
        kind,
        sponsors: members.filter((s) => s.kind === SponsorKind.ORGANISATION && (s.organisationKind ?? OrganisationKind.OTHER) === kind).sort(byName),
      })).filter((group) => group.sponsors.length > 0);
      const individuals = members.filter((s) => s.kind === SponsorKind.INDIVIDUAL).sort(byName);
      return { country, countryName: countryName(country), count: members.length, organisations, individuals };
    })
    .sort((a, b) => collator.compare(a.countryName, b.countryName));
  const organisations = sponsors.filter((s) => s.kind === SponsorKind.ORGANISATION).length;
  return {
    totals: { total: sponsors.length, organisations, individuals: sponsors.length - organisations, countries: countries.length },
    countries,
  };
}
