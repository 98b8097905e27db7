import type { Metadata } from "next";
import Link from "next/link";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { listTemplateSummaries } from "@/lib/letters/public-templates";
import type { LetterKind } from "@/lib/generated/prisma/enums";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import styles from "@/components/campaigns/subpage.module.css";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 300 s (docs/decisions/010-public-pages-from-the-cache.md). A light
// list: each letter's title, one line, and a link to write it (the composer, ./[template]).
export const revalidate = 300;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string }>;

const KINDS: LetterKind[] = ["PROTEST", "SOLIDARITY", "PRESS"];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  return { title: t("actions.letters.metaTitle", { title: campaign.title }), description: t("actions.letters.intro") };
}

export default async function LettersPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  const templates = await listTemplateSummaries(await getDb(), campaign, locale);
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} title={t("actions.letters.title")} intro={t("letterComposer.listIntro")} />
      {templates.length === 0 ? <p className={styles.empty}>{t("letterComposer.noTemplates")}</p> : null}
      {KINDS.map((kind) => {
        const ofKind = templates.filter((tpl) => tpl.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} id={kind.toLowerCase()} aria-labelledby={`${kind}-heading`} className={styles.section}>
            <h2 id={`${kind}-heading`}>{t(`letterComposer.kind.${kind}`)}</h2>
            <ul>
              {ofKind.map((template) => (
                <li key={template.slug}>
                  <h3>{template.title}</h3>
                  {template.oneLine ? <p>{template.oneLine}</p> : null}
                  <Link href={`/${locale}/campaigns/${campaign.slug}/letters/${template.slug}`}>{t("letterComposer.write")}</Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
