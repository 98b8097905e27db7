import type { Database } from "../db/client";
import { env } from "../env";
import type { Locale } from "../i18n/config";
import { enqueueEmail, type TemplatedEmailInput } from "../mail/outbox";
import { sealToken } from "../mail/sealed-token";
import { mayMailUnconfirmedAddress, type MailCaps } from "../mail/unconfirmed-mail-caps";
import { RATE_LIMIT_REASON } from "./insert-signature";
import { CONFIRMED_STATE, PENDING_STATE, type SignatureStatus } from "./states";
import { newConfirmationToken } from "./token";
import type { SigningPetition } from "./petition-for-signing";

// When an address that has signed signs again, or asks for its link again, its owner may get an email,
// but never a flood: at most MAX_REMINDERS in all per signature, a new confirmation link no more often
// than every REMINDER_INTERVAL_MS (counting from the first email), and an "already signed" note at most
// once a day. The row is updated with a compare-and-set on remindersSent, so that fifty requests at
// once send one email, not fifty. A signature held as suspect by the rate limit gets no email at all
// (until an organiser counts it), and a new link goes out only within the caps on mail to unconfirmed
// addresses (lib/mail/unconfirmed-mail-caps.ts, decision 017).

export const MAX_REMINDERS = 3;
export const REMINDER_INTERVAL_MS = 10 * 60_000;
export const RESEND_INTERVAL_MS = 2 * 60_000;
export const ALREADY_SIGNED_INTERVAL_MS = 24 * 60 * 60_000;

export type ExistingSignature = {
  id: string;
  name: string;
  email: string;
  status: SignatureStatus;
  isSuspect: boolean;
  suspectReason: string | null;
  remindersSent: number;
  lastReminderAt: Date | null;
  createdAt: Date;
};

export const existingSignatureSelect = {
  id: true,
  name: true,
  email: true,
  status: true,
  isSuspect: true,
  suspectReason: true,
  remindersSent: true,
  lastReminderAt: true,
  createdAt: true,
} as const;

/** `ip`: the client that asked (its mail is capped); `mailCaps` defaults to env().unconfirmedMailCaps. */
export type ReminderContext = { locale: Locale; now: Date; tokenDays: number; petition: SigningPetition; ip: string; mailCaps?: MailCaps };

export type ReminderOutcome = "sent-link" | "sent-already-signed" | "not-sent";

/**
 * The email with a confirmation link (first or reminder), queued by template: the worker renders it.
 * Its data holds the token sealed, and nothing the signer typed.
 */
export function confirmationEmail({ to, token, ...data }: { to: string; locale: Locale; petitionTitle: string; token: string; validDays: number; isReminder: boolean }): TemplatedEmailInput<"signature-confirmation"> {
  return {
    purpose: data.isReminder ? "signature-reminder" : "signature-confirmation",
    to,
    template: "signature-confirmation",
    data: { ...data, token: sealToken(token, env().authSecret) },
  };
}

/** Held back by the per-address rate limit when it was stored, and not yet counted by an organiser. */
export function isHeldByRateLimit(signature: Pick<ExistingSignature, "isSuspect" | "suspectReason">): boolean {
  return signature.isSuspect && signature.suspectReason === RATE_LIMIT_REASON;
}

/** Sends the email an existing signature's owner should get now, if any (see the rules above). */
export async function remindSigner(
  db: Database,
  signature: ExistingSignature,
  context: ReminderContext,
  { linkIntervalMs = REMINDER_INTERVAL_MS }: { linkIntervalMs?: number } = {},
): Promise<ReminderOutcome> {
  if (signature.remindersSent >= MAX_REMINDERS) return "not-sent";
  const sinceMs = (date: Date | null) => (date ? context.now.getTime() - date.getTime() : Infinity);

  if (signature.status === PENDING_STATE) {
    if (isHeldByRateLimit(signature)) return "not-sent";
    if (sinceMs(signature.lastReminderAt ?? signature.createdAt) < linkIntervalMs) return "not-sent";
    if (!(await mayMailUnconfirmedAddress(db, { ip: context.ip, to: signature.email, now: context.now, caps: context.mailCaps }))) return "not-sent";
    const token = newConfirmationToken(context.now, context.tokenDays);
    const sent = await claimAndSend(db, signature, context.now, { tokenHash: token.tokenHash, tokenExpiresAt: token.expiresAt }, () =>
      confirmationEmail({
        to: signature.email,
        locale: context.locale,
        petitionTitle: context.petition.title,
        token: token.token,
        validDays: context.tokenDays,
        isReminder: true,
      }),
    );
    return sent ? "sent-link" : "not-sent";
  }

  if (signature.status === CONFIRMED_STATE) {
    if (sinceMs(signature.lastReminderAt) < ALREADY_SIGNED_INTERVAL_MS) return "not-sent";
    const sent = await claimAndSend(db, signature, context.now, {}, () => ({
      purpose: "signature-already-signed",
      to: signature.email,
      template: "signature-already-signed",
      data: { locale: context.locale, name: signature.name, petitionTitle: context.petition.title, ...context.petition.address },
    }));
    return sent ? "sent-already-signed" : "not-sent";
  }
  return "not-sent"; // an invalidated signature gets nothing
}

async function claimAndSend(
  db: Database,
  signature: ExistingSignature,
  now: Date,
  extra: { tokenHash?: string; tokenExpiresAt?: Date },
  compose: () => TemplatedEmailInput,
): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    const claimed = await tx.signature.updateMany({
      where: { id: signature.id, status: signature.status, remindersSent: signature.remindersSent },
      data: { ...extra, remindersSent: { increment: 1 }, lastReminderAt: now },
    });
    if (claimed.count !== 1) return false; // another request got there first
    await enqueueEmail(tx, compose());
    return true;
  });
}
