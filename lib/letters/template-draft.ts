import type { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";

// A new template's first text, drafted from the campaign's demands in the template's language (catalogue
// strings, so it drafts in every language the site speaks; the placeholders are put in as values, so the
// catalogue holds no braces of its own); the organiser edits it afterwards.

type Tx = Prisma.TransactionClient;

export function draftLetterText(locale: Locale, campaignTitle: string, demands: readonly string[]): { subject: string; body: string } {
  const t = getTranslator(locale);
  const list = demands.map((d) => `- ${d}`).join("\n");
  const body = [
    t("letterTemplates.draft.greeting", { target: "{{target_name}}" }),
    t("letterTemplates.draft.paragraph", { campaign: campaignTitle }),
    t("letterTemplates.draft.demandsIntro"),
    list,
    t("letterTemplates.draft.closing", { name: "{{sender_name}}", organisation: "{{sender_organisation}}", city: "{{sender_city}}", country: "{{sender_country}}", date: "{{date}}" }),
  ]
    .filter(Boolean)
    .join("\n\n");
  return { subject: t("letterTemplates.draft.subject", { campaign: campaignTitle }), body };
}

/** The campaign's current demands and title in `locale`, falling back to its default language's text. */
export async function campaignTextFor(tx: Tx, campaignId: string, locale: string): Promise<{ title: string; demands: string[] }> {
  const campaign = await tx.campaign.findUniqueOrThrow({
    where: { id: campaignId },
    select: {
      defaultLocale: true,
      translations: { select: { locale: true, title: true } },
      demands: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { translations: { select: { locale: true, text: true } } } },
    },
  });
  const pick = <T extends { locale: string }>(rows: T[]) => rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === campaign.defaultLocale) ?? rows[0];
  return {
    title: pick(campaign.translations)?.title ?? "",
    demands: campaign.demands.map((d) => pick(d.translations)?.text).filter((s): s is string => !!s),
  };
}
