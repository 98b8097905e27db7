import type { Database } from "../db/client";
import { OrganiserRole, SignatureStatus, SponsorStatus } from "../generated/prisma/enums";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";

// The campaign overview in the console: a few counts and the organisers. The permission is in the where.

export type CampaignOverview = {
  petitionCount: number;
  confirmedSignatureCount: number;
  sponsorsAwaitingModeration: number;
  organisers: { userId: string; email: string; role: OrganiserRole }[];
};

const ROLE_ORDER: OrganiserRole[] = [OrganiserRole.OWNER, OrganiserRole.EDITOR, OrganiserRole.MODERATOR];

export async function getCampaignOverview(
  db: Database,
  user: Pick<CurrentUser, "id" | "role">,
  campaignId: string,
): Promise<CampaignOverview | null> {
  const row = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(user, "campaign.read")] },
    select: {
      _count: { select: { petitions: true, sponsors: { where: { status: SponsorStatus.AWAITING_MODERATION } } } },
      organisers: { select: { userId: true, role: true, user: { select: { email: true } } } },
    },
  });
  if (!row) return null;
  const confirmedSignatureCount = await db.prisma.signature.count({
    where: { status: SignatureStatus.CONFIRMED, petition: { campaignId } },
  });
  return {
    petitionCount: row._count.petitions,
    confirmedSignatureCount,
    sponsorsAwaitingModeration: row._count.sponsors,
    organisers: row.organisers
      .map((o) => ({ userId: o.userId, email: o.user.email, role: o.role }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.email.localeCompare(b.email)),
  };
}
