import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublishedReplies } from "@/components/replies/published-replies";
import { WallMessages } from "@/components/replies/wall-messages";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { getCampaignHeader } from "@/lib/campaigns/queries";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { listWallMessages } from "@/lib/letters/wall-queries";
import { listPublishedReplies } from "@/lib/replies/queries";

// The campaign's wall of solidarity (issue 11): approved messages, newest first, 50 a page, and every
// published reply from the targets. Rendered per request (it is paginated by ?page=); light HTML, no script.

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await getCampaignHeader(await getDb(), (await params).campaign, locale);
  return { title: campaign ? `${t("letterWall.wall.title")}: ${campaign.title}` : t("letterWall.wall.title") };
}

export default async function CampaignWallPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const db = await getDb();
  const campaign = await getCampaignHeader(db, (await params).campaign, locale);
  if (!campaign) notFound();
  const requested = Number(firstParam((await searchParams).page) ?? "1");
  const [wall, replies] = await Promise.all([listWallMessages(db, campaign.id, Number.isInteger(requested) ? requested : 1), listPublishedReplies(db, campaign.id)]);
  const base = `/${locale}/campaigns/${campaign.slug}`;
  return (
    <>
      <p className="no-print">
        <Link href={base}>← {t("letterWall.wall.back")}</Link>
      </p>
      <h1>{t("letterWall.wall.heading", { campaign: campaign.title })}</h1>
      <p className="prose">{t("letterWall.wall.intro")}</p>
      <PublishedReplies replies={replies} locale={locale} t={t} />
      <WallMessages wall={wall} base={`${base}/wall`} locale={locale} t={t} />
    </>
  );
}
