import type { Database } from "../db/client";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import type { OrganiserRole } from "../generated/prisma/enums";
import { ActionRefusal } from "../organise/action-refusal";

// A campaign's team: who is in it, in which role, and the invitations still open. Reading the team is
// "campaign.read" (every member sees who else is in it); changing it is "members.manage" (owners and
// admins), asked beside each query. The last owner can be neither removed nor made something else, so
// that a campaign never ends up with nobody able to manage it. A removed member's next request is refused
// on every instance: each guard reads the membership from the database, none from a session or a cache.

export type Member = { userId: string; email: string; role: OrganiserRole; since: Date };
export type OpenInvitation = { id: string; email: string; role: OrganiserRole; expiresAt: Date; createdAt: Date };

export async function listTeam(db: Database, actor: CurrentUser, campaignId: string, now = new Date()): Promise<{ members: Member[]; invitations: OpenInvitation[] } | null> {
  const campaign = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(actor, "campaign.read")] },
    select: {
      organisers: { select: { userId: true, role: true, createdAt: true, user: { select: { email: true } } }, orderBy: [{ createdAt: "asc" }] },
      invitations: {
        where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }],
      },
    },
  });
  if (!campaign) return null;
  return {
    members: campaign.organisers.map((o) => ({ userId: o.userId, email: o.user.email, role: o.role, since: o.createdAt })),
    invitations: campaign.invitations,
  };
}

type Tx = Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0];

/** Locks the campaign's team for the rest of the transaction, so that two owners leaving at once cannot both pass the last-owner check. */
async function lockTeam(tx: Tx, campaignId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`campaign-team:${campaignId}`}))`;
}

async function ownersBesides(tx: Tx, campaignId: string, userId: string): Promise<number> {
  return tx.campaignOrganiser.count({ where: { campaignId, role: "OWNER", userId: { not: userId } } });
}

/**
 * Gives a member another role. The caller (organiserAction with "members.manage") has checked the
 * actor's capability on this campaign; the write is limited to this campaign's own membership row.
 */
export async function changeMemberRole(
  tx: Tx,
  input: { campaignId: string; userId: string; role: OrganiserRole },
): Promise<{ email: string; from: OrganiserRole; to: OrganiserRole } | null> {
  await lockTeam(tx, input.campaignId);
  const row = await tx.campaignOrganiser.findUnique({
    where: { campaignId_userId: { campaignId: input.campaignId, userId: input.userId } },
    select: { role: true, user: { select: { email: true } } },
  });
  if (!row) throw new ActionRefusal("members.errors.notMember", "userId");
  if (row.role === input.role) return null;
  if (row.role === "OWNER" && (await ownersBesides(tx, input.campaignId, input.userId)) === 0) throw new ActionRefusal("members.errors.lastOwner", "role");
  await tx.campaignOrganiser.update({ where: { campaignId_userId: { campaignId: input.campaignId, userId: input.userId } }, data: { role: input.role } });
  return { email: row.user.email, from: row.role, to: input.role };
}

/** Removes a member from this campaign's team (their other campaigns are untouched). */
export async function removeMember(tx: Tx, input: { campaignId: string; userId: string }): Promise<{ email: string; role: OrganiserRole }> {
  await lockTeam(tx, input.campaignId);
  const row = await tx.campaignOrganiser.findUnique({
    where: { campaignId_userId: { campaignId: input.campaignId, userId: input.userId } },
    select: { role: true, user: { select: { email: true } } },
  });
  if (!row) throw new ActionRefusal("members.errors.notMember", "userId");
  if (row.role === "OWNER" && (await ownersBesides(tx, input.campaignId, input.userId)) === 0) throw new ActionRefusal("members.errors.lastOwner");
  await tx.campaignOrganiser.delete({ where: { campaignId_userId: { campaignId: input.campaignId, userId: input.userId } } });
  return { email: row.user.email, role: row.role };
}

/** Withdraws an open invitation of this campaign: its link stops working at once. */
export async function revokeInvitation(tx: Tx, input: { campaignId: string; invitationId: string }, now = new Date()): Promise<{ email: string }> {
  const row = await tx.campaignInvitation.findFirst({
    where: { id: input.invitationId, campaignId: input.campaignId, acceptedAt: null, revokedAt: null },
    select: { email: true },
  });
  if (!row) throw new ActionRefusal("members.errors.invitationGone");
  await tx.campaignInvitation.update({ where: { id: input.invitationId }, data: { revokedAt: now } });
  return row;
}
