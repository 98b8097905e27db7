import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, TextField } from "@/components/forms/action-form";
import { MarkdownBlock } from "@/components/content/markdown-block";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import styles from "@/components/organise/organise.module.css";
import { roleCan } from "@/lib/auth/capabilities";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { requireCampaign } from "@/lib/auth/session";
import { getEditableCampaign, translationGaps } from "@/lib/campaigns/console-queries";
import { saveCampaignTextsAction } from "@/lib/campaigns/edit-actions";
import { getDb } from "@/lib/db";
import { localeNames, type Locale } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";

type Params = Promise<{ locale: string; campaign: string }>;

const CALL_PLACEHOLDERS = ["target_name", "target_city", "target_country", "demands", "campaign_title", "date"].map((p) => `{{${p}}}`).join(", ");

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("campaigns.texts.title") };
}

/** The campaign's texts (title, summary, appeal), one language at a time, with what is still untranslated. */
export default async function CampaignTextsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const c = await getEditableCampaign(await getDb(), user, campaign.id);
  if (!c) notFound();
  const asked = firstParam((await searchParams).lang);
  const textLocale: Locale = c.locales.find((l) => l === asked) ?? c.defaultLocale;
  const text = c.texts[textLocale];
  const original = c.texts[c.defaultLocale];
  const edits = roleCan(campaign.role, "campaign.edit");
  const base = `/${locale}/organise/campaigns/${c.slug}`;
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("campaigns.texts.title")}</h1>
      <p>{t("campaigns.texts.intro", { language: localeNames[c.defaultLocale] })}</p>

      <nav aria-labelledby="languages-heading" className={styles.block}>
        <h2 id="languages-heading">{t("campaigns.texts.languages")}</h2>
        <ul>
          {c.locales.map((l) => {
            const gaps = translationGaps(c, l);
            const missing = gaps.fields.length + gaps.demands;
            const label = `${localeNames[l]}${l === c.defaultLocale ? ` (${t("campaigns.texts.main")})` : ""}`;
            return (
              <li key={l}>
                {l === textLocale ? (
                  <strong aria-current="page">{label}</strong>
                ) : (
                  <Link href={`${base}/texts?lang=${l}`} lang={l}>
                    {label}
                  </Link>
                )}
                {" — "}
                {missing === 0
                  ? t("campaigns.texts.complete")
                  : t("campaigns.texts.missing", {
                      fields: gaps.fields.map((f) => t(`campaigns.texts.fieldNames.${f}`)).join(", ") || "—",
                      demands: gaps.demands,
                    })}
              </li>
            );
          })}
        </ul>
        <p>
          <Link href={`${base}/demands`}>{t("campaigns.demands.title")}</Link> · <Link href={`${base}/preview?lang=${textLocale}`}>{t("campaigns.preview.link")}</Link>
        </p>
      </nav>

      <section aria-labelledby="text-heading" className={styles.block}>
        <h2 id="text-heading">{t("campaigns.texts.inLanguage", { language: localeNames[textLocale] })}</h2>
        {textLocale !== c.defaultLocale && original ? (
          <details className={styles.block}>
            <summary>{t("campaigns.texts.showOriginal", { language: localeNames[c.defaultLocale] })}</summary>
            <div lang={c.defaultLocale}>
              <p>
                <strong>{original.title}</strong>
              </p>
              <p>{original.summary}</p>
              <MarkdownBlock source={original.appeal} lang={c.defaultLocale} />
            </div>
          </details>
        ) : null}
        {edits ? (
          <ActionForm key={textLocale} action={saveCampaignTextsAction} hidden={{ locale, campaignId: c.id, textLocale }} submit={t("campaigns.texts.submit")} className={styles.form}>
            <TextField name="title" label={t("campaigns.fields.title")} defaultValue={text?.title ?? ""} required maxLength={140} lang={textLocale} />
            <TextField name="summary" label={t("campaigns.fields.summary")} hint={t("campaigns.fields.summaryHint")} defaultValue={text?.summary ?? ""} rows={3} maxLength={300} lang={textLocale} />
            <TextField name="appeal" label={t("campaigns.texts.appeal")} hint={t("campaigns.texts.appealHint")} defaultValue={text?.appeal ?? ""} rows={16} maxLength={20000} lang={textLocale} />
            <TextField name="callScript" label={t("campaigns.texts.callScript")} hint={t("campaigns.texts.callScriptHint", { placeholders: CALL_PLACEHOLDERS })} defaultValue={text?.callScript ?? ""} rows={10} maxLength={5000} lang={textLocale} />
          </ActionForm>
        ) : text ? (
          <div lang={textLocale}>
            <p>
              <strong>{text.title}</strong>
            </p>
            <p>{text.summary}</p>
            <MarkdownBlock source={text.appeal} lang={textLocale} />
            {text.callScript ? <pre className={styles.script}>{text.callScript}</pre> : null}
          </div>
        ) : (
          <p>{t("campaigns.texts.none")}</p>
        )}
      </section>
    </>
  );
}
