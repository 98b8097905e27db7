import type { Database } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { ActionRefusal } from "../organise/action-refusal";
import type { DeclareDayOfActionInput, EditDayOfActionInput } from "./day-of-action-schema";

// The days a campaign calls everyone to act on (DayOfAction: one per date and campaign). The console
// declares, edits and removes them (lib/events/day-of-action-actions.ts, capability campaign.edit);
// the public list and calendar group the events held on such a day (in their own zone) under it.
// The campaign is in every where: a day of another campaign is never found, changed or removed.

type Tx = Prisma.TransactionClient;

export type DayOfAction = { id: string; date: string; title: string; description: string | null };

const select = { id: true, date: true, title: true, description: true } as const;

/** The campaign's days of action, earliest first; only those from `from` to `to` (inclusive) when given. */
export async function listDaysOfAction(db: Database, campaignId: string, range: { from?: string; to?: string } = {}): Promise<DayOfAction[]> {
  return db.prisma.dayOfAction.findMany({
    where: { campaignId, date: { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lte: range.to } : {}) } },
    orderBy: { date: "asc" },
    select,
  });
}

export async function declareDayOfAction(tx: Tx, campaignId: string, input: DeclareDayOfActionInput): Promise<DayOfAction> {
  try {
    return await tx.dayOfAction.create({ data: { campaignId, date: input.date, title: input.title, description: input.description || null }, select });
  } catch (error) {
    if (isTaken(error)) throw new ActionRefusal("daysOfAction.errors.taken", "date");
    throw error;
  }
}

export async function editDayOfAction(tx: Tx, campaignId: string, input: EditDayOfActionInput): Promise<DayOfAction> {
  const clash = await tx.dayOfAction.findFirst({ where: { campaignId, date: input.date, id: { not: input.dayId } }, select: { id: true } });
  if (clash) throw new ActionRefusal("daysOfAction.errors.taken", "date");
  const { count } = await tx.dayOfAction.updateMany({
    where: { id: input.dayId, campaignId },
    data: { date: input.date, title: input.title, description: input.description || null },
  });
  if (count === 0) throw new ActionRefusal("daysOfAction.errors.missing");
  return tx.dayOfAction.findFirstOrThrow({ where: { id: input.dayId, campaignId }, select });
}

export async function removeDayOfAction(tx: Tx, campaignId: string, dayId: string): Promise<DayOfAction> {
  const day = await tx.dayOfAction.findFirst({ where: { id: dayId, campaignId }, select });
  if (!day) throw new ActionRefusal("daysOfAction.errors.missing");
  await tx.dayOfAction.deleteMany({ where: { id: dayId, campaignId } });
  return day;
}

function isTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
