import { pickTranslation } from "../content/pick-translation";
import type { Prisma } from "../generated/prisma/client";
import { isLocale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";

// A rejected sponsor is told why, in their language, when the moderator gave a reason: their address is
// confirmed (it is how the entry reached moderation), so the moderator's words go to its owner only.
// The one place both ways of deciding (the queue, the sponsors page) write that email.

export const REJECTION_PURPOSE = "sponsor-rejection";

/** What a rejection email needs of the sponsor row. */
export const REJECTION_SELECT = {
  email: true,
  locale: true,
  confirmedAt: true,
  campaign: { select: { defaultLocale: true, slug: true, translations: { select: { locale: true, title: true } } } },
} as const;

type Rejected = Prisma.SponsorGetPayload<{ select: typeof REJECTION_SELECT }>;

/** In the transaction that rejects the entry: nothing is sent without a reason or to an unconfirmed address. */
export async function enqueueRejectionEmail(tx: Prisma.TransactionClient, sponsor: Rejected, reason: string | null): Promise<void> {
  if (!reason || !sponsor.confirmedAt) return;
  const locale = isLocale(sponsor.locale) ? sponsor.locale : isLocale(sponsor.campaign.defaultLocale) ? sponsor.campaign.defaultLocale : "en";
  const campaignTitle = pickTranslation(sponsor.campaign.translations, locale, sponsor.campaign.defaultLocale)?.title ?? sponsor.campaign.slug;
  await enqueueEmail(tx, { purpose: REJECTION_PURPOSE, to: sponsor.email, template: "sponsor-rejected", data: { locale, campaignTitle, reason } });
}
