import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WallMessageBody } from "@/components/replies/wall-messages";
import { getCampaignHeader } from "@/lib/campaigns/queries";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { getWallMessage } from "@/lib/letters/wall-queries";

// One message of the wall, whole (the wall's pages show the first lines of long ones). Only a message
// approved for this campaign's wall is found; anything else is a 404.

type Params = Promise<{ locale: string; campaign: string; message: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("letterWall.wall.title") };
}

export default async function WallMessagePage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug, message: id } = await params;
  const db = await getDb();
  const campaign = await getCampaignHeader(db, slug, locale);
  if (!campaign) notFound();
  const message = await getWallMessage(db, campaign.id, id);
  if (!message) notFound();
  return (
    <>
      <p className="no-print">
        <Link href={`/${locale}/campaigns/${campaign.slug}/wall`}>← {t("letterWall.wall.backToWall")}</Link>
      </p>
      <h1>{t("letterWall.wall.messageFrom", { name: message.name })}</h1>
      <article>
        <WallMessageBody message={message} locale={locale} />
      </article>
    </>
  );
}
