// The sign form's country list travels to the browser twice (as <option>s, and in the page's React
// payload as the form's props). As props it goes as one string, "AFAfghanistan|AXÅland Islands|…"
// (two-letter code, then the name), a third of the size of a list of objects: ~7 kB less per page view.
// Browser-safe: no imports.

export type CountryOption = { code: string; name: string };

export function packCountries(options: readonly CountryOption[]): string {
  return options.map((o) => `${o.code}${o.name.replaceAll("|", "/")}`).join("|");
}

export function unpackCountries(packed: string): CountryOption[] {
  return packed ? packed.split("|").map((entry) => ({ code: entry.slice(0, 2), name: entry.slice(2) })) : [];
}
