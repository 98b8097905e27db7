import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, SelectField, TextField } from "@/components/forms/action-form";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import styles from "@/components/organise/organise.module.css";
import { roleCan } from "@/lib/auth/capabilities";
import { requireCampaign } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { LetterKind } from "@/lib/generated/prisma/enums";
import { localeNames, type Locale } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";
import { createLetterTemplateAction } from "@/lib/letters/template-actions";
import { listCampaignTemplates } from "@/lib/letters/template-queries";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("letterTemplates.title") };
}

/** A campaign's letter templates (kind, state, languages) and the form for a new one, drafted from the demands. */
export default async function CampaignLetterTemplatesPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const list = await listCampaignTemplates(await getDb(), user, campaign.id);
  if (!list) notFound();
  const writes = roleCan(campaign.role, "letters.write");
  const base = `/${locale}/organise/campaigns/${campaign.slug}/letters`;
  const language = (l: string) => localeNames[l as Locale] ?? l;
  const languages = [list.defaultLocale, ...list.locales.filter((l) => l !== list.defaultLocale)];
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("letterTemplates.title")}</h1>
      <p>{t("letterTemplates.intro")}</p>
      {list.templates.length === 0 ? (
        <p>{t("letterTemplates.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("letterTemplates.template")}</th>
              <th scope="col">{t("letterTemplates.kindColumn")}</th>
              <th scope="col">{t("letterTemplates.statusColumn")}</th>
              <th scope="col">{t("letterTemplates.languages")}</th>
            </tr>
          </thead>
          <tbody>
            {list.templates.map((template) => {
              const main = template.texts.find((x) => x.locale === list.defaultLocale) ?? template.texts[0];
              return (
                <tr key={template.slug}>
                  <td>
                    <Link href={`${base}/${template.slug}`} lang={main?.locale}>
                      {main?.title ?? template.slug}
                    </Link>
                    <br />
                    <small>
                      <code>{template.slug}</code>
                    </small>
                  </td>
                  <td>{t(`letterTemplates.kind.${template.kind}`)}</td>
                  <td>{t(`letterTemplates.state.${template.status}`)}</td>
                  <td>{template.texts.map((x) => language(x.locale)).join(", ")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {writes ? (
        <section aria-labelledby="new-template-heading" className={styles.block}>
          <h2 id="new-template-heading">{t("letterTemplates.newHeading")}</h2>
          <p>{t("letterTemplates.newHint")}</p>
          <ActionForm action={createLetterTemplateAction} hidden={{ locale, campaignId: campaign.id }} submit={t("letterTemplates.create")} className={styles.form}>
            <SelectField name="kind" label={t("letterTemplates.kindLabel")} options={Object.values(LetterKind).map((k) => ({ value: k, label: t(`letterTemplates.kind.${k}`) }))} defaultValue={LetterKind.PROTEST} />
            <TextField name="title" label={t("letterTemplates.titleLabel")} maxLength={200} required />
            <TextField name="slug" label={t("letterTemplates.slugLabel")} hint={t("letterTemplates.slugHint", { example: "protest-ministry" })} maxLength={80} required />
            <SelectField name="templateLocale" label={t("letterTemplates.localeLabel")} options={languages.map((l) => ({ value: l, label: language(l) }))} defaultValue={list.defaultLocale} />
          </ActionForm>
        </section>
      ) : (
        <p>{t("letterTemplates.readOnly")}</p>
      )}
    </>
  );
}
