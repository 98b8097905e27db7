import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, SelectField, TextField } from "@/components/forms/action-form";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import styles from "@/components/organise/organise.module.css";
import { roleCan } from "@/lib/auth/capabilities";
import { requireCampaign } from "@/lib/auth/session";
import { formatDate } from "@/lib/content/format";
import { getDb } from "@/lib/db";
import { NewsKind } from "@/lib/generated/prisma/enums";
import { localeNames } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";
import { createNewsPostAction } from "@/lib/news/actions";
import { listCampaignNews } from "@/lib/news/console-queries";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("newsConsole.title") };
}

/** A campaign's news posts: each with its languages and their states, and a form for a new one. */
export default async function CampaignNewsPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const news = await listCampaignNews(await getDb(), user, campaign.id);
  if (!news) notFound();
  const writes = roleCan(campaign.role, "news.write");
  const base = `/${locale}/organise/campaigns/${campaign.slug}/news`;
  const languages = [news.defaultLocale, ...news.locales.filter((l) => l !== news.defaultLocale)];
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("newsConsole.title")}</h1>
      <p>{t("newsConsole.intro")}</p>

      {news.posts.length === 0 ? (
        <p>{t("newsConsole.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("newsConsole.post")}</th>
              <th scope="col">{t("newsConsole.languages")}</th>
              <th scope="col">{t("newsConsole.email")}</th>
            </tr>
          </thead>
          <tbody>
            {news.posts.map((post) => {
              const main = post.versions[0]!;
              return (
                <tr key={post.slug}>
                  <td>
                    <Link href={`${base}/${post.slug}`} lang={main.locale}>
                      {main.title}
                    </Link>
                    <br />
                    <small>
                      {t(`news.kind.${post.kind}`)} · <code>{post.slug}</code>
                    </small>
                  </td>
                  <td>
                    <ul>
                      {post.versions.map((v) => (
                        <li key={v.locale}>{t("newsConsole.versionState", { language: localeNames[v.locale as keyof typeof localeNames] ?? v.locale, state: t(`newsConsole.state.${v.status}`) })}</li>
                      ))}
                    </ul>
                    {post.missing.length > 0 ? <p>{t("newsConsole.missingIn", { languages: post.missing.map((l) => localeNames[l]).join(", ") })}</p> : null}
                  </td>
                  <td>{post.emailedAt ? t("newsConsole.emailedOn", { date: formatDate(post.emailedAt, locale), count: post.emailedCount ?? 0 }) : t("newsConsole.notEmailed")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {writes ? (
        <section aria-labelledby="new-post-heading" className={styles.block}>
          <h2 id="new-post-heading">{t("newsConsole.newHeading")}</h2>
          <ActionForm action={createNewsPostAction} hidden={{ locale, campaignId: campaign.id }} submit={t("newsConsole.create")} className={styles.form}>
            <SelectField name="postLocale" label={t("newsConsole.localeLabel")} options={languages.map((l) => ({ value: l, label: localeNames[l] }))} defaultValue={news.defaultLocale} />
            <SelectField name="kind" label={t("newsConsole.kindLabel")} options={Object.values(NewsKind).map((k) => ({ value: k, label: t(`news.kind.${k}`) }))} defaultValue={NewsKind.ARTICLE} />
            <TextField name="title" label={t("newsConsole.titleLabel")} maxLength={200} required />
            <TextField name="slug" label={t("newsConsole.slugLabel")} hint={t("newsConsole.slugHint", { example: "report-from-the-square" })} maxLength={80} required />
            <TextField name="summary" label={t("newsConsole.summaryLabel")} hint={t("newsConsole.summaryHint")} rows={2} maxLength={500} required />
            <TextField name="body" label={t("newsConsole.bodyLabel")} hint={t("newsConsole.bodyHint")} rows={12} maxLength={20000} required />
          </ActionForm>
        </section>
      ) : (
        <p>{t("newsConsole.readOnly")}</p>
      )}
    </>
  );
}
