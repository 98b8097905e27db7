import { languageName } from "@/lib/content/format";
import type { Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";

/** A calm line above a text shown in another language than the page's. */
export function NotTranslated({ textLocale, locale, t, kind = "campaign" }: { textLocale: string; locale: Locale; t: Translator; kind?: "campaign" | "news" }) {
  if (textLocale === locale) return null;
  const language = languageName(textLocale, locale);
  return <p className="notice muted">{kind === "news" ? t("news.notTranslated", { language }) : t("campaign.notTranslated", { language })}</p>;
}
