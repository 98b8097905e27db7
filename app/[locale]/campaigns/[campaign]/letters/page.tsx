import type { Metadata } from "next";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { listReadableTemplates } from "@/lib/letters/public-templates";
import type { LetterKind } from "@/lib/generated/prisma/enums";
import { LetterTemplate } from "@/components/campaigns/letter-template";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import { NotTranslated } from "@/components/content/not-translated";
import styles from "@/components/campaigns/subpage.module.css";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 300 s (docs/decisions/010-public-pages-from-the-cache.md).
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
  const templates = await listReadableTemplates(await getDb(), campaign, locale);
  const fallbackLocale = templates.find((tpl) => tpl.isFallback)?.locale;
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} t={t} title={t("actions.letters.title")} intro={t("actions.letters.intro")} />
      {templates.length === 0 ? <p className={styles.empty}>{t("actions.letters.none")}</p> : <p className="no-print">{t("actions.letters.blanksHint")}</p>}
      {fallbackLocale ? <NotTranslated textLocale={fallbackLocale} locale={locale} t={t} /> : null}
      {KINDS.map((kind) => {
        const ofKind = templates.filter((tpl) => tpl.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} id={kind.toLowerCase()} aria-labelledby={`${kind}-heading`} className={`${styles.section} ${styles.lettersSection}`}>
            <h2 id={`${kind}-heading`}>{t(`actions.letters.kind.${kind}`)}</h2>
            {ofKind.map((template) => (
              <LetterTemplate key={template.slug} template={template} locale={locale} t={t} />
            ))}
          </section>
        );
      })}
    </>
  );
}
