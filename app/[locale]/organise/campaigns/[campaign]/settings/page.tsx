import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, CheckboxGroup, SelectField, TextField } from "@/components/forms/action-form";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import { CampaignStatusBadge } from "@/components/organise/campaign-status";
import styles from "@/components/organise/organise.module.css";
import { roleCan } from "@/lib/auth/capabilities";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { requireCampaign } from "@/lib/auth/session";
import { getEditableCampaign } from "@/lib/campaigns/console-queries";
import { changeCampaignStatusAction, saveCampaignSettingsAction } from "@/lib/campaigns/edit-actions";
import { nextCampaignStates } from "@/lib/campaigns/states";
import { getDb } from "@/lib/db";
import { localeNames, locales } from "@/lib/i18n/config";
import { countryOptions } from "@/lib/i18n/countries";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("campaigns.settings.title") };
}

const DONE: Record<string, MessageKey> = { live: "campaigns.status.nowLive", closed: "campaigns.status.nowClosed" };
const MOVE: Record<string, MessageKey> = { LIVE: "campaigns.status.goLive", CLOSED: "campaigns.status.close" };

/** The campaign's state (with what it still needs to go live) and its settings. */
export default async function CampaignSettingsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const c = await getEditableCampaign(await getDb(), user, campaign.id);
  if (!c) notFound();
  const query = await searchParams;
  const done = DONE[firstParam(query.done) ?? ""];
  const edits = roleCan(campaign.role, "campaign.edit");
  const hidden = { locale, campaignId: c.id };
  const moves = nextCampaignStates(c.status);
  const base = `/${locale}/organise/campaigns/${c.slug}`;
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      {done ? (
        <p className="notice notice--ok" role="status">
          {t(done, { count: Number(firstParam(query.closed) ?? 0) || 0 })}
        </p>
      ) : null}
      <h1>{t("campaigns.settings.title")}</h1>

      <section aria-labelledby="state-heading" className={styles.block}>
        <h2 id="state-heading">{t("campaigns.status.heading")}</h2>
        <p>
          <CampaignStatusBadge status={c.status} label={t(`organise.status.${c.status}`)} /> {t(`campaigns.status.explain.${c.status}`)}
        </p>
        <p>
          <Link href={`${base}/preview`}>{t("campaigns.preview.link")}</Link>
        </p>
        {c.status === "DRAFT" && c.gaps.length > 0 ? (
          <div className="notice">
            <p>{t("campaigns.status.missing")}</p>
            <ul>
              {c.gaps.map((gap) => (
                <li key={gap}>{t(`campaigns.status.gaps.${gap}`, { language: localeNames[c.defaultLocale] })}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {edits
          ? moves.map((to) => (
              <ActionForm key={to} action={changeCampaignStatusAction} hidden={{ ...hidden, to }} submit={t(MOVE[to]!)} className={styles.inlineForm} submitClassName={to === "LIVE" ? "button button--action" : "button"} />
            ))
          : null}
        {c.status === "LIVE" && edits ? <p className="hint">{t("campaigns.status.closeHint")}</p> : null}
      </section>

      {edits ? (
        <section aria-labelledby="settings-heading" className={styles.block}>
          <h2 id="settings-heading">{t("campaigns.settings.heading")}</h2>
          <ActionForm action={saveCampaignSettingsAction} hidden={hidden} submit={t("campaigns.settings.submit")} className={styles.form}>
            <CheckboxGroup
              name="locales"
              legend={t("campaigns.settings.locales")}
              hint={t("campaigns.settings.localesHint")}
              options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
              defaultValues={c.locales}
            />
            <SelectField name="defaultLocale" label={t("campaigns.fields.defaultLocale")} hint={t("campaigns.fields.defaultLocaleHint")} options={locales.map((l) => ({ value: l, label: localeNames[l] }))} defaultValue={c.defaultLocale} />
            <TextField name="appealDate" type="date" label={t("campaigns.settings.appealDate")} hint={t("campaigns.settings.appealDateHint")} defaultValue={c.appealDate?.toISOString().slice(0, 10) ?? ""} />
            <SelectField
              name="country"
              label={t("campaigns.settings.country")}
              hint={t("campaigns.settings.countryHint")}
              options={[{ value: "", label: t("campaigns.settings.noCountry") }, ...countryOptions(locale).map((o) => ({ value: o.code, label: o.name }))]}
              defaultValue={c.country ?? ""}
            />
            <TextField name="donateUrl" type="url" label={t("campaigns.settings.donateUrl")} hint={t("campaigns.settings.donateUrlHint")} defaultValue={c.donateUrl ?? ""} maxLength={500} />
            <TextField name="copyToEmails" label={t("campaigns.settings.copyTo")} hint={t("campaigns.settings.copyToHint")} defaultValue={c.copyToEmails.join("\n")} rows={3} />
          </ActionForm>
        </section>
      ) : null}

      {roleCan(campaign.role, "campaign.end") ? (
        <section aria-labelledby="archive-heading" className={styles.danger}>
          <h2 id="archive-heading">{t("campaigns.status.archiveHeading")}</h2>
          <p>{t("campaigns.status.archiveExplain")}</p>
          <p>
            <Link href={`${base}#campaign-end-heading`}>{t("campaigns.status.archiveLink")}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
