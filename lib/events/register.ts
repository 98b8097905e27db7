import { CampaignStatus, SponsorKind, SponsorStatus } from "../generated/prisma/enums";
import type { Database } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/config";
import { env } from "../env";
import { pickTranslation } from "../content/pick-translation";
import { enqueueEmail } from "../mail/outbox";
import { sealToken } from "../mail/sealed-token";
import { mayMailUnconfirmedAddress, type MailCaps } from "../mail/unconfirmed-mail-caps";
import { addressGroup } from "../security/address-group";
import { hitRateLimit, type Limit } from "../security/rate-limit";
import { normaliseEmail } from "../signatures/normalise-email";
import { newConfirmationToken } from "../signatures/token";
import type { EventDetails, RegisterEventInput } from "./schema";
import { UNCONFIRMED_EVENT } from "./states";

// A host registers a picket, no account needed: the event is stored UNCONFIRMED and the confirmation
// email is queued in the same transaction. The email carries nothing the host typed (decision 017): the
// address has not said yet that it is theirs. The same event sent again (same address, title and start)
// gets a fresh link instead of a second event, at most MAX_CONFIRMATION_EMAILS times; every email is
// within the caps on mail to unconfirmed addresses, and the answer is the same either way.

export const EVENT_RATE_LIMITS: Limit[] = [
  { count: 5, seconds: 3600 },
  { count: 20, seconds: 86_400 },
];
export const CONFIRMATION_DAYS = 7;
export const MAX_CONFIRMATION_EMAILS = 3;
export const EVENT_CONFIRMATION_PURPOSE = "event-confirmation";

export type RegisterContext = { ip: string; locale: Locale; now?: Date; limits?: Limit[]; mailCaps?: MailCaps };
export type RegisterResult = { ok: true } | { ok: false; error: "rate-limited" | "closed" | "sponsor-unknown" };

export async function registerEvent(db: Database, campaignId: string, input: RegisterEventInput, context: RegisterContext): Promise<RegisterResult> {
  const { ip, locale, now = new Date(), limits = EVENT_RATE_LIMITS, mailCaps } = context;
  if (input.homepage) return { ok: true }; // a robot: thanked, and forgotten
  const campaign = await db.prisma.campaign.findFirst({
    where: { id: campaignId, status: CampaignStatus.LIVE },
    select: { id: true, slug: true, defaultLocale: true, translations: { select: { locale: true, title: true } } },
  });
  if (!campaign) return { ok: false, error: "closed" };
  if (input.sponsorId && !(await isCampaignOrganisation(db, campaign.id, input.sponsorId))) return { ok: false, error: "sponsor-unknown" };
  const { allowed } = await hitRateLimit(db, `event:${campaign.id}:${addressGroup(ip)}`, limits, now);
  if (!allowed) return { ok: false, error: "rate-limited" };

  const emailNormalised = normaliseEmail(input.email);
  const mail = { locale, to: input.email, campaignTitle: pickTranslation(campaign.translations, locale, campaign.defaultLocale)?.title ?? campaign.slug };
  const mayMail = await mayMailUnconfirmedAddress(db, { ip, to: input.email, now, caps: mailCaps });
  const token = newConfirmationToken(now, CONFIRMATION_DAYS);
  await db.prisma.$transaction(async (tx) => {
    const repeat = await tx.event.findFirst({
      where: { campaignId: campaign.id, emailNormalised, title: input.title, startsAt: input.startsAt, status: UNCONFIRMED_EVENT },
      select: { id: true, remindersSent: true, tokenExpiresAt: true },
    });
    if (repeat) {
      // Past the cap, only a link that has expired is replaced (at most one email a week).
      const expired = !repeat.tokenExpiresAt || repeat.tokenExpiresAt < now;
      if (!mayMail || (repeat.remindersSent >= MAX_CONFIRMATION_EMAILS - 1 && !expired)) return;
      await tx.event.update({
        where: { id: repeat.id },
        data: { ...eventColumns(input), tokenHash: token.tokenHash, tokenExpiresAt: token.expiresAt, remindersSent: { increment: 1 }, lastReminderAt: now },
      });
    } else {
      await tx.event.create({
        data: {
          ...eventColumns(input),
          campaignId: campaign.id,
          organiserName: input.organiserName,
          email: input.email,
          emailNormalised,
          locale,
          status: UNCONFIRMED_EVENT,
          tokenHash: token.tokenHash,
          tokenExpiresAt: token.expiresAt,
          createdAt: now,
        },
        select: { id: true },
      });
      if (!mayMail) return;
    }
    await enqueueEmail(tx, {
      purpose: EVENT_CONFIRMATION_PURPOSE,
      to: input.email,
      template: "event-confirmation",
      data: { locale, campaignTitle: mail.campaignTitle, token: sealToken(token.token, env().authSecret), expiresAt: token.expiresAt.toISOString() },
    });
  });
  return { ok: true };
}

/** The columns the event's own details fill (registering and the host's changes alike). */
export function eventColumns(input: EventDetails): Omit<Prisma.EventUncheckedCreateInput, "campaignId" | "organiserName" | "email" | "emailNormalised"> {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    venue: input.venue,
    streetAddress: input.streetAddress,
    city: input.city,
    country: input.country,
    latitude: input.latitude,
    longitude: input.longitude,
    organisationName: input.organisationName,
    sponsorId: input.sponsorId,
    publicContact: input.publicContact,
    expectedAttendance: input.expectedAttendance,
    accessibility: input.accessibility,
  };
}

/** An approved organisation among the campaign's sponsors (the host may link the event to it). */
export async function isCampaignOrganisation(db: Database, campaignId: string, sponsorId: string): Promise<boolean> {
  const n = await db.prisma.sponsor.count({ where: { id: sponsorId, campaignId, kind: SponsorKind.ORGANISATION, status: SponsorStatus.APPROVED } });
  return n === 1;
}

/** The organisations a host may pick from, by name. */
export async function listOrganisationSponsors(db: Database, campaignId: string): Promise<{ id: string; name: string; country: string }[]> {
  return db.prisma.sponsor.findMany({
    where: { campaignId, kind: SponsorKind.ORGANISATION, status: SponsorStatus.APPROVED },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true, country: true },
  });
}
