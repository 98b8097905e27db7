import { langAttribute } from "@/lib/content/pick-translation";
import type { Translator } from "@/lib/i18n/translate";

// The breadcrumb trail of the petition and moderation pages, up to the campaign (and its petitions).

type Campaign = { slug: string; title: string; textLocale: string };

export function campaignCrumbs(t: Translator, locale: string, campaign: Campaign, withPetitions = false) {
  const base = `/${locale}/organise/campaigns/${campaign.slug}`;
  const crumbs = [
    { href: `/${locale}/organise`, label: t("organise.campaign.breadcrumb") },
    { href: base, label: campaign.title, lang: langAttribute(campaign.textLocale, locale) },
  ];
  if (withPetitions) crumbs.push({ href: `${base}/petitions`, label: t("organisePetitions.list.title") });
  return crumbs;
}
