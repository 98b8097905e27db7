import { cache } from "react";
import { notFound } from "next/navigation";
import { getDb } from "../db";
import { getCampaignForPage, getCampaignHeader } from "./queries";

// For server components: one query per request even when generateMetadata and the page both ask
// (React's cache), and a 404 for a campaign the public may not see.

export const loadCampaignPage = cache(async (slug: string, locale: string) => {
  const campaign = await getCampaignForPage(await getDb(), slug, locale);
  if (!campaign) notFound();
  return campaign;
});

export const loadCampaignHeader = cache(async (slug: string, locale: string) => {
  const header = await getCampaignHeader(await getDb(), slug, locale);
  if (!header) notFound();
  return header;
});
