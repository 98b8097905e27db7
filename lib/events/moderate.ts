import type { AuditEntry } from "../audit/record";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { pickTranslation } from "../content/pick-translation";
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { isLocale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import { normaliseEmail } from "../signatures/normalise-email";
import { AWAITING_MODERATION_EVENT, PUBLISHED_EVENT, REJECTED_EVENT } from "./states";

// A moderator's decision on a registered event (from the one queue, lib/moderation/decide.ts):
//   APPROVE            → PUBLISHED; the host is told, with the event's public page.
//   APPROVE_AND_TRUST  → the same, and the host's address is trusted on this campaign: its later events
//                        (and its changes) go live without waiting (lib/events/confirm.ts, host.ts).
//   REJECT             → REJECTED; the reason goes to the host's address, which is confirmed (it is how
//                        the event reached the queue).
// One update guarded by the state and the capability in its where, with the audit entry and the email in
// the same transaction; an event decided meanwhile is refused, not decided twice.

type Tx = Prisma.TransactionClient;
type Audit = (tx: Tx, entry: Omit<AuditEntry, "actorId" | "actorEmail" | "campaignId">) => Promise<void>;
type Ctx = { db: Database; actor: Pick<CurrentUser, "id" | "role">; campaignId: string; audit: Audit };
export type EventDecision = "APPROVE" | "APPROVE_AND_TRUST" | "REJECT";

export const EVENT_PUBLISHED_PURPOSE = "event-published";
export const EVENT_REJECTED_PURPOSE = "event-rejected";

export async function decideEvent(ctx: Ctx, id: string, decision: EventDecision, reason: string, now: Date): Promise<boolean> {
  const to = decision === "REJECT" ? REJECTED_EVENT : PUBLISHED_EVENT;
  const note = reason || null;
  return ctx.db.prisma.$transaction(async (tx) => {
    const where = { id, campaignId: ctx.campaignId, status: AWAITING_MODERATION_EVENT, campaign: campaignWhereCan(ctx.actor, "moderation.decide") };
    const event = await tx.event.findFirst({
      where,
      select: {
        title: true, email: true, locale: true, publishedAt: true,
        campaign: { select: { slug: true, defaultLocale: true, translations: { select: { locale: true, title: true } } } },
      },
    });
    if (!event) return false;
    const { count } = await tx.event.updateMany({
      where,
      data: {
        status: to,
        moderatedAt: now,
        moderatedById: ctx.actor.id,
        moderationNote: note,
        ...(to === PUBLISHED_EVENT && !event.publishedAt ? { publishedAt: now } : {}),
      },
    });
    if (count === 0) return false;
    if (decision === "APPROVE_AND_TRUST") {
      const emailNormalised = normaliseEmail(event.email);
      await tx.trustedHost.upsert({
        where: { campaignId_emailNormalised: { campaignId: ctx.campaignId, emailNormalised } },
        create: { campaignId: ctx.campaignId, emailNormalised, trustedById: ctx.actor.id, createdAt: now },
        update: {},
      });
    }
    await ctx.audit(tx, {
      action: decision === "REJECT" ? "events.reject" : decision === "APPROVE" ? "events.publish" : "events.publish-and-trust",
      subjectType: "Event",
      subjectId: id,
      details: { from: AWAITING_MODERATION_EVENT, to, ...(note ? { note } : {}) },
    });
    const locale = isLocale(event.locale) ? event.locale : isLocale(event.campaign.defaultLocale) ? event.campaign.defaultLocale : "en";
    const campaignTitle = pickTranslation(event.campaign.translations, locale, event.campaign.defaultLocale)?.title ?? event.campaign.slug;
    if (to === PUBLISHED_EVENT) {
      await enqueueEmail(tx, {
        purpose: EVENT_PUBLISHED_PURPOSE,
        to: event.email,
        template: "event-published",
        data: { locale, campaignTitle, title: event.title, campaignSlug: event.campaign.slug, eventId: id },
      });
    } else if (note) {
      await enqueueEmail(tx, { purpose: EVENT_REJECTED_PURPOSE, to: event.email, template: "event-rejected", data: { locale, campaignTitle, title: event.title, reason: note } });
    }
    return true;
  });
}
