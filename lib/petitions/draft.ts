import { isLocale, type Locale } from "../i18n/config";
import { translate } from "../i18n/translate";

// Drafting a petition from a campaign's demands: pure, no database. The organiser picks demands (in
// the order they want them) and targets; this writes, per language, a title, the addressee (the
// targets' names joined the way the language joins a list) and a body: an opening sentence from the
// catalogue, then the demands numbered. The organiser edits the result before opening the petition.

export type DraftDemand = {
  /** The demand's text per locale; a locale without its own text uses the fallback locale's. */
  texts: Readonly<Record<string, string>>;
};

export type DraftTarget = { name: string };

export type DraftInput = {
  locales: readonly string[];
  fallbackLocale: string;
  demands: readonly DraftDemand[];
  targets: readonly DraftTarget[];
  /** The campaign's title per locale, for the title of a petition with several demands. */
  campaignTitles: Readonly<Record<string, string>>;
};

export type PetitionDraft = { locale: string; title: string; addressee: string; body: string };

const TITLE_MAX = 200;

export function draftPetition(input: DraftInput): PetitionDraft[] {
  return input.locales.map((locale) => draftOneLocale(input, locale));
}

function draftOneLocale(input: DraftInput, locale: string): PetitionDraft {
  const ui: Locale = isLocale(locale) ? locale : "en";
  const demandTexts = input.demands.map((d) => pickText(d.texts, locale, input.fallbackLocale));
  const addressee = joinNames(
    input.targets.map((t) => t.name.trim()).filter(Boolean),
    ui,
  );
  const campaignTitle = pickText(input.campaignTitles, locale, input.fallbackLocale);
  const only = demandTexts.length === 1 ? demandTexts[0] : undefined;
  const title =
    only !== undefined
      ? only
      : campaignTitle
        ? translate(ui, "organisePetitions.draft.titleMany", { campaign: campaignTitle, count: demandTexts.length })
        : translate(ui, "organisePetitions.draft.titleManyNoCampaign", { count: demandTexts.length });
  const opening = translate(ui, "organisePetitions.draft.opening");
  const numbered = demandTexts.map((text, i) => `${i + 1}. ${text}`);
  return {
    locale,
    title: shorten(stripFinalStop(title), TITLE_MAX),
    addressee: addressee || translate(ui, "organisePetitions.draft.noTargets"),
    body: [opening, "", ...numbered].join("\n"),
  };
}

/** "A", "A and B", "A, B and C" (or "A, B и C"), by the language's own rules. */
export function joinNames(names: readonly string[], locale: string): string {
  if (names.length === 0) return "";
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(names);
}

function pickText(texts: Readonly<Record<string, string>>, locale: string, fallback: string): string {
  const own = texts[locale]?.trim();
  if (own) return own;
  const other = texts[fallback]?.trim();
  if (other) return other;
  return Object.values(texts).map((t) => t.trim()).find(Boolean) ?? "";
}

function stripFinalStop(text: string): string {
  return text.replace(/[.。]\s*$/u, "");
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
