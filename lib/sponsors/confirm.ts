import { CampaignStatus } from "../generated/prisma/enums";
import type { Database } from "../db/client";
import { pickTranslation } from "../content/pick-translation";
import { hashToken, looksLikeToken } from "../signatures/token";
import { AWAITING_MODERATION_STATE, UNCONFIRMED_STATE } from "./states";

// The emailed link opens a page that only describes what it will confirm (describeSponsorLink);
// pressing its button confirms (confirmSponsor). Opening the link, as mail scanners do, changes nothing.
// After confirmation the row keeps its token hash, so that a second visit can say "already confirmed".

export type SponsorLinkState =
  | { state: "usable"; name: string; campaignTitle: string; campaignSlug: string }
  | { state: "already-confirmed" | "expired" | "closed"; campaignSlug: string }
  | { state: "invalid" };

export async function describeSponsorLink(db: Database, token: unknown, locale: string, now = new Date()): Promise<SponsorLinkState> {
  if (!looksLikeToken(token)) return { state: "invalid" };
  const row = await db.prisma.sponsor.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      name: true,
      status: true,
      tokenExpiresAt: true,
      campaign: { select: { slug: true, status: true, defaultLocale: true, translations: { select: { locale: true, title: true } } } },
    },
  });
  if (!row) return { state: "invalid" };
  const campaignSlug = row.campaign.slug;
  if (row.status !== UNCONFIRMED_STATE) return { state: "already-confirmed", campaignSlug };
  if (row.campaign.status !== CampaignStatus.LIVE) return { state: "closed", campaignSlug };
  if (!row.tokenExpiresAt || row.tokenExpiresAt.getTime() < now.getTime()) return { state: "expired", campaignSlug };
  const title = pickTranslation(row.campaign.translations, locale, row.campaign.defaultLocale)?.title ?? campaignSlug;
  return { state: "usable", name: row.name, campaignTitle: title, campaignSlug };
}

export type ConfirmSponsorResult = { state: "confirmed" | "already-confirmed" | "expired" | "closed"; campaignSlug: string } | { state: "invalid" };

/** UNCONFIRMED → AWAITING_MODERATION, once, with a live token of a live campaign. */
export async function confirmSponsor(db: Database, token: unknown, now = new Date()): Promise<ConfirmSponsorResult> {
  if (!looksLikeToken(token)) return { state: "invalid" };
  const tokenHash = hashToken(token);
  const row = await db.prisma.sponsor.findUnique({
    where: { tokenHash },
    select: { id: true, status: true, tokenExpiresAt: true, campaign: { select: { slug: true, status: true } } },
  });
  if (!row) return { state: "invalid" };
  const campaignSlug = row.campaign.slug;
  if (row.status !== UNCONFIRMED_STATE) return { state: "already-confirmed", campaignSlug };
  if (row.campaign.status !== CampaignStatus.LIVE) return { state: "closed", campaignSlug };
  if (!row.tokenExpiresAt || row.tokenExpiresAt.getTime() < now.getTime()) return { state: "expired", campaignSlug };
  // The status in the where makes two presses at once confirm once; both see "confirmed".
  await db.prisma.sponsor.updateMany({
    where: { id: row.id, tokenHash, status: UNCONFIRMED_STATE },
    data: { status: AWAITING_MODERATION_STATE, confirmedAt: now },
  });
  return { state: "confirmed", campaignSlug };
}
