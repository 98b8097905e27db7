import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import type { Database } from "../db/client";

// Reading replies: the console's list (everything, for "letters.write"), the public ones (published only).

export type ReplyRow = { id: string; targetName: string; receivedOn: Date; summary: string; text: string | null; publishedAt: Date | null };

const select = { id: true, receivedOn: true, summary: true, text: true, publishedAt: true, target: { select: { name: true } } } as const;
type Row = { id: string; receivedOn: Date; summary: string; text: string | null; publishedAt: Date | null; target: { name: string } };
const toRow = (r: Row): ReplyRow => ({ id: r.id, targetName: r.target.name, receivedOn: r.receivedOn, summary: r.summary, text: r.text, publishedAt: r.publishedAt });

export async function listRepliesForConsole(db: Database, actor: Pick<CurrentUser, "id" | "role">, campaignId: string): Promise<ReplyRow[]> {
  const rows = await db.prisma.targetReply.findMany({
    where: { campaignId, campaign: campaignWhereCan(actor, "letters.write") },
    orderBy: [{ receivedOn: "desc" }, { createdAt: "desc" }],
    take: 500,
    select,
  });
  return rows.map(toRow);
}

/** Published replies, latest received first; `take` for the campaign page's few. */
export async function listPublishedReplies(db: Database, campaignId: string, take?: number): Promise<ReplyRow[]> {
  const rows = await db.prisma.targetReply.findMany({
    where: { campaignId, publishedAt: { not: null } },
    orderBy: [{ receivedOn: "desc" }, { publishedAt: "desc" }],
    ...(take ? { take } : {}),
    select,
  });
  return rows.map(toRow);
}

/** The campaign's targets for the form's select, by name. */
export async function listReplyTargets(db: Database, actor: Pick<CurrentUser, "id" | "role">, campaignId: string): Promise<{ id: string; name: string }[]> {
  return db.prisma.target.findMany({
    where: { campaignId, campaign: campaignWhereCan(actor, "letters.write") },
    orderBy: [{ name: "asc" }],
    select: { id: true, name: true },
  });
}
