import { cache } from "react";
import { notFound } from "next/navigation";
import { getDb } from "../db";
import { getPublicPetition } from "./public-page";

// For the petition's public pages: one query per request even when generateMetadata and the page both
// ask (React's cache), and a 404 for a petition the public may not see (a draft, a campaign not live).

export const loadPublicPetition = cache(async (campaignSlug: string, petitionSlug: string, locale: string) => {
  const petition = await getPublicPetition(await getDb(), campaignSlug, petitionSlug, locale);
  if (!petition) notFound();
  return petition;
});
