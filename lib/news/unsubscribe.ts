import type { Database } from "../db/client";
import { OutboxStatus } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import { NEWS_EMAIL_PURPOSE } from "./email-news";
import { signatureIdFromToken } from "./unsubscribe-token";

// The one-click unsubscribe of a news email (RFC 8058): a POST with the link's token, no sign-in. It turns
// "email me news" off for that address on every signature of that campaign, and drops the campaign's
// news emails still waiting in the outbox for it. A GET only shows the page with the button: mail
// scanners follow links.

type Found = { signatureId: string; campaignId: string; emailNormalised: string };

async function findByToken(db: Database, token: string, secret: string): Promise<Found | null> {
  const id = signatureIdFromToken(token, secret);
  if (!id) return null;
  const s = await db.prisma.signature.findUnique({ where: { id }, select: { emailNormalised: true, petition: { select: { campaignId: true } } } });
  return s ? { signatureId: id, campaignId: s.petition.campaignId, emailNormalised: s.emailNormalised } : null;
}

/** What the page shows: the campaign's title and whether this address still gets its news. Null: no such link. */
export async function unsubscribeView(db: Database, token: string, secret: string, locale: string): Promise<{ campaignTitle: string; titleLocale: string; subscribed: boolean } | null> {
  const found = await findByToken(db, token, secret);
  if (!found) return null;
  const campaign = await db.prisma.campaign.findUnique({ where: { id: found.campaignId }, select: { defaultLocale: true, translations: { select: { locale: true, title: true } } } });
  if (!campaign) return null;
  const subscribed = await db.prisma.signature.count({ where: { emailNormalised: found.emailNormalised, petition: { campaignId: found.campaignId }, wantsUpdates: true } });
  const text = pickTranslation(campaign.translations, locale, campaign.defaultLocale);
  return { campaignTitle: text?.title ?? "", titleLocale: text?.locale ?? campaign.defaultLocale, subscribed: subscribed > 0 };
}

/** Turns news off for the token's address on its campaign. Null: no such link; else how many signatures changed. */
export async function unsubscribeFromNews(db: Database, token: string, secret: string): Promise<{ changed: number } | null> {
  const found = await findByToken(db, token, secret);
  if (!found) return null;
  return db.prisma.$transaction(async (tx) => {
    const signatures = await tx.signature.findMany({ where: { emailNormalised: found.emailNormalised, petition: { campaignId: found.campaignId } }, select: { email: true } });
    const { count } = await tx.signature.updateMany({
      where: { emailNormalised: found.emailNormalised, petition: { campaignId: found.campaignId }, wantsUpdates: true },
      data: { wantsUpdates: false },
    });
    await tx.outboxEmail.deleteMany({
      where: {
        purpose: NEWS_EMAIL_PURPOSE,
        status: OutboxStatus.PENDING,
        to: { in: [...new Set(signatures.map((s) => s.email))] },
        templateData: { path: ["campaignId"], equals: found.campaignId },
      },
    });
    return { changed: count };
  });
}
