import type { Metadata } from "next";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { ActionForm, SelectField, TextField } from "@/components/forms/action-form";
import styles from "@/components/organise/organise.module.css";
import { requireAdmin } from "@/lib/auth/session";
import { createCampaignAction } from "@/lib/campaigns/create-actions";
import { localeNames, locales } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("campaigns.new.title") };
}

/** An instance admin starts a campaign: its address, first texts, and the owner who is invited to write the rest. */
export default async function NewCampaignPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await getLocaleAndT(params);
  await requireAdmin(locale);
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={[{ href: `/${locale}/organise`, label: t("organise.campaign.breadcrumb") }]} />
      <h1>{t("campaigns.new.title")}</h1>
      <p className="prose">{t("campaigns.new.intro")}</p>
      <ActionForm action={createCampaignAction} hidden={{ locale }} submit={t("campaigns.new.submit")} className={styles.form}>
        <TextField name="title" label={t("campaigns.fields.title")} required maxLength={140} />
        <TextField name="slug" label={t("campaigns.fields.slug")} hint={t("campaigns.fields.slugHint")} required maxLength={60} />
        <TextField name="summary" label={t("campaigns.fields.summary")} hint={t("campaigns.fields.summaryHint")} rows={3} maxLength={300} />
        <SelectField
          name="defaultLocale"
          label={t("campaigns.fields.defaultLocale")}
          hint={t("campaigns.fields.defaultLocaleHint")}
          options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
          defaultValue={locale}
        />
        <TextField name="ownerEmail" type="email" label={t("campaigns.fields.ownerEmail")} hint={t("campaigns.fields.ownerEmailHint")} required maxLength={254} />
      </ActionForm>
    </>
  );
}
