import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, SelectField, TextField } from "@/components/forms/action-form";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import styles from "@/components/organise/organise.module.css";
import { requireCampaign } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { countryName } from "@/lib/i18n/countries";
import { getLocaleAndT } from "@/lib/i18n/server";
import { getDirectory } from "@/lib/targets/directory";
import { deleteTargetAction, importTargetsAction, saveLetterSettingsAction } from "@/lib/targets/directory-actions";
import { TARGET_COLUMNS } from "@/lib/targets/target-schema";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("targetDirectory.title") };
}

/** The campaign's directory of targets: the list, its CSV both ways, and the campaign's letter settings. */
export default async function TargetDirectoryPage({ params, searchParams }: { params: Params; searchParams: Promise<{ done?: string }> }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "targets.edit", locale);
  const directory = await getDirectory(await getDb(), user, campaign.id);
  if (!directory) notFound();
  const { done } = await searchParams;
  const base = `/${locale}/organise/campaigns/${campaign.slug}/targets`;
  const hidden = { locale, campaignId: campaign.id };
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("targetDirectory.title")}</h1>
      <p>{t("targetDirectory.intro")}</p>
      {done === "deleted" ? (
        <p role="status" className="notice">
          {t("targetDirectory.deleted")}
        </p>
      ) : null}
      <p>
        <a href={`${base}/export.csv`} download>
          {t("targetDirectory.exportLink")}
        </a>{" "}
        · <Link href={`/${locale}/campaigns/${campaign.slug}/targets`}>{t("targetDirectory.publicLink")}</Link>
      </p>

      {directory.entries.length === 0 ? (
        <p>{t("targetDirectory.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("targetDirectory.name")}</th>
              <th scope="col">{t("targetDirectory.place")}</th>
              <th scope="col">{t("targetDirectory.contacts")}</th>
              <th scope="col">{t("targetDirectory.hours")}</th>
              <th scope="col">{t("targetDirectory.state")}</th>
            </tr>
          </thead>
          <tbody>
            {directory.entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  {entry.name}
                  <br />
                  <small>
                    {t(`actions.targetKind.${entry.kind}` as never)} · <code>{entry.slug}</code>
                  </small>
                </td>
                <td>{[entry.city, countryName(entry.country, locale)].filter(Boolean).join(", ")}</td>
                <td>{t("targetDirectory.contactCounts", { emails: entry.emails, phones: entry.phones })}</td>
                <td>{entry.officeHours ? `${entry.officeHours} (${entry.timeZone})` : t("targetDirectory.noHours")}</td>
                <td>
                  {entry.pausedAt ? t("targetDirectory.paused") : t("targetDirectory.sending")}
                  {entry.failingEmails.length ? (
                    <>
                      <br />
                      <strong>{t("targetDirectory.failing", { count: entry.failingEmails.length })}</strong>
                    </>
                  ) : null}
                  <form action={deleteTargetAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="campaignId" value={campaign.id} />
                    <input type="hidden" name="targetId" value={entry.id} />
                    <button type="submit" className="button" aria-label={`${t("targetDirectory.delete")}: ${entry.name}`}>
                      {t("targetDirectory.delete")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section aria-labelledby="letter-settings-heading" className={styles.block}>
        <h2 id="letter-settings-heading">{t("targetDirectory.settingsHeading")}</h2>
        <ActionForm action={saveLetterSettingsAction} hidden={hidden} submit={t("targetDirectory.settingsSubmit")} className={styles.form}>
          <SelectField
            name="fallbackTargetId"
            label={t("targetDirectory.fallbackLabel")}
            hint={t("targetDirectory.fallbackHint")}
            options={[{ value: "", label: t("targetDirectory.fallbackNone") }, ...directory.entries.map((e) => ({ value: e.id, label: e.name }))]}
            defaultValue={directory.campaign.fallbackTargetId ?? ""}
          />
          <TextField name="letterHourlyCap" label={t("targetDirectory.capLabel")} hint={t("targetDirectory.capHint")} defaultValue={String(directory.campaign.letterHourlyCap)} required />
        </ActionForm>
      </section>

      <section aria-labelledby="import-heading" className={styles.block}>
        <h2 id="import-heading">{t("targetDirectory.importHeading")}</h2>
        <p>{t("targetDirectory.importHint", { columns: TARGET_COLUMNS.join(", ") })}</p>
        <ActionForm action={importTargetsAction} hidden={hidden} submit={t("targetDirectory.importSubmit")} className={styles.form}>
          <TextField name="csv" label={t("targetDirectory.csvLabel")} rows={12} maxLength={500_000} required />
        </ActionForm>
      </section>
    </>
  );
}
