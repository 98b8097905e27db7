import type { Database } from "../db/client";
import { recordAudit } from "../audit/record";
import type { OrganiserRole } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import type { Locale } from "../i18n/config";
import { hashToken, looksLikeToken } from "../signatures/token";

// An invitation's link: the page shows what it invites to, and its button joins the team. The link went
// to the invited address, so opening it proves that address as a sign-in link would: accepting makes
// the account if there is none, adds the membership in the invitation's role, and uses the invitation up,
// all in one transaction. Signing in is still the sign-in link's business (the accept action asks for one
// unless the invited address is already signed in).

export type InvitationView =
  | { state: "open"; email: string; role: OrganiserRole; campaignTitle: string; campaignSlug: string; expiresAt: Date }
  | { state: "used" | "expired" | "unknown" };

export async function viewInvitation(db: Database, token: string, locale: Locale, now = new Date()): Promise<InvitationView> {
  if (!looksLikeToken(token)) return { state: "unknown" };
  const row = await db.prisma.campaignInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      campaign: { select: { slug: true, defaultLocale: true, translations: { select: { locale: true, title: true } } } },
    },
  });
  if (!row || row.revokedAt) return { state: "unknown" };
  if (row.acceptedAt) return { state: "used" };
  if (row.expiresAt <= now) return { state: "expired" };
  const title = pickTranslation(row.campaign.translations, locale, row.campaign.defaultLocale)?.title ?? row.campaign.slug;
  return { state: "open", email: row.email, role: row.role, campaignTitle: title, campaignSlug: row.campaign.slug, expiresAt: row.expiresAt };
}

export type AcceptOutcome = { kind: "joined"; email: string; userId: string; campaignSlug: string } | { kind: "used" | "expired" | "unknown" };

export async function acceptInvitation(db: Database, token: string, now = new Date()): Promise<AcceptOutcome> {
  if (!looksLikeToken(token)) return { kind: "unknown" };
  return db.prisma.$transaction(async (tx) => {
    // The row is locked by the update, so that a double click or a replay joins once.
    const claimed = await tx.campaignInvitation.updateManyAndReturn({
      where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
      select: { id: true, email: true, role: true, campaignId: true },
    });
    const invitation = claimed[0];
    if (!invitation) {
      const row = await tx.campaignInvitation.findUnique({ where: { tokenHash: hashToken(token) }, select: { acceptedAt: true, revokedAt: true } });
      if (!row || row.revokedAt) return { kind: "unknown" } as const;
      return { kind: row.acceptedAt ? "used" : "expired" } as const;
    }
    const user = await tx.user.upsert({ where: { email: invitation.email }, create: { email: invitation.email }, update: {}, select: { id: true } });
    await tx.campaignOrganiser.upsert({
      where: { campaignId_userId: { campaignId: invitation.campaignId, userId: user.id } },
      create: { campaignId: invitation.campaignId, userId: user.id, role: invitation.role },
      update: { role: invitation.role },
    });
    await tx.campaignInvitation.update({ where: { id: invitation.id }, data: { acceptedById: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      actorEmail: invitation.email,
      campaignId: invitation.campaignId,
      action: "member.joined",
      subjectType: "CampaignInvitation",
      subjectId: invitation.id,
      details: { role: invitation.role },
    });
    const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: invitation.campaignId }, select: { slug: true } });
    return { kind: "joined", email: invitation.email, userId: user.id, campaignSlug: campaign.slug } as const;
  });
}
