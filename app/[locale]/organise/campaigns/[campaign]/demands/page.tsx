import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, TextField } from "@/components/forms/action-form";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import styles from "@/components/organise/organise.module.css";
import { roleCan } from "@/lib/auth/capabilities";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { requireCampaign } from "@/lib/auth/session";
import { getEditableCampaign } from "@/lib/campaigns/console-queries";
import { addDemandAction, editDemandAction, moveDemandAction, restoreDemandAction, retireDemandAction } from "@/lib/campaigns/edit-actions";
import { getDb } from "@/lib/db";
import { localeNames } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("campaigns.demands.title") };
}

const DONE: Record<string, MessageKey> = { moved: "campaigns.demands.moved", retired: "campaigns.demands.retired", restored: "campaigns.demands.restored" };

/** The campaign's demands: their texts in every language, their order (buttons, no JavaScript needed), retiring and restoring. */
export default async function CampaignDemandsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const c = await getEditableCampaign(await getDb(), user, campaign.id);
  if (!c) notFound();
  const done = DONE[firstParam((await searchParams).done) ?? ""];
  const edits = roleCan(campaign.role, "campaign.edit");
  const hidden = { locale, campaignId: c.id };
  const inUse = c.demands.filter((d) => !d.retiredAt);
  const retired = c.demands.filter((d) => d.retiredAt);
  const languages = [c.defaultLocale, ...c.locales.filter((l) => l !== c.defaultLocale)];
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      {done ? (
        <p className="notice notice--ok" role="status">
          {t(done)}
        </p>
      ) : null}
      <h1>{t("campaigns.demands.title")}</h1>
      <p>{t("campaigns.demands.intro")}</p>
      <p>
        <Link href={`/${locale}/organise/campaigns/${c.slug}/texts`}>{t("campaigns.texts.title")}</Link>
      </p>

      {inUse.length === 0 ? <p>{t("campaigns.demands.none")}</p> : null}
      <ol className={styles.demandList}>
        {inUse.map((d, i) => {
          const heading = t("campaigns.demands.number", { number: i + 1 });
          return (
            <li key={d.id} className="card" aria-labelledby={`demand-${d.id}`}>
              <h2 id={`demand-${d.id}`}>{heading}</h2>
              {edits ? (
                <>
                  <ActionForm action={editDemandAction} hidden={{ ...hidden, demandId: d.id }} submit={t("campaigns.demands.save", { demand: heading })} className={styles.form}>
                    {languages.map((l) => (
                      <TextField
                        key={l}
                        idPrefix={`d-${d.id}`}
                        name={`text.${l}`}
                        label={l === c.defaultLocale ? t("campaigns.demands.textMain", { language: localeNames[l] }) : localeNames[l]}
                        hint={l !== c.defaultLocale && !d.texts[l] ? t("campaigns.demands.untranslated") : undefined}
                        defaultValue={d.texts[l] ?? ""}
                        rows={2}
                        maxLength={500}
                        lang={l}
                      />
                    ))}
                  </ActionForm>
                  <div className={styles.rowActions}>
                    {i > 0 ? (
                      <ActionForm action={moveDemandAction} hidden={{ ...hidden, demandId: d.id, direction: "up" }} submit={t("campaigns.demands.up", { demand: heading })} className={styles.inlineForm} />
                    ) : null}
                    {i < inUse.length - 1 ? (
                      <ActionForm action={moveDemandAction} hidden={{ ...hidden, demandId: d.id, direction: "down" }} submit={t("campaigns.demands.down", { demand: heading })} className={styles.inlineForm} />
                    ) : null}
                    <ActionForm action={retireDemandAction} hidden={{ ...hidden, demandId: d.id }} submit={t("campaigns.demands.retire", { demand: heading })} className={styles.inlineForm} />
                  </div>
                </>
              ) : (
                <p lang={c.defaultLocale}>{d.texts[c.defaultLocale]}</p>
              )}
            </li>
          );
        })}
      </ol>

      {edits ? (
        <section aria-labelledby="add-demand-heading" className={styles.block}>
          <h2 id="add-demand-heading">{t("campaigns.demands.addHeading")}</h2>
          <ActionForm action={addDemandAction} hidden={hidden} submit={t("campaigns.demands.add")} className={styles.form}>
            <TextField name="text" label={t("campaigns.demands.textMain", { language: localeNames[c.defaultLocale] })} rows={2} maxLength={500} lang={c.defaultLocale} required />
          </ActionForm>
        </section>
      ) : null}

      {retired.length > 0 ? (
        <section aria-labelledby="retired-heading" className={styles.block}>
          <h2 id="retired-heading">{t("campaigns.demands.retiredHeading")}</h2>
          <p>{t("campaigns.demands.retiredIntro")}</p>
          <ul>
            {retired.map((d) => (
              <li key={d.id}>
                <span lang={c.defaultLocale}>{d.texts[c.defaultLocale]}</span>
                {edits ? <ActionForm action={restoreDemandAction} hidden={{ ...hidden, demandId: d.id }} submit={t("campaigns.demands.restore")} className={styles.inlineForm} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
