import { createHash, randomBytes } from "node:crypto";
import type { Database } from "../db/client";
import { env } from "../env";
import { enqueueEmail, type TemplatedEmailInput } from "../mail/outbox";
import { sealToken } from "../mail/sealed-token";
import { mayMailUnconfirmedAddress, type MailCaps } from "../mail/unconfirmed-mail-caps";
import { addressGroup } from "../security/address-group";
import { hitRateLimit, type Limit } from "../security/rate-limit";
import { normaliseEmail } from "../signatures/normalise-email";
import { newConfirmationToken } from "../signatures/token";
import { LetterStatus } from "../generated/prisma/enums";
import { composeLetter, LetterComposeError, letterFormSchema, type ComposedLetter } from "./compose";

// "Send through Placard", the supporter's step: the form checked (lib/letters/compose.ts: recipients only
// from the template's own list), the quotas, then ONE transaction: an UNCONFIRMED letter and ONE email to
// the sender holding no typed text (the campaign's title, the targets' names, the link). Nothing goes to a
// target until the sender confirms (./confirm-letter.ts), which makes the deliveries.

export const LETTER_TOKEN_DAYS = 7;
export const LETTER_CONFIRMATION_PURPOSE = "letter-confirmation";
/** Per client address group, and per sender address. */
export const LETTER_CLIENT_LIMITS: Limit[] = [{ count: 10, seconds: 3600 }];
export const LETTER_SENDER_LIMITS: Limit[] = [{ count: 5, seconds: 3600 }];
/** The same text from one sender, in a day, at most this many times. */
export const MAX_SAME_BODY_PER_DAY = 3;

export type SendLetterOptions = {
  ip: string;
  now?: Date;
  clientLimits?: Limit[];
  senderLimits?: Limit[];
  mailCaps?: MailCaps;
  maxSameBodyPerDay?: number;
};

export type SendLetterResult =
  | { ok: true; letterId: string; email: string }
  | { ok: false; fieldErrors: Record<string, string>; formError: string | null };

/** One letter per sender, target and template. */
/** How long "check your email" names the address a letter's link went to. */
export const CHECK_EMAIL_SHOWS_ADDRESS_MS = 60 * 60_000;

/** The address a letter's confirmation link went to, while the letter waits for it (and for an hour at most); else null. */
export async function addressAwaitingConfirmation(db: Database, letterId: string, templateSlug: string, now = new Date()): Promise<string | null> {
  const letter = await db.prisma.letter.findFirst({
    where: { id: letterId, status: LetterStatus.UNCONFIRMED, template: { slug: templateSlug }, createdAt: { gte: new Date(now.getTime() - CHECK_EMAIL_SHOWS_ADDRESS_MS) } },
    select: { senderEmail: true },
  });
  return letter?.senderEmail ?? null;
}

export function letterDedupeKey(templateId: string, email: string, targetId: string): string {
  return createHash("sha256").update(`${templateId}|${normaliseEmail(email)}|${targetId}`).digest("hex");
}

const refuse = (field: string | null, key: string): SendLetterResult => (field ? { ok: false, fieldErrors: { [field]: key }, formError: null } : { ok: false, fieldErrors: {}, formError: key });

export async function sendLetter(db: Database, raw: Record<string, unknown>, options: SendLetterOptions): Promise<SendLetterResult> {
  const now = options.now ?? new Date();
  if (typeof raw.website === "string" && raw.website !== "") return refuse(null, "letterComposer.errors.honeypot");
  const parsed = letterFormSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    let formError: string | null = null;
    for (const issue of parsed.error.issues) {
      const field = issue.code === "unrecognized_keys" ? null : String(issue.path[0] ?? "");
      const message = issue.code === "unrecognized_keys" ? "letterComposer.errors.unknownField" : issue.message.includes(".") ? issue.message : "letterComposer.errors.invalid";
      if (field && !fieldErrors[field]) fieldErrors[field] = message;
      else if (!field && !formError) formError = message;
    }
    return { ok: false, fieldErrors, formError };
  }
  const input = parsed.data;
  const id = `l${randomBytes(12).toString("hex")}`;
  let letter: ComposedLetter;
  try {
    letter = await composeLetter(db, input, { seed: id, now });
  } catch (error) {
    if (error instanceof LetterComposeError) return refuse(error.field, error.messageKey);
    throw error;
  }
  const emailNormalised = normaliseEmail(letter.sender.email);

  // One letter per sender, target and template: refused if a confirmed one already went.
  const keys = letter.messages.map((m) => letterDedupeKey(letter.template.id, emailNormalised, m.target.id));
  const sent = await db.prisma.letterDelivery.findMany({ where: { dedupeKey: { in: keys } }, select: { target: { select: { name: true } } } });
  if (sent.length > 0) return refuse("targets", "letterComposer.errors.alreadySent");

  // A flood of the same text from one sender.
  const since = new Date(now.getTime() - 86_400_000);
  const same = await db.prisma.letter.count({ where: { senderEmailNormalised: emailNormalised, body: letter.body, createdAt: { gte: since } } });
  if (same >= (options.maxSameBodyPerDay ?? MAX_SAME_BODY_PER_DAY)) return refuse(null, "letterComposer.errors.sameTextTooOften");

  if (!(await isAllowListed(db, options.ip))) {
    const client = await hitRateLimit(db, `letter:client:${addressGroup(options.ip)}`, options.clientLimits ?? LETTER_CLIENT_LIMITS, now);
    if (!client.allowed) return refuse(null, "letterComposer.errors.rateLimited");
  }
  const sender = await hitRateLimit(db, `letter:sender:${emailNormalised}`, options.senderLimits ?? LETTER_SENDER_LIMITS, now);
  if (!sender.allowed) return refuse(null, "letterComposer.errors.rateLimited");

  const token = newConfirmationToken(now, LETTER_TOKEN_DAYS);
  const mayMail = await mayMailUnconfirmedAddress(db, { ip: options.ip, to: letter.sender.email, now, caps: options.mailCaps });
  await db.prisma.$transaction(async (tx) => {
    await tx.letter.create({
      data: {
        id,
        campaignId: letter.campaign.id,
        templateId: letter.template.id,
        senderName: letter.sender.name,
        senderEmail: letter.sender.email,
        senderEmailNormalised: emailNormalised,
        senderCountry: letter.sender.country,
        senderOrganisation: letter.sender.organisation,
        senderCity: letter.sender.city,
        subject: letter.subject,
        body: letter.body,
        locale: letter.locale,
        status: LetterStatus.UNCONFIRMED,
        wallConsent: letter.wallConsent && letter.template.kind === "SOLIDARITY",
        targetIds: letter.messages.map((m) => m.target.id),
        tokenHash: token.tokenHash,
        tokenExpiresAt: token.expiresAt,
        createdAt: now,
      },
      select: { id: true },
    });
    if (mayMail) await enqueueEmail(tx, confirmationEmail(letter, token));
  });
  return { ok: true, letterId: id, email: letter.sender.email };
}

/** Queued by template: the token sealed; nothing the sender typed, only the campaign's and targets' names. */
function confirmationEmail(letter: ComposedLetter, token: { token: string; expiresAt: Date }): TemplatedEmailInput<"letter-confirmation"> {
  return {
    purpose: LETTER_CONFIRMATION_PURPOSE,
    to: letter.sender.email,
    template: "letter-confirmation",
    data: {
      locale: letter.locale,
      campaignTitle: letter.campaign.title.slice(0, 300),
      targetNames: letter.messages.map((m) => m.target.name.slice(0, 300)),
      token: sealToken(token.token, env().authSecret),
      validDays: LETTER_TOKEN_DAYS,
    },
  };
}

async function isAllowListed(db: Database, ip: string): Promise<boolean> {
  if (ip === "unknown") return false;
  return (await db.prisma.allowlistedAddress.count({ where: { address: ip } })) > 0;
}
