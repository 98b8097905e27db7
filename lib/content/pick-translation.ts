// Campaign texts exist in some of the campaign's languages. A page asks for its locale and takes, in
// order: that locale; the campaign's default locale; any version at all (so a half-translated campaign
// never shows an empty page). It also learns which locale it got, to mark `lang` on a fallback block.

export type Picked<T> = T & { locale: string; isFallback: boolean };

export function pickTranslation<T extends { locale: string }>(
  translations: readonly T[],
  wanted: string,
  fallback: string,
): Picked<T> | null {
  const chosen =
    translations.find((t) => t.locale === wanted) ??
    translations.find((t) => t.locale === fallback) ??
    [...translations].sort((a, b) => a.locale.localeCompare(b.locale))[0];
  if (!chosen) return null;
  return { ...chosen, isFallback: chosen.locale !== wanted };
}

/** The `lang` attribute a block needs: only when its text is not in the page's language. */
export function langAttribute(textLocale: string, pageLocale: string): string | undefined {
  return textLocale === pageLocale ? undefined : textLocale;
}
