import type { Database } from "../db/client";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";

// The audit page (owners and admins: "audit.read"): who did what in this campaign, when, to how many rows.
// Newest first, a page at a time. The log holds no supporter's address (lib/audit/record.ts).

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = { id: string; at: Date; actorEmail: string | null; action: string; subjectType: string; rows: number };

/** How many records one entry changed: its count where it has one (a bulk decision, an erasure), else one. */
export function rowsOf(details: unknown): number {
  if (!details || typeof details !== "object" || Array.isArray(details)) return 1;
  const d = details as Record<string, unknown>;
  if (typeof d.count === "number") return d.count;
  const numbers = Object.values(d).filter((v): v is number => typeof v === "number");
  return numbers.length > 0 && Object.keys(d).every((k) => typeof d[k] === "number") ? numbers.reduce((a, b) => a + b, 0) : 1;
}

export async function listAuditEntries(
  db: Database,
  actor: CurrentUser,
  campaignId: string,
  page: number,
): Promise<{ rows: AuditRow[]; total: number; page: number; pages: number } | null> {
  const campaign = await db.prisma.campaign.findFirst({ where: { AND: [{ id: campaignId }, campaignWhereCan(actor, "audit.read")] }, select: { id: true } });
  if (!campaign) return null;
  const total = await db.prisma.auditLog.count({ where: { campaignId } });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const entries = await db.prisma.auditLog.findMany({
    where: { campaignId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, createdAt: true, actorEmail: true, action: true, subjectType: true, details: true },
  });
  return {
    rows: entries.map((e) => ({ id: e.id, at: e.createdAt, actorEmail: e.actorEmail, action: e.action, subjectType: e.subjectType, rows: rowsOf(e.details) })),
    total,
    page: current,
    pages,
  };
}
