import type { Database } from "../db/client";
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
