import { cache } from "react";
import { notFound } from "next/navigation";
import { loadCampaignHeader } from "../campaigns/load-for-page";
import { getDb } from "../db";
import { findPublicEvent } from "./public-events";

/** For server components: the campaign and one of its public events (one query each per request), or a 404. */
export const loadPublicEvent = cache(async (campaignSlug: string, eventId: string, locale: string) => {
  const campaign = await loadCampaignHeader(campaignSlug, locale);
  const event = await findPublicEvent(await getDb(), campaign.id, eventId);
  if (!event) notFound();
  return { campaign, event };
});
