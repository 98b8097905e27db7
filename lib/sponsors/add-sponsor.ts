import { Prisma } from "../generated/prisma/client";
import { CampaignStatus, SponsorKind } from "../generated/prisma/enums";
import type { Database } from "../db/client";
import type { Locale } from "../i18n/config";
import { env } from "../env";
import { pickTranslation } from "../content/pick-translation";
import { enqueueEmail, type TemplatedEmailInput } from "../mail/outbox";
import { sealToken } from "../mail/sealed-token";
import { mayMailUnconfirmedAddress, type MailCaps } from "../mail/unconfirmed-mail-caps";
import { addressGroup } from "../security/address-group";
import { hitRateLimit, type Limit } from "../security/rate-limit";
import { normaliseEmail } from "../signatures/normalise-email";
import { newConfirmationToken } from "../signatures/token";
import { ensureSponsorConsentText } from "./consent";
import { emailMatchesWebsite } from "./domain-match";
import type { SponsorInput } from "./schema";
import { UNCONFIRMED_STATE } from "./states";

// "Add your name to the sponsors": stores an UNCONFIRMED sponsor and queues its confirmation email in
// the same transaction. The answer never says whether the address was already there: a repeat gets
// the same answer, and at most MAX_CONFIRMATION_EMAILS emails ever go to one sponsor entry. Every
// email is within the caps on mail to unconfirmed addresses (lib/mail/unconfirmed-mail-caps.ts): over
// one, the entry is stored as always and the answer is the same, but no email is queued.

export const SPONSOR_RATE_LIMITS: Limit[] = [
  { count: 5, seconds: 600 },
  { count: 20, seconds: 86_400 },
];
export const CONFIRMATION_DAYS = 7;
export const MAX_CONFIRMATION_EMAILS = 3;
export const SPONSOR_CONFIRMATION_PURPOSE = "sponsor-confirmation";

export type AddSponsorContext = { ip: string; locale: Locale; now?: Date; limits?: Limit[]; mailCaps?: MailCaps };
export type AddSponsorResult = { ok: true } | { ok: false; error: "rate-limited" | "closed" };

export async function addSponsor(
  db: Database,
  input: { campaignId: string; sponsor: SponsorInput },
  { ip, locale, now = new Date(), limits = SPONSOR_RATE_LIMITS, mailCaps }: AddSponsorContext,
): Promise<AddSponsorResult> {
  const { sponsor } = input;
  if (sponsor.homepage) return { ok: true }; // a robot: thanked, and forgotten

  const campaign = await db.prisma.campaign.findFirst({
    where: { id: input.campaignId, status: CampaignStatus.LIVE },
    select: { id: true, defaultLocale: true, translations: { select: { locale: true, title: true } } },
  });
  if (!campaign) return { ok: false, error: "closed" };

  if (!(await isAllowListed(db, ip))) {
    const { allowed } = await hitRateLimit(db, `sponsor:${campaign.id}:${addressGroup(ip)}`, limits, now);
    if (!allowed) return { ok: false, error: "rate-limited" };
  }

  const row = sponsorRow(sponsor);
  const emailNormalised = normaliseEmail(sponsor.email);
  const mail: MailData = {
    locale,
    to: sponsor.email,
    ip,
    mailCaps,
    campaignTitle: pickTranslation(campaign.translations, locale, campaign.defaultLocale)?.title ?? "",
  };
  const uniqueKey = { campaignId: campaign.id, kind: sponsor.kind, emailNormalised, name: row.name };

  const existing = await db.prisma.sponsor.findUnique({ where: { campaignId_kind_emailNormalised_name: uniqueKey }, select: { id: true } });
  if (existing) {
    await remindUnconfirmed(db, existing.id, mail, now);
    return { ok: true };
  }

  const consentTextId = await ensureSponsorConsentText(db.prisma, locale);
  const token = newConfirmationToken(now, CONFIRMATION_DAYS);
  const mayMail = await mayMailUnconfirmedAddress(db, { ip, to: sponsor.email, now, caps: mailCaps });
  try {
    await db.prisma.$transaction(async (tx) => {
      await tx.sponsor.create({
        data: {
          ...uniqueKey,
          ...row,
          email: sponsor.email,
          consentTextId,
          locale,
          status: UNCONFIRMED_STATE,
          tokenHash: token.tokenHash,
          tokenExpiresAt: token.expiresAt,
          createdAt: now,
        },
        select: { id: true },
      });
      if (mayMail) await enqueueEmail(tx, confirmationEmail(mail, token));
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Sent twice at the same moment: the other request created the entry.
    const winner = await db.prisma.sponsor.findUnique({ where: { campaignId_kind_emailNormalised_name: uniqueKey }, select: { id: true } });
    if (winner) await remindUnconfirmed(db, winner.id, mail, now);
  }
  return { ok: true };
}

type MailData = { locale: Locale; to: string; ip: string; mailCaps: MailCaps | undefined; campaignTitle: string };

/** The columns a sponsor's own answers fill (both kinds share one table). */
function sponsorRow(sponsor: SponsorInput) {
  if (sponsor.kind === SponsorKind.INDIVIDUAL) {
    return { kind: sponsor.kind, name: sponsor.name, role: sponsor.role ?? null, organisation: sponsor.organisation ?? null, country: sponsor.country };
  }
  return {
    kind: sponsor.kind,
    name: sponsor.organisationName,
    organisationKind: sponsor.organisationKind,
    website: sponsor.website,
    contactName: sponsor.contactName ?? null,
    country: sponsor.country,
    isDomainVerified: emailMatchesWebsite(sponsor.email, sponsor.website),
  };
}

/**
 * A repeat of an entry still waiting for its confirmation gets a fresh link (the earlier one stops
 * working), until the entry has had MAX_CONFIRMATION_EMAILS emails; after that, only when its link
 * has expired. Confirmed entries get nothing.
 */
async function remindUnconfirmed(db: Database, sponsorId: string, mail: MailData, now: Date): Promise<void> {
  // Over a cap the entry is left as it is: its earlier link keeps working.
  if (!(await mayMailUnconfirmedAddress(db, { ip: mail.ip, to: mail.to, now, caps: mail.mailCaps }))) return;
  const token = newConfirmationToken(now, CONFIRMATION_DAYS);
  await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.sponsor.updateMany({
      where: {
        id: sponsorId,
        status: UNCONFIRMED_STATE,
        // Past the cap, only a link that has already expired is replaced (so at most one email a week).
        OR: [{ remindersSent: { lt: MAX_CONFIRMATION_EMAILS - 1 } }, { tokenExpiresAt: { lt: now } }],
      },
      data: { tokenHash: token.tokenHash, tokenExpiresAt: token.expiresAt, remindersSent: { increment: 1 }, lastReminderAt: now },
    });
    if (count === 1) await enqueueEmail(tx, confirmationEmail(mail, token));
  });
}

/** Queued by template, rendered by the worker: the token sealed, nothing the sponsor typed (decision 017). */
function confirmationEmail(mail: MailData, token: { token: string; expiresAt: Date }): TemplatedEmailInput<"sponsor-confirmation"> {
  return {
    purpose: SPONSOR_CONFIRMATION_PURPOSE,
    to: mail.to,
    template: "sponsor-confirmation",
    data: { locale: mail.locale, campaignTitle: mail.campaignTitle, token: sealToken(token.token, env().authSecret), expiresAt: token.expiresAt.toISOString() },
  };
}

async function isAllowListed(db: Database, ip: string): Promise<boolean> {
  if (ip === "unknown") return false;
  return (await db.prisma.allowlistedAddress.count({ where: { address: ip } })) > 0;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
