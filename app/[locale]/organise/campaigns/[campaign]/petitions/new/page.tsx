import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewPetitionForm } from "@/components/organise-petitions/new-petition-form";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import { requireCampaign } from "@/lib/auth/session";
import { langAttribute } from "@/lib/content/pick-translation";
import { getDb } from "@/lib/db";
import { localeNames } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";
import { getNewPetitionChoices } from "@/lib/petitions/organiser-queries";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("organisePetitions.new.title") };
}

export default async function NewPetitionPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "petitions.manage", locale);
  const choices = await getNewPetitionChoices(await getDb(), user, campaign.id, locale);
  if (!choices) notFound();
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign, true)} />
      <h1>{t("organisePetitions.new.title")}</h1>
      <p className="prose">{t("organisePetitions.new.intro")}</p>
      <NewPetitionForm
        locale={locale}
        campaignId={campaign.id}
        demands={choices.demands.map((d) => ({ id: d.id, position: d.position, text: d.text, lang: langAttribute(d.textLocale, locale) }))}
        targets={choices.targets}
        languages={choices.locales.map((l) => ({ value: l, label: localeNames[l] }))}
        defaultLanguages={choices.defaultLocales}
        labels={{
          demands: t("organisePetitions.new.demands"),
          demandsHint: t("organisePetitions.new.demandsHint"),
          noDemands: t("organisePetitions.new.noDemands"),
          targets: t("organisePetitions.new.targets"),
          targetsHint: t("organisePetitions.new.targetsHint"),
          noTargets: t("organisePetitions.new.noTargets"),
          languages: t("organisePetitions.new.languages"),
          languagesHint: t("organisePetitions.new.languagesHint"),
          goal: t("organisePetitions.new.goal"),
          goalHint: t("organisePetitions.new.goalHint"),
          deadline: t("organisePetitions.new.deadline"),
          deadlineHint: t("organisePetitions.new.deadlineHint"),
          slug: t("organisePetitions.new.slug"),
          slugHint: t("organisePetitions.new.slugHint"),
          submit: t("organisePetitions.new.submit"),
        }}
      />
    </>
  );
}
