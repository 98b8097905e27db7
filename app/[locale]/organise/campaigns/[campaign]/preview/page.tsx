import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CampaignBody } from "@/components/campaigns/campaign-body";
import { CampaignStatusBadge } from "@/components/organise/campaign-status";
import styles from "@/components/organise/organise.module.css";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { requireCampaign } from "@/lib/auth/session";
import { getCampaignForPage } from "@/lib/campaigns/queries";
import { getDb } from "@/lib/db";
import { isLocale, localeNames, locales } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";
import { getTranslator } from "@/lib/i18n/translate";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("campaigns.preview.title"), robots: { index: false } };
}

/** The campaign's page as the public will read it, in each language, whatever its state: for its team. */
export default async function CampaignPreviewPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const asked = firstParam((await searchParams).lang) ?? locale;
  const reader = isLocale(asked) ? asked : locale;
  const page = await getCampaignForPage(await getDb(), campaign.slug, reader, user);
  if (!page) notFound();
  const base = `/${locale}/organise/campaigns/${campaign.slug}`;
  return (
    <>
      <div className={`notice ${styles.block}`} role="note">
        <p>
          <strong>{t("campaigns.preview.banner")}</strong> <CampaignStatusBadge status={campaign.status} label={t(`organise.status.${campaign.status}`)} />{" "}
          {campaign.status === "DRAFT" ? t("campaigns.preview.draftNote") : null}
        </p>
        <p>
          {t("campaigns.preview.languages")}{" "}
          {locales.map((l, i) => (
            <span key={l}>
              {i > 0 ? " · " : null}
              {l === reader ? <strong aria-current="page">{localeNames[l]}</strong> : <Link href={`${base}/preview?lang=${l}`}>{localeNames[l]}</Link>}
            </span>
          ))}
        </p>
        <p>
          <Link href={`${base}/settings`}>{t("campaigns.preview.back")}</Link>
        </p>
      </div>
      <div lang={reader}>
        <CampaignBody campaign={page} locale={reader} t={getTranslator(reader)} />
      </div>
    </>
  );
}
