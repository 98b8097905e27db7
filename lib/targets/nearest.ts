import type { TargetKind } from "../generated/prisma/enums";
import { countryFromText } from "../i18n/countries";

// "Write to your nearest embassy": from the supporter's country, the campaign's directory proposes the
// embassy of the target state in that country, else a consulate there, else the embassy accredited to that
// country from elsewhere, else the campaign's fallback target. Each proposal says why (a message key), so
// the page can tell the supporter and the supporter can choose another.

export type NearestCandidate = {
  id: string;
  kind: TargetKind;
  name: string;
  /** The state (ISO alpha-2) the mission represents. */
  represents: string | null;
  /** Where the office is. */
  country: string;
  city: string | null;
  accreditedTo: string[];
};

export type NearestReason = "embassyInCountry" | "consulateInCountry" | "accreditedToCountry" | "fallback";

export type NearestProposal<T extends NearestCandidate> = { target: T; reason: NearestReason };

/**
 * The proposal for a supporter in `country`. `represents` is the state the campaign writes to (the
 * campaign's country); null accepts missions of any state. Ties go to the name's alphabetical order, so the
 * proposal is the same on every request.
 */
export function proposeNearestTarget<T extends NearestCandidate>(
  targets: readonly T[],
  { country, represents, fallbackTargetId }: { country: string | null; represents: string | null; fallbackTargetId: string | null },
): NearestProposal<T> | null {
  const ofState = (t: T) => represents === null || t.represents === represents;
  const first = (list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))[0];
  if (country) {
    const here = targets.filter((t) => ofState(t) && t.country === country);
    const embassy = first(here.filter((t) => t.kind === "EMBASSY"));
    if (embassy) return { target: embassy, reason: "embassyInCountry" };
    const consulate = first(here.filter((t) => t.kind === "CONSULATE"));
    if (consulate) return { target: consulate, reason: "consulateInCountry" };
    const accredited = first(targets.filter((t) => ofState(t) && t.kind === "EMBASSY" && t.accreditedTo.includes(country)));
    if (accredited) return { target: accredited, reason: "accreditedToCountry" };
  }
  const fallback = targets.find((t) => t.id === fallbackTargetId);
  return fallback ? { target: fallback, reason: "fallback" } : null;
}

/**
 * The supporter's country as the browser's language suggests it ("de-AT" → AT), a suggestion only: the form's
 * choice wins. Languages without a region suggest nothing.
 */
export function countryFromAcceptLanguage(header: string | null | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(",")) {
    const tag = part.split(";")[0]?.trim() ?? "";
    const region = /^[a-z]{2,3}-([a-z]{2})$/i.exec(tag)?.[1];
    if (region) return region.toUpperCase();
  }
  return null;
}

/**
 * The reader's country for a page that proposes offices: `?country=` as typed (a name in any language, or the
 * code: decision 026), else the browser's suggestion. `unknown` when something was typed that is no country;
 * the page says so and proposes for no country rather than guessing from the browser.
 */
export function readerCountry(asked: unknown, acceptLanguage: string | null | undefined): { country: string | null; typed: string; unknown: boolean } {
  const typed = typeof asked === "string" ? asked.trim() : "";
  if (!typed) return { country: countryFromAcceptLanguage(acceptLanguage), typed, unknown: false };
  const country = countryFromText(typed);
  return { country, typed, unknown: country === null };
}
