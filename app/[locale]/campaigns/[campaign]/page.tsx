import type { Metadata } from "next";
import { loadCampaignPage } from "@/lib/campaigns/load-for-page";
import { env } from "@/lib/env";
import { getLocaleAndT } from "@/lib/i18n/server";
import { locales } from "@/lib/i18n/config";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";
import { CampaignBody } from "@/components/campaigns/campaign-body";
import { PublishedReplies } from "@/components/replies/published-replies";
import { getDb } from "@/lib/db";
import { listPublishedReplies } from "@/lib/replies/queries";
import { countEventTotals } from "@/lib/events/event-totals";
import { EventTotals } from "@/components/events/event-totals";

// From the cache, rebuilt at most every 30 s (docs/decisions/010-public-pages-from-the-cache.md).
export const revalidate = 30;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug } = await params;
  const campaign = await loadCampaignPage(slug, locale);
  const appUrl = env().appUrl;
  const url = `${appUrl}/${locale}/campaigns/${slug}`;
  return {
    title: campaign.text.title,
    description: campaign.text.summary,
    alternates: {
      canonical: url,
      languages: Object.fromEntries(locales.map((l) => [l, `${appUrl}/${l}/campaigns/${slug}`])),
      // The campaign's own news feed, and the site's beside it.
      types: {
        "application/atom+xml": [
          { url: `/feeds/${locale}/campaigns/${slug}/news.xml`, title: t("campaign.newsFeedTitle", { campaign: campaign.text.title }) },
          { url: `/feeds/${locale}/news.xml`, title: t("news.feedTitle", { site: t("meta.siteName") }) },
        ],
      },
    },
    openGraph: {
      type: "article",
      url,
      siteName: t("meta.siteName"),
      title: campaign.text.title,
      description: campaign.text.summary,
      locale: campaign.text.locale,
      ...(campaign.appealDate ? { publishedTime: campaign.appealDate.toISOString() } : {}),
    },
    twitter: { card: "summary", title: campaign.text.title, description: campaign.text.summary },
  };
}

export default async function CampaignPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug } = await params;
  const campaign = await loadCampaignPage(slug, locale);
  const db = await getDb();
  const [replies, totals] = await Promise.all([listPublishedReplies(db, campaign.id, 3), countEventTotals(db, campaign.id)]);
  return (
    <>
      <CampaignBody campaign={campaign} locale={locale} t={t} />
      <EventTotals totals={totals} locale={locale} t={t} href={`/${locale}/campaigns/${slug}/events`} />
      <PublishedReplies replies={replies} locale={locale} t={t} allHref={`/${locale}/campaigns/${slug}/wall`} />
    </>
  );
}
