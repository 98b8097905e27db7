import type { Database } from "../db/client";
import type { Locale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import { hashToken, looksLikeToken, usedTokenHash } from "../signatures/token";
import { LetterStatus, MailPriority, ModerationStatus, OutboxStatus, RecipientKind } from "../generated/prisma/enums";
import { getTranslator } from "../i18n/translate";
import { composeLetter, LetterComposeError } from "./compose";
import { workingAddress } from "./delivery-address";
import { nextLetterSlot } from "./pacing";
import { letterDedupeKey } from "./send-letter";

// The sender's link opens a page that only looks (inspectLetterLink); its button posts to confirmLetter,
// which in ONE transaction marks the letter CONFIRMED (its token replaced by a "used" marker, so opening the
// link again says "already sent") and queues, per chosen target, a delivery and its email (From: "<name>
// via Placard" with the campaign's address, Reply-To the sender, Cc the campaign's copy addresses, paced by
// lib/letters/pacing.ts), and the sender's own copy. A target with no working address is skipped; a paused
// one is still queued (the delivery work holds it).

export type LetterLinkState =
  | { kind: "ready" | "expired"; campaignTitle: string; targetNames: string[] }
  | { kind: "already"; campaignTitle: string; targetNames: string[]; deliveries: { name: string; recipient: string; kind: "TARGET" | "SENDER_COPY" | "CAMPAIGN_COPY" }[] }
  | { kind: "invalid" };

export type ConfirmLetterResult =
  | { kind: "confirmed"; queued: { name: string; recipient: string }[]; skipped: string[]; copyTo: string }
  | Exclude<LetterLinkState, { kind: "ready" }>;

const letterSelect = {
  id: true, status: true, tokenExpiresAt: true, targetIds: true, locale: true, subject: true, body: true, wallConsent: true,
  senderName: true, senderEmail: true, senderOrganisation: true, senderCity: true, senderCountry: true,
  template: { select: { slug: true, kind: true } },
  campaign: { select: { slug: true, defaultLocale: true, translations: { select: { locale: true, title: true } } } },
} as const;

async function findByToken(db: Database, token: string) {
  const live = await db.prisma.letter.findUnique({ where: { tokenHash: hashToken(token) }, select: letterSelect });
  if (live) return { row: live, used: false };
  const used = await db.prisma.letter.findUnique({ where: { tokenHash: usedTokenHash(token) }, select: letterSelect });
  return used ? { row: used, used: true } : null;
}

type Row = NonNullable<Awaited<ReturnType<typeof findByToken>>>["row"];

function titleOf(row: Row, locale: Locale): string {
  const t = row.campaign.translations;
  return (t.find((x) => x.locale === locale) ?? t.find((x) => x.locale === row.campaign.defaultLocale) ?? t[0])?.title ?? row.campaign.slug;
}

async function targetNames(db: Database, ids: string[]): Promise<string[]> {
  const targets = await db.prisma.target.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return ids.flatMap((id) => targets.filter((t) => t.id === id).map((t) => t.name));
}

async function deliveriesOf(db: Database, letterId: string) {
  const rows = await db.prisma.letterDelivery.findMany({ where: { letterId }, orderBy: { createdAt: "asc" }, select: { recipient: true, recipientKind: true, target: { select: { name: true } } } });
  return rows.map((r) => ({ name: r.target?.name ?? r.recipient, recipient: r.recipient, kind: r.recipientKind }));
}

/** What the link's page shows. Reads only. */
export async function inspectLetterLink(db: Database, token: unknown, { locale, now = new Date() }: { locale: Locale; now?: Date }): Promise<LetterLinkState> {
  if (!looksLikeToken(token)) return { kind: "invalid" };
  const found = await findByToken(db, token);
  if (!found) return { kind: "invalid" };
  const common = { campaignTitle: titleOf(found.row, locale), targetNames: await targetNames(db, found.row.targetIds) };
  if (found.used || found.row.status !== LetterStatus.UNCONFIRMED) return { kind: "already", ...common, deliveries: await deliveriesOf(db, found.row.id) };
  if (!found.row.tokenExpiresAt || found.row.tokenExpiresAt <= now) return { kind: "expired", ...common };
  return { kind: "ready", ...common };
}

/** Strips what a display name must not hold. */
export function senderDisplayName(name: string): string {
  const clean = name.replace(/[\r\n"<>\\]+/g, " ").replace(/\S+@\S+/g, " ").replace(/\s+/g, " ").trim().slice(0, 100) || "A supporter";
  return `${clean} via Placard`;
}

export async function confirmLetter(db: Database, token: unknown, { locale, now = new Date() }: { locale: Locale; now?: Date }): Promise<ConfirmLetterResult> {
  const state = await inspectLetterLink(db, token, { locale, now });
  if (state.kind !== "ready") return state;
  const found = (await findByToken(db, token as string))!;
  const row = found.row;
  if (!row.template) return { kind: "invalid" };

  // The letter as composed when it was sent: the seed is the letter's id, so the same variants are chosen.
  const targets = await db.prisma.target.findMany({ where: { id: { in: row.targetIds } }, select: { id: true, slug: true } });
  const slugs = row.targetIds.flatMap((id) => targets.filter((t) => t.id === id).map((t) => t.slug));
  let composed;
  try {
    composed = await composeLetter(
      db,
      {
        locale: row.locale as Locale, campaign: row.campaign.slug, template: row.template.slug, name: row.senderName, email: row.senderEmail,
        organisation: row.senderOrganisation ?? undefined, city: row.senderCity ?? undefined, country: row.senderCountry,
        targets: slugs, subject: row.subject, body: row.body, wallConsent: undefined, website: undefined,
      },
      { seed: row.id, now },
    );
  } catch (error) {
    if (error instanceof LetterComposeError) return { kind: "invalid" };
    throw error;
  }
  const t = getTranslator(row.locale as Locale);
  const fromName = senderDisplayName(row.senderName);
  const queued: { name: string; recipient: string }[] = [];
  const skipped: string[] = [];
  const done = await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.letter.updateMany({
      where: { id: row.id, status: LetterStatus.UNCONFIRMED, tokenHash: hashToken(token as string) },
      data: {
        status: LetterStatus.CONFIRMED,
        confirmedAt: now,
        tokenHash: usedTokenHash(token as string),
        wallStatus: row.wallConsent && row.template!.kind === "SOLIDARITY" ? ModerationStatus.AWAITING_MODERATION : null,
      },
    });
    if (count !== 1) return false;
    for (const message of composed.messages) {
      const recipient = workingAddress(message.target);
      if (!recipient) {
        skipped.push(message.target.name);
        continue;
      }
      const dedupeKey = letterDedupeKey(composed.template.id, row.senderEmail, message.target.id);
      if (await tx.letterDelivery.findUnique({ where: { dedupeKey }, select: { id: true } })) {
        skipped.push(message.target.name);
        continue;
      }
      const scheduledFor = await nextLetterSlot(tx, { ...message.target, campaignHourlyCap: composed.campaign.letterHourlyCap }, now);
      const email = await enqueueEmail(tx, {
        purpose: "letter",
        to: recipient,
        subject: message.subject,
        text: message.body,
        replyTo: row.senderEmail,
        fromName,
        cc: composed.campaign.copyToEmails.length ? composed.campaign.copyToEmails : undefined,
        priority: MailPriority.LETTER,
        notBefore: scheduledFor,
      });
      // A paused target's letter waits, held, until an organiser resumes the target (lib/letters/delivery-control.ts).
      if (message.target.pausedAt) await tx.outboxEmail.update({ where: { id: email.id }, data: { status: OutboxStatus.HELD } });
      await tx.letterDelivery.create({
        data: { letterId: row.id, targetId: message.target.id, recipientKind: RecipientKind.TARGET, recipient, dedupeKey, scheduledFor, outboxEmailId: email.id },
      });
      queued.push({ name: message.target.name, recipient });
    }
    if (queued.length > 0) {
      const names = queued.map((q) => q.name).join(", ");
      const first = composed.messages.find((m) => queued.some((q) => q.name === m.target.name))!;
      const copy = await enqueueEmail(tx, {
        purpose: "letter-copy",
        to: row.senderEmail,
        subject: t("letterComposer.copy.subject", { targets: names }).slice(0, 250),
        text: `${t("letterComposer.copy.intro", { targets: names })}\n\n${first.subject}\n\n${first.body}`,
        priority: MailPriority.HIGH,
      });
      await tx.letterDelivery.create({
        data: { letterId: row.id, recipientKind: RecipientKind.SENDER_COPY, recipient: row.senderEmail, outboxEmailId: copy.id, scheduledFor: now },
      });
    }
    return true;
  });
  if (!done) return { kind: "already", campaignTitle: state.campaignTitle, targetNames: state.targetNames, deliveries: await deliveriesOf(db, row.id) };
  return { kind: "confirmed", queued, skipped, copyTo: row.senderEmail };
}
