import { campaignWhereCan } from "../auth/capabilities";
import type { Database } from "../db/client";
import type { UserRole } from "../generated/prisma/enums";
import { CALL_OUTCOMES, type CallOutcomeName } from "./report";

// What reached each target: calls reported by outcome, and letters sent (deliveries to the target itself,
// status SENT). Shown on the call page, on the campaign page (totals) and to organisers.

export type TargetCounts = { calls: Record<CallOutcomeName, number>; callsTotal: number; lettersSent: number };

export function emptyCounts(): TargetCounts {
  return { calls: { ANSWERED: 0, VOICEMAIL: 0, NO_ANSWER: 0, REFUSED: 0 }, callsTotal: 0, lettersSent: 0 };
}

export async function countsByTarget(db: Database, campaignId: string): Promise<Map<string, TargetCounts>> {
  const [calls, letters] = await Promise.all([
    db.prisma.callReport.groupBy({ by: ["targetId", "outcome"], where: { campaignId }, _count: { _all: true } }),
    db.prisma.letterDelivery.groupBy({
      by: ["targetId"],
      where: { status: "SENT", recipientKind: "TARGET", target: { campaignId } },
      _count: { _all: true },
    }),
  ]);
  const result = new Map<string, TargetCounts>();
  const of = (id: string) => result.get(id) ?? (result.set(id, emptyCounts()), result.get(id)!);
  for (const row of calls) {
    const counts = of(row.targetId);
    if ((CALL_OUTCOMES as readonly string[]).includes(row.outcome)) counts.calls[row.outcome] += row._count._all;
    counts.callsTotal += row._count._all;
  }
  for (const row of letters) if (row.targetId) of(row.targetId).lettersSent += row._count._all;
  return result;
}

export async function campaignTotals(db: Database, campaignId: string): Promise<{ calls: number; lettersSent: number }> {
  const [calls, lettersSent] = await Promise.all([
    db.prisma.callReport.count({ where: { campaignId } }),
    db.prisma.letterDelivery.count({ where: { status: "SENT", recipientKind: "TARGET", target: { campaignId } } }),
  ]);
  return { calls, lettersSent };
}

/**
 * For the console: every target of a campaign the user may read ("campaign.read" in the query's where), with
 * its counts; null when the campaign is not theirs.
 */
export async function listTargetCountsForOrganiser(
  db: Database,
  user: { id: string; role: UserRole },
  campaignId: string,
): Promise<{ id: string; name: string; country: string; counts: TargetCounts }[] | null> {
  const campaign = await db.prisma.campaign.findFirst({
    where: { id: campaignId, ...campaignWhereCan(user, "campaign.read") },
    select: { id: true, targets: { select: { id: true, name: true, country: true }, orderBy: { name: "asc" } } },
  });
  if (!campaign) return null;
  const counts = await countsByTarget(db, campaign.id);
  return campaign.targets.map((t) => ({ ...t, counts: counts.get(t.id) ?? emptyCounts() }));
}
