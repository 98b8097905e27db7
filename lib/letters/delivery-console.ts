import { z } from "zod";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { DeliveryStatus, MailPriority, RecipientKind, TemplateStatus } from "../generated/prisma/enums";
import { enqueueEmail } from "../mail/outbox";
import { ActionRefusal } from "../organise/action-refusal";
import { pickTranslation } from "../content/pick-translation";
import { fillPlaceholders, SAMPLE_VALUES } from "./placeholders";
import { chooseLetterText } from "./variants";
import { countryName } from "../i18n/countries";
import type { Locale } from "../i18n/config";

// The console's view of what reached whom (capability "letters.deliver", in the query's where): per target
// its letters by state, the next one due, and its failing addresses; and a test of the exact email a target
// gets, sent to the organiser's own account address only (never a typed one).

type Actor = Pick<CurrentUser, "id" | "role">;

export type TargetDeliveries = {
  id: string;
  name: string;
  pausedAt: Date | null;
  failingEmails: string[];
  counts: Record<DeliveryStatus, number>;
  nextDue: Date | null;
};

const none = (): Record<DeliveryStatus, number> => ({ QUEUED: 0, SENT: 0, DEFERRED: 0, BOUNCED: 0, FAILED: 0, CANCELLED: 0 });

export async function listTargetDeliveries(db: Database, actor: Actor, campaignId: string): Promise<TargetDeliveries[] | null> {
  const campaign = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(actor, "letters.deliver")] },
    select: { targets: { orderBy: { name: "asc" }, select: { id: true, name: true, pausedAt: true, failingEmails: true } } },
  });
  if (!campaign) return null;
  const ids = campaign.targets.map((t) => t.id);
  const [groups, next] = await Promise.all([
    db.prisma.letterDelivery.groupBy({ by: ["targetId", "status"], where: { targetId: { in: ids }, recipientKind: RecipientKind.TARGET }, _count: { _all: true } }),
    db.prisma.letterDelivery.groupBy({ by: ["targetId"], where: { targetId: { in: ids }, recipientKind: RecipientKind.TARGET, status: { in: [DeliveryStatus.QUEUED, DeliveryStatus.DEFERRED] } }, _min: { scheduledFor: true } }),
  ]);
  return campaign.targets.map((target) => {
    const counts = none();
    for (const g of groups) if (g.targetId === target.id) counts[g.status] = g._count._all;
    return { ...target, counts, nextDue: next.find((n) => n.targetId === target.id)?._min.scheduledFor ?? null };
  });
}

export const targetActionSchema = z.strictObject({ targetId: z.string().min(1).max(60) });

/** The email a target gets from a template addressed to it (published first, else a draft), with a sample sender, to `to`. */
export async function queueTestLetter(tx: Prisma.TransactionClient, campaignId: string, targetId: string, to: string, locale: Locale) {
  const target = await tx.target.findFirst({
    where: { id: targetId, campaignId },
    select: {
      name: true, city: true, country: true,
      // A published template first; a draft one too, so that organisers can test a letter before publishing it.
      templates: { where: { template: { status: { not: TemplateStatus.ARCHIVED } } }, select: { template: { select: { status: true, translations: true, campaign: { select: { defaultLocale: true, copyToEmails: true } } } } } },
    },
  });
  if (!target) throw new ActionRefusal("letterDelivery.targetUnknown", undefined, undefined, true);
  const template = [...target.templates].sort((x, y) => Number(y.template.status === TemplateStatus.PUBLISHED) - Number(x.template.status === TemplateStatus.PUBLISHED))[0]?.template;
  const text = template ? pickTranslation(template.translations, locale, template.campaign.defaultLocale) : null;
  if (!template || !text) throw new ActionRefusal("letterDelivery.noTemplate");
  const { subject, body } = chooseLetterText(text, "test");
  const values = { ...SAMPLE_VALUES, target_name: target.name, target_city: target.city ?? "", target_country: countryName(target.country, locale) };
  await enqueueEmail(tx, {
    purpose: "letter-test",
    to,
    subject: `[TEST] ${fillPlaceholders(subject, values).replace(/[\r\n]+/g, " ")}`.slice(0, 250),
    text: fillPlaceholders(body, values),
    replyTo: to,
    fromName: `${SAMPLE_VALUES.sender_name} via Placard`,
    priority: MailPriority.HIGH,
  });
}
