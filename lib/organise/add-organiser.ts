import type { Database } from "../db/client";
import { recordAudit } from "../audit/record";
import { Prisma } from "../generated/prisma/client";
import type { OrganiserRole } from "../generated/prisma/enums";
import { normaliseEmail } from "../auth/config";
import { isAdmin, type CurrentUser } from "../auth/roles";

// An instance admin makes someone an organiser of a campaign by their email address: the user is
// created if needed (they will sign in with that address), the CampaignOrganiser row and an audit
// entry are written together.

export class NotAllowedError extends Error {
  constructor() {
    super("only an instance admin may add organisers");
    this.name = "NotAllowedError";
  }
}

export type AddOrganiserResult = { kind: "added"; userId: string } | { kind: "already-organiser" } | { kind: "no-campaign" };

export async function addOrganiser(
  db: Database,
  actor: CurrentUser,
  input: { campaignId: string; email: string; role: OrganiserRole },
): Promise<AddOrganiserResult> {
  if (!isAdmin(actor)) throw new NotAllowedError();
  const email = normaliseEmail(input.email);
  try {
    return await db.prisma.$transaction(async (tx) => {
      const campaign = await tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } });
      if (!campaign) return { kind: "no-campaign" } as const;
      const user = await tx.user.upsert({ where: { email }, create: { email }, update: {}, select: { id: true } });
      const existing = await tx.campaignOrganiser.findUnique({
        where: { campaignId_userId: { campaignId: campaign.id, userId: user.id } },
        select: { role: true },
      });
      if (existing) return { kind: "already-organiser" } as const;
      await tx.campaignOrganiser.create({ data: { campaignId: campaign.id, userId: user.id, role: input.role } });
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        campaignId: campaign.id,
        action: "organiser.added",
        subjectType: "User",
        subjectId: user.id,
        details: { role: input.role },
      });
      return { kind: "added", userId: user.id } as const;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { kind: "already-organiser" };
    throw error;
  }
}
