// Where a petition's public pages live (see the route map in docs/HELPERS-BRIEF.md). Browser-safe.

export type PetitionAddress = { campaignSlug: string; petitionSlug: string };

/**
 * /en/campaigns/zhanaozen/petitions/justice-for-zhanaozen (+ "/thanks", "/poster"; "/sign" is where the
 * sign form posts, "/correct" where a supporter without JavaScript corrects it).
 */
/** The page whose button confirms a signature: the link in the confirmation email. */
export function signatureConfirmPath(locale: string, token: string): string {
  return `/${locale}/signatures/confirm?token=${encodeURIComponent(token)}`;
}

export function petitionPath(locale: string, { campaignSlug, petitionSlug }: PetitionAddress, page: "" | "thanks" | "poster" | "sign" | "correct" = ""): string {
  const base = `/${locale}/campaigns/${encodeURIComponent(campaignSlug)}/petitions/${encodeURIComponent(petitionSlug)}`;
  return page ? `${base}/${page}` : base;
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
