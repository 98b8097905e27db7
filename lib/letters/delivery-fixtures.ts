import type { Database } from "../db/client";
import { enqueueEmail } from "../mail/outbox";
import { nextLetterSlot } from "./pacing";
import { workingAddress } from "./delivery-address";

// Test data for deliveries: a live campaign with targets, and letters queued the way the composer queues
// them (per target a LetterDelivery with its pacing slot and an outbox row). Used by the delivery tests
// and the benchmark; example.org addresses only.

export async function deliveryCampaign(db: Database, tag: string, options: { letterHourlyCap?: number; copyToEmails?: string[] } = {}) {
  return db.prisma.campaign.create({
    data: {
      slug: `deliveries-${tag}`, status: "LIVE", locales: ["en"], letterHourlyCap: options.letterHourlyCap ?? 30, copyToEmails: options.copyToEmails ?? [],
      translations: { create: [{ locale: "en", title: "Justice for the oil workers", summary: "x", appeal: "x" }] },
    },
    select: { id: true, slug: true, letterHourlyCap: true, copyToEmails: true },
  });
}

export type FixtureTarget = { slug: string; emails?: string[]; hourlyCap?: number | null; officeHours?: string; timeZone?: string; sendInOfficeHoursOnly?: boolean };

export async function deliveryTarget(db: Database, campaignId: string, t: FixtureTarget) {
  return db.prisma.target.create({
    data: {
      campaignId, slug: t.slug, kind: "EMBASSY", name: `Embassy ${t.slug}`, country: "DE", city: "Berlin", emails: t.emails ?? [`${t.slug}@example.org`], phones: [],
      hourlyCap: t.hourlyCap ?? null, officeHours: t.officeHours ?? null, timeZone: t.timeZone ?? null, sendInOfficeHoursOnly: t.sendInOfficeHoursOnly ?? false,
    },
    select: { id: true, slug: true, name: true, emails: true, failingEmails: true, hourlyCap: true, sendInOfficeHoursOnly: true, officeHours: true, timeZone: true },
  });
}

type Sender = { name: string; email: string };

/**
 * A confirmed letter to the given targets, queued as the composer does: per target a paced LetterDelivery
 * and its outbox row (From "Name via Placard", Reply-To the sender, Cc the campaign's copies). Returns the slots.
 */
export async function queueLetter(db: Database, campaignId: string, targetIds: string[], sender: Sender, now: Date, key = Math.random().toString(36).slice(2)) {
  return db.prisma.$transaction(async (tx) => {
    const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { letterHourlyCap: true, copyToEmails: true } });
    const letter = await tx.letter.create({
      data: { campaignId, senderName: sender.name, senderEmail: sender.email, senderEmailNormalised: sender.email.toLowerCase(), senderCountry: "DE", subject: "Release the workers", body: "Dear embassy,\n\nRelease the workers.", locale: "en", status: "CONFIRMED", confirmedAt: now },
      select: { id: true },
    });
    const slots: Date[] = [];
    for (const id of targetIds) {
      const target = await tx.target.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, emails: true, failingEmails: true, hourlyCap: true, sendInOfficeHoursOnly: true, officeHours: true, timeZone: true } });
      const to = workingAddress(target);
      if (!to) continue;
      const slot = await nextLetterSlot(tx, { ...target, campaignHourlyCap: campaign.letterHourlyCap }, now);
      const email = await enqueueEmail(tx, {
        purpose: "letter", to, subject: "Release the workers", text: `Dear ${target.name},\n\nRelease the workers.\n\n${sender.name}`, replyTo: sender.email,
        fromName: `${sender.name} via Placard`, cc: campaign.copyToEmails, priority: "LETTER", notBefore: slot,
      });
      await tx.letterDelivery.create({ data: { letterId: letter.id, targetId: id, recipientKind: "TARGET", recipient: to, dedupeKey: `${key}:${id}`, scheduledFor: slot, outboxEmailId: email.id } });
      slots.push(slot);
    }
    return { letterId: letter.id, slots };
  });
}
