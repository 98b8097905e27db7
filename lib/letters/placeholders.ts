// The placeholders a letter template may hold, and the one way they are filled: plain text put in place of
// {{name}}, never evaluated (no expressions, no filters, no HTML). An organiser who saves a template with a
// placeholder not in this list, or with anything between braces that is not a bare name, is refused.

import { pickTranslation } from "../content/pick-translation";

export const PLACEHOLDERS = [
  "target_name",
  "target_city",
  "target_country",
  "sender_name",
  "sender_organisation",
  "sender_city",
  "sender_country",
  "demands",
  "campaign_title",
  "date",
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<PlaceholderName, string>;

const BARE = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;
/** Anything written between double braces, bare name or not: {{ 1+1 }}, {{name|upper}}, {{#each}}. */
const ANY_BRACES = /\{\{([^{}]*)\}\}/g;

export type PlaceholderProblem =
  | { kind: "unknown"; name: string }
  /** Braces that hold something other than one bare name: an expression, a filter, a helper. */
  | { kind: "expression"; text: string }
  /** `{{` with no matching `}}` (or the reverse). */
  | { kind: "unbalanced" };

const isKnown = (name: string): name is PlaceholderName => (PLACEHOLDERS as readonly string[]).includes(name);

/** What is wrong with a template text's placeholders, each problem once; empty when it may be saved. */
export function placeholderProblems(text: string): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  const seen = new Set<string>();
  const add = (key: string, problem: PlaceholderProblem) => {
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(problem);
  };
  for (const match of text.matchAll(ANY_BRACES)) {
    const inner = match[1] ?? "";
    const bare = /^\s*([a-z][a-z0-9_]*)\s*$/.exec(inner);
    if (!bare) add(`e:${inner}`, { kind: "expression", text: match[0].slice(0, 60) });
    else if (!isKnown(bare[1]!)) add(`u:${bare[1]}`, { kind: "unknown", name: bare[1]! });
  }
  const rest = text.replace(ANY_BRACES, "");
  if (rest.includes("{{") || rest.includes("}}")) add("unbalanced", { kind: "unbalanced" });
  return problems;
}

/** The text with every known placeholder replaced by its value, as plain text. Unknown ones stay as written. */
export function fillPlaceholders(text: string, values: Partial<PlaceholderValues>): string {
  // One pass over the template: a value that itself contains "{{sender_name}}" is not filled again.
  return text.replace(BARE, (whole, name: string) => (isKnown(name) && values[name] !== undefined ? values[name]! : whole));
}

/** Sample values for an organiser's preview. */
export const SAMPLE_VALUES: PlaceholderValues = {
  target_name: "Embassy of the Republic of Kazakhstan in Germany",
  target_city: "Berlin",
  target_country: "Germany",
  sender_name: "Alex Example",
  sender_organisation: "Example Union, Cologne branch",
  sender_city: "Cologne",
  sender_country: "Germany",
  demands: "1. Release the detained workers.\n2. Investigate the shootings.",
  campaign_title: "Justice for Zhanaozen",
  date: "3 December 2026",
};

/** The campaign's demands in the reader's language, "1. …" one per line: the value of {{demands}}. */
export function numberedDemands(demands: readonly { translations: readonly { locale: string; text: string }[] }[], locale: string, defaultLocale: string): string {
  return demands
    .flatMap((d, i) => {
      const picked = pickTranslation(d.translations, locale, defaultLocale);
      return picked ? [`${i + 1}. ${picked.text}`] : [];
    })
    .join("\n");
}
