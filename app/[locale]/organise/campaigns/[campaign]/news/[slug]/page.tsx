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
import { formatDate } from "@/lib/content/format";
import { getDb } from "@/lib/db";
import { localeNames, type Locale } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { emailNewsPostAction, publishNewsPostAction, saveNewsPostAction, unpublishNewsPostAction } from "@/lib/news/actions";
import { getCampaignNewsPost } from "@/lib/news/console-queries";
import { newsSubscriberCount } from "@/lib/news/subscriber-count";
import { isPublished } from "@/lib/news/states";

type Params = Promise<{ locale: string; campaign: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("newsConsole.editTitle") };
}

const DONE: Record<string, MessageKey> = {
  created: "newsConsole.done.created",
  saved: "newsConsole.done.saved",
  published: "newsConsole.done.published",
  unpublished: "newsConsole.done.unpublished",
};

/** One post: its version in each of the campaign's languages (written, missing), publishing, and the one email to supporters. */
export default async function CampaignNewsPostPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { slug } = await params;
  const query = await searchParams;
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const db = await getDb();
  const found = await getCampaignNewsPost(db, user, campaign.id, slug);
  if (!found) notFound();
  const { post, locales, defaultLocale } = found;
  const writes = roleCan(campaign.role, "news.write");
  const asked = firstParam(query.lang);
  const postLocale: Locale = locales.find((l) => l === asked) ?? defaultLocale;
  const version = post.versions.find((v) => v.locale === postLocale);
  const main = post.versions.find((v) => v.locale === defaultLocale) ?? post.versions[0]!;
  const doneKey = firstParam(query.done) ?? "";
  const done = doneKey === "emailed" ? t("newsConsole.done.emailed", { count: Number(firstParam(query.count) ?? 0) || 0 }) : DONE[doneKey] ? t(DONE[doneKey]!) : null;
  const hidden = { locale, campaignId: campaign.id, slug: post.slug };
  const base = `/${locale}/organise/campaigns/${campaign.slug}/news/${post.slug}`;
  const subscribers = writes && !post.emailedAt ? await newsSubscriberCount(db, user, campaign.id) : 0;
  const mainPublished = post.versions.some((v) => v.locale === defaultLocale && isPublished(v));
  const language = (l: string) => localeNames[l as Locale] ?? l;
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={[...campaignCrumbs(t, locale, campaign), { href: `/${locale}/organise/campaigns/${campaign.slug}/news`, label: t("newsConsole.title") }]} />
      {done ? (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      ) : null}
      <h1 lang={main.locale}>{main.title}</h1>
      <p className={styles.meta}>
        {t(`news.kind.${post.kind}`)} · <code>{post.slug}</code>
        {post.versions.some(isPublished) ? (
          <>
            {" · "}
            <Link href={`/${locale}/news/${post.slug}`}>{t("newsConsole.publicLink")}</Link>
          </>
        ) : null}
      </p>

      <nav aria-labelledby="post-languages-heading" className={styles.block}>
        <h2 id="post-languages-heading">{t("newsConsole.languages")}</h2>
        <ul>
          {locales.map((l) => {
            const v = post.versions.find((x) => x.locale === l);
            const label = `${language(l)} — ${v ? t(`newsConsole.state.${v.status}`) : t("newsConsole.missing")}`;
            return <li key={l}>{l === postLocale ? <strong aria-current="page">{label}</strong> : <Link href={`${base}?lang=${l}`}>{label}</Link>}</li>;
          })}
        </ul>
      </nav>

      <section aria-labelledby="version-heading" className={styles.block}>
        <h2 id="version-heading">{t("newsConsole.inLanguage", { language: language(postLocale) })}</h2>
        {version ? <p>{t("newsConsole.stateLine", { state: t(`newsConsole.state.${version.status}`) })}</p> : <p>{t("newsConsole.missing")}</p>}
        {writes ? (
          <>
            <ActionForm
              action={saveNewsPostAction}
              hidden={{ ...hidden, postLocale, kind: post.kind }}
              submit={version ? t("newsConsole.save", { language: language(postLocale) }) : t("newsConsole.write", { language: language(postLocale) })}
              className={styles.form}
            >
              <TextField name="title" label={t("newsConsole.titleLabel")} defaultValue={version?.title ?? ""} maxLength={200} required lang={postLocale} />
              <TextField name="summary" label={t("newsConsole.summaryLabel")} hint={t("newsConsole.summaryHint")} defaultValue={version?.summary ?? ""} rows={2} maxLength={500} required lang={postLocale} />
              <TextField name="body" label={t("newsConsole.bodyLabel")} hint={t("newsConsole.bodyHint")} defaultValue={version?.body ?? ""} rows={14} maxLength={20000} required lang={postLocale} />
            </ActionForm>
            {version ? (
              <div className={styles.rowActions}>
                {isPublished(version) ? (
                  <ActionForm action={unpublishNewsPostAction} hidden={{ ...hidden, postLocale }} submit={t("newsConsole.unpublish", { language: language(postLocale) })} className={styles.inlineForm} />
                ) : (
                  <ActionForm action={publishNewsPostAction} hidden={{ ...hidden, postLocale }} submit={t("newsConsole.publish", { language: language(postLocale) })} className={styles.inlineForm} submitClassName="button button--action" />
                )}
              </div>
            ) : null}
          </>
        ) : version ? (
          <MarkdownBlock source={version.body} lang={postLocale} />
        ) : null}
      </section>

      {writes ? (
        <section aria-labelledby="email-heading" className={styles.block}>
          <h2 id="email-heading">{t("newsConsole.emailHeading")}</h2>
          {post.emailedAt ? (
            <p>{t("newsConsole.emailedOn", { date: formatDate(post.emailedAt, locale), count: post.emailedCount ?? 0 })}</p>
          ) : (
            <>
              <p>{t("newsConsole.emailIntro", { count: subscribers, language: language(defaultLocale) })}</p>
              {mainPublished ? (
                <ActionForm action={emailNewsPostAction} hidden={hidden} submit={t("newsConsole.emailButton")} className={styles.inlineForm} />
              ) : (
                <p>{t("newsConsole.emailNeedsMain", { language: language(defaultLocale) })}</p>
              )}
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
