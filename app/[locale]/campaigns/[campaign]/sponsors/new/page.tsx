import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SponsorForm } from "@/components/sponsors/sponsor-form";
import { sponsorFormLabels } from "@/components/sponsors/sponsor-form-labels";
import styles from "@/components/sponsors/sponsors.module.css";
import { findCampaignHeader } from "@/lib/campaigns/find-campaign-header";
import { getDb } from "@/lib/db";
import { countryOptions } from "@/lib/i18n/countries";
import { getLocaleAndT } from "@/lib/i18n/server";
import { addSponsorAction } from "@/lib/sponsors/actions";
import { ORGANISATION_KIND_ORDER } from "@/lib/sponsors/grouping";

type Params = Promise<{ locale: string; campaign: string }>;
type SearchParams = Promise<{ kind?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("sponsors.form.title") };
}

export default async function NewSponsorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await findCampaignHeader(await getDb(), (await params).campaign, locale);
  if (!campaign) notFound();
  const { kind } = await searchParams;
  const base = `/${locale}/campaigns/${campaign.slug}`;
  return (
    <>
      <p className={styles.back}>
        <Link href={`${base}/sponsors`}>← {t("sponsors.checkEmail.backToList")}</Link>
      </p>
      <h1>{t("sponsors.form.heading", { campaign: campaign.title })}</h1>
      <p className="prose">{t("sponsors.form.intro")}</p>
      <SponsorForm
        action={addSponsorAction.bind(null, campaign.slug, locale)}
        labels={sponsorFormLabels(t)}
        countries={countryOptions(locale).map(({ code, name }) => ({ value: code, label: name }))}
        organisationKinds={ORGANISATION_KIND_ORDER.map((value) => ({ value, label: t(`sponsors.kind.${value}`) }))}
        initialKind={kind === "organisation" ? "ORGANISATION" : "INDIVIDUAL"}
      />
    </>
  );
}
