import type { Database } from "../db/client";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { Prisma } from "../generated/prisma/client";
import { canonicalIp } from "./moderation-filter";

// The allow-list of shared addresses (a union office, a VPN exit): signatures from them are not held
// as suspect for the per-address rate limit. The list is one for the whole site (the rate limit is per
// address, whatever the campaign); an instance admin manages it from any campaign's moderation page, and
// the audit log records under which campaign each change was made.

export type AllowlistError = "ipInvalid" | "alreadyListed" | "noteTooLong" | "notFound";

export class AllowlistRefusal extends Error {
  constructor(public readonly code: AllowlistError) {
    super(`allow-list: ${code}`);
    this.name = "AllowlistRefusal";
  }
}

export type AllowlistedAddress = { id: string; address: string; note: string | null; createdAt: Date };

export async function listAllowlistedAddresses(db: Database): Promise<AllowlistedAddress[]> {
  return db.prisma.allowlistedAddress.findMany({ orderBy: [{ address: "asc" }], select: { id: true, address: true, note: true, createdAt: true } });
}

export async function addAllowlistedAddress(
  db: Database,
  actor: CurrentUser,
  campaignId: string,
  input: { address: string; note: string },
): Promise<AllowlistedAddress> {
  await assertOrganises(db, actor, campaignId);
  const address = canonicalIp(input.address);
  if (!address) throw new AllowlistRefusal("ipInvalid");
  const note = input.note.trim() || null;
  if (note && note.length > 200) throw new AllowlistRefusal("noteTooLong");
  try {
    return await db.prisma.$transaction(async (tx) => {
      const row = await tx.allowlistedAddress.create({ data: { address, note }, select: { id: true, address: true, note: true, createdAt: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        campaignId,
        action: "allowlist.added",
        subjectType: "AllowlistedAddress",
        subjectId: row.id,
        details: { address, note },
      });
      return row;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AllowlistRefusal("alreadyListed");
    throw error;
  }
}

export async function removeAllowlistedAddress(db: Database, actor: CurrentUser, campaignId: string, id: string): Promise<void> {
  await assertOrganises(db, actor, campaignId);
  await db.prisma.$transaction(async (tx) => {
    const row = await tx.allowlistedAddress.findUnique({ where: { id }, select: { address: true } });
    if (!row) throw new AllowlistRefusal("notFound");
    await tx.allowlistedAddress.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      campaignId,
      action: "allowlist.removed",
      subjectType: "AllowlistedAddress",
      subjectId: id,
      details: { address: row.address },
    });
  });
}

async function assertOrganises(db: Database, actor: CurrentUser, campaignId: string): Promise<void> {
  const campaign = await db.prisma.campaign.findFirst({ where: { AND: [{ id: campaignId }, campaignWhereCan(actor, "allowlist.manage")] }, select: { id: true } });
  if (!campaign) throw new AllowlistRefusal("notFound");
}
