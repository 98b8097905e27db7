import { enqueueRejectionEmail, REJECTION_SELECT } from "./rejection-email";
import type { Database } from "../db/client";
import { campaignWhereCan } from "../auth/capabilities";
import { canOnCampaign } from "../auth/permissions";
import type { CurrentUser } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { MODERATION_BATCH_MAX, MODERATION_NOTE_MAX } from "./moderation-limits";
import { statesAllowing, statusAfter, type ModerationDecision } from "./states";

// Approve or reject sponsors, one or many. Allowed to an admin or an organiser of that campaign (said
// twice: a check that refuses anyone else outright, and the same rule inside each update's where).
// Each change is one update guarded by the sponsor's current state, and one audit entry, in one transaction.

export class SponsorModerationForbiddenError extends Error {
  constructor() {
    super("not allowed to moderate this campaign's sponsors");
    this.name = "SponsorModerationForbiddenError";
  }
}

export type ModerateSponsorsInput = { campaignId: string; sponsorIds: string[]; decision: ModerationDecision; note?: string | null };

export async function moderateSponsors(
  db: Database,
  moderator: CurrentUser,
  input: ModerateSponsorsInput,
  now = new Date(),
): Promise<{ changed: number }> {
  if (!(await canOnCampaign(db, moderator, input.campaignId, "moderation.decide"))) throw new SponsorModerationForbiddenError();
  const ids = [...new Set(input.sponsorIds)].slice(0, MODERATION_BATCH_MAX);
  const note = input.note?.trim().slice(0, MODERATION_NOTE_MAX) || null;
  const to = statusAfter(input.decision);
  const from = statesAllowing(input.decision);

  return db.prisma.$transaction(async (tx) => {
    const candidates = await tx.sponsor.findMany({
      where: { id: { in: ids }, campaignId: input.campaignId, status: { in: from }, campaign: campaignWhereCan(moderator, "moderation.decide") },
      select: { id: true, status: true, ...REJECTION_SELECT },
    });
    let changed = 0;
    for (const sponsor of candidates) {
      const { count } = await tx.sponsor.updateMany({
        where: { id: sponsor.id, status: sponsor.status },
        data: { status: to, moderatedAt: now, moderatedById: moderator.id, moderationNote: note },
      });
      if (count === 0) continue; // decided by someone else a moment ago
      changed += 1;
      await recordAudit(tx, {
        actorId: moderator.id,
        actorEmail: moderator.email,
        campaignId: input.campaignId,
        action: input.decision === "APPROVE" ? "sponsor.approve" : "sponsor.reject",
        subjectType: "Sponsor",
        subjectId: sponsor.id,
        details: { from: sponsor.status, to, ...(note ? { note } : {}) },
      });
      if (input.decision === "REJECT") await enqueueRejectionEmail(tx, sponsor, note);
    }
    return { changed };
  });
}
