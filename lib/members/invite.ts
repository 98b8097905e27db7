import type { Prisma } from "../generated/prisma/client";
import type { OrganiserRole } from "../generated/prisma/enums";
import { env } from "../env";
import type { Locale } from "../i18n/config";
import { normaliseEmail } from "../auth/config";
import { enqueueEmail } from "../mail/outbox";
import { sealToken } from "../mail/sealed-token";
import { newConfirmationToken } from "../signatures/token";

// An invitation to a campaign's team: a single-use link that expires (INVITATION_DAYS), mailed from the
// outbox in the same transaction as the row. The row keeps only the token's hash; the outbox's copy is
// sealed. Called by the members page (an owner) and by campaign creation (an admin names the first owner).
// The caller has already checked "members.manage" (or admin) on the campaign, beside its own query.

export const INVITATION_DAYS = 7;

export type Invitation = { id: string; email: string; role: OrganiserRole; expiresAt: Date };

export async function inviteMember(
  tx: Prisma.TransactionClient,
  input: { campaignId: string; campaignTitle: string; email: string; role: OrganiserRole; invitedById: string; locale: Locale },
  now = new Date(),
): Promise<Invitation> {
  const email = normaliseEmail(input.email);
  const token = newConfirmationToken(now, INVITATION_DAYS);
  // A newer invitation to the same address replaces the ones still open: one working link at a time.
  await tx.campaignInvitation.updateMany({
    where: { campaignId: input.campaignId, email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const row = await tx.campaignInvitation.create({
    data: { campaignId: input.campaignId, email, role: input.role, tokenHash: token.tokenHash, invitedById: input.invitedById, expiresAt: token.expiresAt },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  await enqueueEmail(tx, {
    purpose: "campaign-invitation",
    to: email,
    template: "campaign-invitation",
    data: {
      locale: input.locale,
      campaignTitle: input.campaignTitle,
      role: input.role,
      token: sealToken(token.token, env().authSecret),
      expiresAt: token.expiresAt.toISOString(),
    },
  });
  return row;
}
