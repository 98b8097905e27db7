// Where a petition's public pages live (see the route map in docs/HELPERS-BRIEF.md). Browser-safe.

export type PetitionAddress = { campaignSlug: string; petitionSlug: string };

/** The page whose button confirms a signature: the link in the confirmation email. */
export function signatureConfirmPath(locale: string, token: string): string {
  return `/${locale}/signatures/confirm?token=${encodeURIComponent(token)}`;
}

/**
 * /en/campaigns/zhanaozen/petitions/justice-for-zhanaozen (+ "/thanks", "/poster"; "/correct" where a
 * supporter without JavaScript corrects the sign form).
 */
export function petitionPath(locale: string, { campaignSlug, petitionSlug }: PetitionAddress, page: "" | "thanks" | "poster" | "correct" = ""): string {
  const base = `/${locale}/campaigns/${encodeURIComponent(campaignSlug)}/petitions/${encodeURIComponent(petitionSlug)}`;
  return page ? `${base}/${page}` : base;
}

/**
 * Where the sign form posts: /api/sign?locale=en&campaign=zhanaozen&petition=justice-for-zhanaozen. A path
 * without parameters, so that Next matches it at once in a surge (docs/decisions/015); the query names the
 * petition's pages to answer with.
 */
export const SIGN_ENDPOINT = "/api/sign";

export function signEndpointPath(locale: string, { campaignSlug, petitionSlug }: PetitionAddress): string {
  return `${SIGN_ENDPOINT}?${new URLSearchParams({ locale, campaign: campaignSlug, petition: petitionSlug })}`;
}

/** The language and petition a sign endpoint address names (signEndpointPath), or null. */
export function readSignEndpointPath(url: URL): { locale: string; address: PetitionAddress } | null {
  const [locale, campaignSlug, petitionSlug] = ["locale", "campaign", "petition"].map((name) => url.searchParams.get(name) ?? "");
  return locale && campaignSlug && petitionSlug ? { locale, address: { campaignSlug, petitionSlug } } : null;
}

/**
 * The language-neutral address for posters and QR codes: the proxy sends each reader to their own
 * language, so one printed poster serves a picket whatever the passers-by read.
 */
export function neutralPetitionPath({ campaignSlug, petitionSlug }: PetitionAddress): string {
  return `/campaigns/${encodeURIComponent(campaignSlug)}/petitions/${encodeURIComponent(petitionSlug)}`;
}

export function absoluteUrl(appUrl: string, path: string): string {
  return `${appUrl.replace(/\/$/, "")}${path}`;
}
