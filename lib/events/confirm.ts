import { CampaignStatus } from "../generated/prisma/enums";
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { pickTranslation } from "../content/pick-translation";
import { env } from "../env";
import { isLocale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import { sealToken } from "../mail/sealed-token";
import { hashToken, looksLikeToken } from "../signatures/token";
import { newHostToken } from "./host-link";
import { isTrustedHost } from "./trusted-hosts";
import { AWAITING_MODERATION_EVENT, PUBLISHED_EVENT, UNCONFIRMED_EVENT } from "./states";

// The emailed link opens a page that only describes what it will confirm; its button confirms. Then the
// event waits for a moderator, or goes live at once when its host is trusted on the campaign ("approve
// and trust this host"). Either way the host gets the private link (edit, cancel, report), by email and
// at once: the confirming page sends them to it. The address is now confirmed, so that email may name
// the event the host typed.

export const HOST_LINK_PURPOSE = "event-host-link";

export type EventLinkState =
  | { state: "usable"; title: string; campaignTitle: string; campaignSlug: string }
  | { state: "already-confirmed" | "expired" | "closed"; campaignSlug: string }
  | { state: "invalid" };

const linkSelect = {
  id: true,
  title: true,
  status: true,
  tokenExpiresAt: true,
  email: true,
  locale: true,
  campaignId: true,
  campaign: { select: { slug: true, status: true, defaultLocale: true, translations: { select: { locale: true, title: true } } } },
} as const;

type LinkRow = Prisma.EventGetPayload<{ select: typeof linkSelect }>;

function stateOf(row: LinkRow | null, now: Date): EventLinkState["state"] {
  if (!row) return "invalid";
  if (row.status !== UNCONFIRMED_EVENT) return "already-confirmed";
  if (row.campaign.status !== CampaignStatus.LIVE) return "closed";
  if (!row.tokenExpiresAt || row.tokenExpiresAt < now) return "expired";
  return "usable";
}

export async function describeEventLink(db: Database, token: unknown, locale: string, now = new Date()): Promise<EventLinkState> {
  if (!looksLikeToken(token)) return { state: "invalid" };
  const row = await db.prisma.event.findUnique({ where: { tokenHash: hashToken(token) }, select: linkSelect });
  const state = stateOf(row, now);
  if (!row || state === "invalid") return { state: "invalid" };
  if (state !== "usable") return { state, campaignSlug: row.campaign.slug };
  const campaignTitle = pickTranslation(row.campaign.translations, locale, row.campaign.defaultLocale)?.title ?? row.campaign.slug;
  return { state, title: row.title, campaignTitle, campaignSlug: row.campaign.slug };
}

export type ConfirmEventResult =
  | { state: "published" | "waiting"; campaignSlug: string; hostToken: string }
  | { state: "already-confirmed" | "expired" | "closed"; campaignSlug: string }
  | { state: "invalid" };

/** UNCONFIRMED → AWAITING_MODERATION (or PUBLISHED for a trusted host), once; the host link is made and emailed. */
export async function confirmEvent(db: Database, token: unknown, now = new Date()): Promise<ConfirmEventResult> {
  if (!looksLikeToken(token)) return { state: "invalid" };
  const tokenHash = hashToken(token);
  const row = await db.prisma.event.findUnique({ where: { tokenHash }, select: linkSelect });
  const state = stateOf(row, now);
  if (!row || state === "invalid") return { state: "invalid" };
  if (state !== "usable") return { state, campaignSlug: row.campaign.slug };
  const trusted = await isTrustedHost(db, row.campaignId, row.email);
  const host = newHostToken();
  const to = trusted ? PUBLISHED_EVENT : AWAITING_MODERATION_EVENT;
  const locale = isLocale(row.locale) ? row.locale : isLocale(row.campaign.defaultLocale) ? row.campaign.defaultLocale : "en";
  const done = await db.prisma.$transaction(async (tx) => {
    // The status in the where: two presses at once confirm once.
    const { count } = await tx.event.updateMany({
      where: { id: row.id, tokenHash, status: UNCONFIRMED_EVENT },
      data: { status: to, confirmedAt: now, hostTokenHash: host.tokenHash, ...(trusted ? { publishedAt: now } : {}) },
    });
    if (count === 0) return false;
    await enqueueHostLink(tx, { to: row.email, locale, campaignTitle: pickTranslation(row.campaign.translations, locale, row.campaign.defaultLocale)?.title ?? row.campaign.slug, title: row.title, token: host.token, published: trusted });
    return true;
  });
  if (!done) return { state: "already-confirmed", campaignSlug: row.campaign.slug };
  return { state: trusted ? "published" : "waiting", campaignSlug: row.campaign.slug, hostToken: host.token };
}

export async function enqueueHostLink(
  tx: Prisma.TransactionClient,
  mail: { to: string; locale: "en" | "ru" | "de"; campaignTitle: string; title: string; token: string; published: boolean },
): Promise<void> {
  await enqueueEmail(tx, {
    purpose: HOST_LINK_PURPOSE,
    to: mail.to,
    template: "event-host-link",
    data: { locale: mail.locale, campaignTitle: mail.campaignTitle, title: mail.title, token: sealToken(mail.token, env().authSecret), published: mail.published },
  });
}
