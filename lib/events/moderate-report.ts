import type { AuditEntry } from "../audit/record";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { ModerationStatus } from "../generated/prisma/enums";
import type { PhotoStorage } from "./photos/storage";

// A moderator's decision on a host's report (from the one queue, lib/moderation/decide.ts):
//   APPROVE → APPROVED, shown with its event; the photos the moderator ticked are hidden (a face that
//             could endanger someone), and their files deleted: a hidden photo is never shown again.
//   REJECT  → REJECTED, not shown; its photos' files are deleted. Nobody is emailed: the host sees the
//             state on their private page, and may send a new report.
// One update guarded by the state and the capability in its where, with its audit entry, in one
// transaction; the files go once it has committed.

type Tx = Prisma.TransactionClient;
type Audit = (tx: Tx, entry: Omit<AuditEntry, "actorId" | "actorEmail" | "campaignId">) => Promise<void>;
type Ctx = { db: Database; actor: Pick<CurrentUser, "id" | "role">; campaignId: string; audit: Audit };

export async function decideEventReport(
  ctx: Ctx,
  storage: PhotoStorage,
  id: string,
  decision: "APPROVE" | "REJECT",
  { reason, hide, now }: { reason: string; hide: string[]; now: Date },
): Promise<boolean> {
  const to = decision === "APPROVE" ? ModerationStatus.APPROVED : ModerationStatus.REJECTED;
  const where = {
    id,
    status: ModerationStatus.AWAITING_MODERATION,
    event: { campaignId: ctx.campaignId, campaign: campaignWhereCan(ctx.actor, "moderation.decide") },
  };
  const gone = await ctx.db.prisma.$transaction(async (tx) => {
    const { count } = await tx.eventReport.updateMany({ where, data: { status: to, moderatedAt: now, moderatedById: ctx.actor.id, moderationNote: reason || null } });
    if (count === 0) return null; // decided meanwhile, or not this campaign's
    const hidden = await tx.eventPhoto.findMany({
      where: { reportId: id, hidden: false, ...(to === ModerationStatus.APPROVED ? { id: { in: hide } } : {}) },
      select: { id: true, storageKey: true },
    });
    if (hidden.length > 0) await tx.eventPhoto.updateMany({ where: { id: { in: hidden.map((p) => p.id) } }, data: { hidden: true, hiddenAt: now } });
    await ctx.audit(tx, {
      action: to === ModerationStatus.APPROVED ? "events.report-approve" : "events.report-reject",
      subjectType: "EventReport",
      subjectId: id,
      details: { from: ModerationStatus.AWAITING_MODERATION, to, photosHidden: hidden.length, ...(reason ? { note: reason } : {}) },
    });
    return hidden.map((p) => p.storageKey);
  });
  if (gone === null) return false;
  await Promise.all(gone.map((key) => storage.delete(key)));
  return true;
}
