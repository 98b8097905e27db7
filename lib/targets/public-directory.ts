import type { Database } from "../db/client";
import { proposeNearestTarget, type NearestProposal } from "./nearest";
import { publicTargetSelect, type PublicTarget } from "./public-target";

// The public directory of a campaign's targets, for people who write, fax or phone on their own, and the
// "nearest embassy" proposal for a supporter's country. Only the institutions' own published details.

export type DirectoryTarget = PublicTarget & { id: string; accreditedTo: string[]; officeHours: string | null; timeZone: string | null };

const select = { ...publicTargetSelect, id: true, accreditedTo: true, officeHours: true, timeZone: true } as const;

export async function listPublicDirectory(db: Database, campaignId: string): Promise<DirectoryTarget[]> {
  return db.prisma.target.findMany({ where: { campaignId }, orderBy: [{ country: "asc" }, { name: "asc" }], select });
}

/** The directory and the proposal for `country` from it, in one read of the directory. */
export async function directoryWithProposal(db: Database, campaignId: string, country: string | null): Promise<{ targets: DirectoryTarget[]; proposal: NearestProposal<DirectoryTarget> | null }> {
  const [campaign, targets] = await Promise.all([
    db.prisma.campaign.findUnique({ where: { id: campaignId }, select: { country: true, fallbackTargetId: true } }),
    listPublicDirectory(db, campaignId),
  ]);
  const proposal = campaign ? proposeNearestTarget(targets, { country, represents: campaign.country, fallbackTargetId: campaign.fallbackTargetId }) : null;
  return { targets, proposal };
}
