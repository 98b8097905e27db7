import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, CheckboxGroup, TextField } from "@/components/forms/action-form";
import { TemplatePreview } from "@/components/letter-templates/template-preview";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import styles from "@/components/organise/organise.module.css";
import { roleCan } from "@/lib/auth/capabilities";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { requireCampaign } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { localeNames, type Locale } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { PLACEHOLDERS } from "@/lib/letters/placeholders";
import { archiveLetterTemplateAction, draftLetterTemplateAction, publishLetterTemplateAction, saveLetterTemplateAction } from "@/lib/letters/template-actions";
import { getCampaignTemplate } from "@/lib/letters/template-queries";
import { MAX_MAX_LENGTH } from "@/lib/letters/template-schema";

type Params = Promise<{ locale: string; campaign: string; template: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("letterTemplates.title") };
}

const DONE: Record<string, MessageKey> = {
  created: "letterTemplates.done.created",
  saved: "letterTemplates.done.saved",
  published: "letterTemplates.done.published",
  archived: "letterTemplates.done.archived",
  draft: "letterTemplates.done.draft",
};

/** One template in one language: its text, variants, sender's limit and default targets; its state; the preview. */
export default async function CampaignLetterTemplatePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { template: slug } = await params;
  const query = await searchParams;
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const found = await getCampaignTemplate(await getDb(), user, campaign.id, slug);
  if (!found) notFound();
  const { template, locales, defaultLocale, targets } = found;
  const writes = roleCan(campaign.role, "letters.write");
  const asked = firstParam(query.lang);
  const main = template.texts.find((x) => x.locale === defaultLocale) ?? template.texts[0];
  const textLocale = locales.find((l) => l === asked) ?? main?.locale ?? defaultLocale;
  const text = template.texts.find((x) => x.locale === textLocale);
  const doneKey = firstParam(query.done) ?? "";
  const done = DONE[doneKey] ? t(DONE[doneKey]!) : null;
  const language = (l: string) => localeNames[l as Locale] ?? l;
  const base = `/${locale}/organise/campaigns/${campaign.slug}/letters`;
  const hidden = { locale, campaignId: campaign.id, slug: template.slug };
  const placeholders = PLACEHOLDERS.map((p) => `{{${p}}}`).join(" ");
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={[...campaignCrumbs(t, locale, campaign), { href: base, label: t("letterTemplates.title") }]} />
      <h1 lang={main?.locale}>{t("letterTemplates.editHeading", { title: main?.title ?? template.slug })}</h1>
      <p>
        {t(`letterTemplates.kind.${template.kind}`)} · <code>{template.slug}</code> · <Link href={base}>{t("letterTemplates.back")}</Link>
      </p>
      {done ? (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      ) : null}
      <nav aria-label={t("letterTemplates.languages")}>
        <ul>
          {locales.map((l) => (
            <li key={l}>
              <Link href={`${base}/${template.slug}?lang=${l}`} aria-current={l === textLocale ? "page" : undefined}>
                {t(template.texts.some((x) => x.locale === l) ? "letterTemplates.editIn" : "letterTemplates.addIn", { language: language(l) })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="status-heading" className={styles.block}>
        <h2 id="status-heading">{t("letterTemplates.statusHeading", { state: t(`letterTemplates.state.${template.status}`) })}</h2>
        {writes ? (
          <div>
            {template.status !== "PUBLISHED" ? <ActionForm action={publishLetterTemplateAction} hidden={hidden} submit={t("letterTemplates.publish")} submitClassName="button button--action" /> : null}
            {template.status !== "ARCHIVED" ? <ActionForm action={archiveLetterTemplateAction} hidden={hidden} submit={t("letterTemplates.archive")} /> : null}
            {template.status !== "DRAFT" ? <ActionForm action={draftLetterTemplateAction} hidden={hidden} submit={t("letterTemplates.toDraft")} /> : null}
          </div>
        ) : null}
      </section>

      {writes ? (
        <section aria-labelledby="edit-heading" className={styles.block}>
          <h2 id="edit-heading">{t(text ? "letterTemplates.editIn" : "letterTemplates.addIn", { language: language(textLocale) })}</h2>
          <ActionForm key={textLocale} action={saveLetterTemplateAction} hidden={{ ...hidden, templateLocale: textLocale }} submit={t("letterTemplates.save")} className={styles.form}>
            <TextField name="title" label={t("letterTemplates.titleLabel")} defaultValue={text?.title ?? main?.title ?? ""} maxLength={200} required lang={textLocale} />
            <TextField name="subject" label={t("letterTemplates.subjectLabel")} hint={t("letterTemplates.subjectHint", { placeholders })} defaultValue={text?.subject ?? main?.subject ?? ""} maxLength={300} required lang={textLocale} />
            <TextField name="body" label={t("letterTemplates.bodyLabel")} hint={t("letterTemplates.bodyHint", { placeholders })} defaultValue={text?.body ?? main?.body ?? ""} rows={16} maxLength={20000} required lang={textLocale} />
            <TextField name="subjectVariants" label={t("letterTemplates.subjectVariantsLabel")} hint={t("letterTemplates.subjectVariantsHint")} defaultValue={(text?.subjectVariants ?? []).join("\n")} rows={4} lang={textLocale} />
            <TextField name="openingVariants" label={t("letterTemplates.openingVariantsLabel")} hint={t("letterTemplates.openingVariantsHint")} defaultValue={(text?.openingVariants ?? []).join("\n---\n")} rows={6} lang={textLocale} />
            <CheckboxGroup name="editable" legend={t("letterTemplates.editableLabel")} options={[{ value: "on", label: t("letterTemplates.editableLabel") }]} defaultValues={template.editable ? ["on"] : []} />
            <TextField name="maxLength" label={t("letterTemplates.maxLengthLabel")} hint={t("letterTemplates.maxLengthHint")} defaultValue={String(template.maxLength)} maxLength={String(MAX_MAX_LENGTH).length} required />
            {targets.length ? (
              <CheckboxGroup name="targetIds" legend={t("letterTemplates.targetsLegend")} hint={t("letterTemplates.targetsHint")} options={targets.map((x) => ({ value: x.id, label: [x.name, x.city, x.country].filter(Boolean).join(", ") }))} defaultValues={template.targetIds} />
            ) : (
              <p>{t("letterTemplates.noTargets")}</p>
            )}
          </ActionForm>
        </section>
      ) : null}

      {text ? <TemplatePreview text={text} t={t} /> : null}
    </>
  );
}
