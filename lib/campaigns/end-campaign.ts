import type { Database } from "../db/client";
import { recordAudit } from "../audit/record";
import { campaignWhereCan, rolesWith } from "../auth/capabilities";
import { isAdmin, type CurrentUser } from "../auth/roles";
import { ActionRefusal } from "../organise/action-refusal";
import { eraseSupporterData, type ErasedCounts } from "./erase-supporter-data";

// Setting when a campaign ends, and ending it at once. Erasing supporters' data cannot be undone, so
// only an instance admin or one of the campaign's lead organisers may do either: the permission is in
// the query's where. A campaign whose data has been erased has ended for good.

/** A refusal the one action path shows in place (a day already over, at its field); "notFound" is a page that is not there. */
export class CampaignEndError extends ActionRefusal {
  constructor(readonly code: "notFound" | "alreadyEnded" | "lastDayPast") {
    super(`campaignEnd.errors.${code === "notFound" ? "form" : code}`, code === "lastDayPast" ? "lastDay" : undefined, undefined, code === "notFound");
    this.name = "CampaignEndError";
  }
}

async function findEndableCampaign(db: Database, actor: CurrentUser, campaignId: string) {
  const campaign = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(actor, "campaign.end")] },
    select: { id: true, endsAt: true, dataPurgedAt: true },
  });
  if (!campaign) throw new CampaignEndError("notFound");
  if (campaign.dataPurgedAt) throw new CampaignEndError("alreadyEnded");
  return campaign;
}

/** Sets (or, with null, clears) the moment the campaign ends; it must be in the future. */
export async function scheduleCampaignEnd(db: Database, actor: CurrentUser, campaignId: string, endsAt: Date | null, now = new Date()): Promise<void> {
  const campaign = await findEndableCampaign(db, actor, campaignId);
  if (endsAt && endsAt <= now) throw new CampaignEndError("lastDayPast");
  await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.campaign.updateMany({ where: { id: campaign.id, dataPurgedAt: null }, data: { endsAt } });
    if (count !== 1) throw new CampaignEndError("alreadyEnded");
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      campaignId: campaign.id,
      action: endsAt ? "campaign.end-scheduled" : "campaign.end-cancelled",
      subjectType: "Campaign",
      subjectId: campaign.id,
      details: { from: campaign.endsAt?.toISOString() ?? null, to: endsAt?.toISOString() ?? null },
    });
  });
}

/** Ends the campaign now: archived, petitions closed, supporters' data erased, in one transaction. */
export async function endCampaignNow(db: Database, actor: CurrentUser, campaignId: string, now = new Date()): Promise<ErasedCounts> {
  const campaign = await findEndableCampaign(db, actor, campaignId);
  return db.prisma.$transaction(async (tx) => {
    const { count } = await tx.campaign.updateMany({ where: { id: campaign.id, dataPurgedAt: null }, data: { endsAt: now } });
    if (count !== 1) throw new CampaignEndError("alreadyEnded");
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      campaignId: campaign.id,
      action: "campaign.ended-now",
      subjectType: "Campaign",
      subjectId: campaign.id,
      details: { scheduledFor: campaign.endsAt?.toISOString() ?? null },
    });
    return (await eraseSupporterData(tx, campaign.id, now)).counts;
  });
}

export type CampaignEndView = { endsAt: Date | null; dataPurgedAt: Date | null; canEnd: boolean };

/** What the console shows of the campaign's end to anyone who may organise it (null otherwise), and whether they may set it. */
export async function getCampaignEnd(db: Database, user: Pick<CurrentUser, "id" | "role">, campaignId: string): Promise<CampaignEndView | null> {
  const row = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(user, "campaign.read")] },
    select: { endsAt: true, dataPurgedAt: true, _count: { select: { organisers: { where: { userId: user.id, role: { in: rolesWith("campaign.end") } } } } } },
  });
  if (!row) return null;
  return { endsAt: row.endsAt, dataPurgedAt: row.dataPurgedAt, canEnd: isAdmin(user) || row._count.organisers > 0 };
}
