import { campaignWhereCan } from "../auth/capabilities";
import { campaignSqlCan } from "../auth/capability-sql";
import type { CurrentUser } from "../auth/roles";
import { pickTranslation } from "../content/pick-translation";
import type { Database } from "../db/client";
import { stateLiteral } from "../db/state-literal";
import { EventStatus, LetterKind, LetterStatus, ModerationStatus, UserRole, type EventKind, type OrganisationKind, type SignatureStatus, type SponsorKind } from "../generated/prisma/enums";
import { INVALIDATED_STATE } from "../signatures/states";
import { AWAITING_MODERATION_STATE } from "../sponsors/states";

// The campaign's one moderation queue (issue 10): everything supporters submitted that waits for a
// moderator's decision, oldest first across kinds. Today: sponsor entries confirmed by email
// (AWAITING_MODERATION) and signatures held as suspect (not invalidated). Solidarity letters
// for the wall (confirmed, with the sender's consent) join too (issue 11). Events registered by their hosts (confirmed by email, AWAITING_MODERATION) and their hosts' reports join with issue 12. The capability is in every query's where.

/** How many items the page shows at once: decide on these, and the next ones follow. */
export const QUEUE_PAGE_SIZE = 100;

type Actor = Pick<CurrentUser, "id" | "role">;

export type SponsorQueueItem = {
  kind: "sponsor";
  id: string;
  /** When it joined the queue: its sponsor confirmed the address. */
  arrivedAt: Date;
  name: string;
  role: string | null;
  organisation: string | null;
  sponsorKind: SponsorKind;
  organisationKind: OrganisationKind | null;
  country: string;
  website: string | null;
  emailDomain: string;
  isDomainVerified: boolean;
};

export type SignatureQueueItem = {
  kind: "signature";
  id: string;
  /** When it was signed (held at once by the rate limit, or later). */
  arrivedAt: Date;
  name: string;
  emailDomain: string;
  country: string;
  petitionTitle: string;
  status: SignatureStatus;
  suspectReason: string | null;
};

export type LetterQueueItem = {
  kind: "letter";
  id: string;
  /** When it joined the queue: its sender confirmed the address (and had agreed to the wall). */
  arrivedAt: Date;
  name: string;
  organisation: string | null;
  city: string | null;
  country: string;
  /** The letter's text, shown as plain text with its line breaks. */
  text: string;
};

export type EventQueueItem = {
  kind: "event";
  id: string;
  /** When it joined the queue: its host confirmed the address (or changed a published event). */
  arrivedAt: Date;
  eventKind: EventKind;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  venue: string;
  streetAddress: string | null;
  city: string;
  country: string;
  organisationName: string | null;
  sponsorName: string | null;
  publicContact: string | null;
  /** Only the domain of the host's address: enough to see "a union's own domain", nothing more. */
  emailDomain: string;
  /** Published before and changed by its host since. */
  changed: boolean;
};

export type ReportQueueItem = {
  kind: "report";
  id: string;
  /** When its host sent it. */
  arrivedAt: Date;
  eventTitle: string;
  eventKind: EventKind;
  startsAt: Date;
  timeZone: string;
  city: string;
  country: string;
  attendance: number | null;
  body: string;
  pressLinks: string[];
  /** Served to moderators only until the report is approved (lib/events/photos/serve.ts). */
  photos: { id: string; width: number; height: number; alt: string }[];
};

export type QueueItem = SponsorQueueItem | SignatureQueueItem | LetterQueueItem | EventQueueItem | ReportQueueItem;

export type ModerationQueue = { total: number; items: QueueItem[] };

/** What sits in the queue, as Prisma wheres (the count below says the same in SQL). */
const awaitingSponsor = { status: AWAITING_MODERATION_STATE } as const;
const suspectSignature = { isSuspect: true, status: { not: INVALIDATED_STATE } } as const;
/** A registered event whose host confirmed the address, not yet decided. */
export const awaitingEvent = { status: EventStatus.AWAITING_MODERATION } as const;
/** A confirmed solidarity letter whose sender agreed to the wall, not yet decided. */
export const awaitingWallLetter = {
  status: LetterStatus.CONFIRMED,
  wallConsent: true,
  wallStatus: ModerationStatus.AWAITING_MODERATION,
  template: { kind: LetterKind.SOLIDARITY },
} as const;

export async function listModerationQueue(db: Database, actor: Actor, campaignId: string, locale: string): Promise<ModerationQueue> {
  const campaign = campaignWhereCan(actor, "moderation.decide");
  const [total, sponsors, signatures, letters, events, reports] = await Promise.all([
    countAwaitingModeration(db, actor, { campaignId }).then((n) => n ?? 0),
    db.prisma.sponsor.findMany({
      where: { campaignId, campaign, ...awaitingSponsor },
      orderBy: [{ confirmedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true, name: true, role: true, organisation: true, kind: true, organisationKind: true, country: true,
        website: true, email: true, isDomainVerified: true, confirmedAt: true, createdAt: true,
      },
    }),
    db.prisma.signature.findMany({
      where: { petition: { campaignId, campaign }, ...suspectSignature },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true, name: true, email: true, country: true, status: true, suspectReason: true, createdAt: true,
        petition: { select: { slug: true, campaign: { select: { defaultLocale: true } }, translations: { select: { locale: true, title: true } } } },
      },
    }),
    db.prisma.letter.findMany({
      where: { campaignId, campaign, ...awaitingWallLetter },
      orderBy: [{ confirmedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE,
      select: { id: true, senderName: true, senderOrganisation: true, senderCity: true, senderCountry: true, body: true, confirmedAt: true, createdAt: true },
    }),
    db.prisma.event.findMany({
      where: { campaignId, campaign, ...awaitingEvent },
      orderBy: [{ confirmedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true, kind: true, title: true, description: true, startsAt: true, endsAt: true, timeZone: true, venue: true, streetAddress: true,
        city: true, country: true, organisationName: true, publicContact: true, email: true, publishedAt: true, confirmedAt: true, createdAt: true, updatedAt: true,
        sponsor: { select: { name: true } },
      },
    }),
    db.prisma.eventReport.findMany({
      where: { status: ModerationStatus.AWAITING_MODERATION, event: { campaignId, campaign } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true, attendance: true, body: true, pressLinks: true, createdAt: true,
        event: { select: { title: true, kind: true, startsAt: true, timeZone: true, city: true, country: true } },
        photos: { where: { hidden: false }, orderBy: { position: "asc" }, select: { id: true, width: true, height: true, alt: true } },
      },
    }),
  ]);
  const items: QueueItem[] = [
    ...sponsors.map((s): SponsorQueueItem => ({
      kind: "sponsor",
      id: s.id,
      arrivedAt: s.confirmedAt ?? s.createdAt,
      name: s.name,
      role: s.role,
      organisation: s.organisation,
      sponsorKind: s.kind,
      organisationKind: s.organisationKind,
      country: s.country,
      website: s.website,
      emailDomain: domainOf(s.email),
      isDomainVerified: s.isDomainVerified,
    })),
    ...signatures.map((s): SignatureQueueItem => ({
      kind: "signature",
      id: s.id,
      arrivedAt: s.createdAt,
      name: s.name,
      emailDomain: domainOf(s.email),
      country: s.country,
      petitionTitle: pickTranslation(s.petition.translations, locale, s.petition.campaign.defaultLocale)?.title ?? s.petition.slug,
      status: s.status,
      suspectReason: s.suspectReason,
    })),
    ...letters.map((l): LetterQueueItem => ({
      kind: "letter",
      id: l.id,
      arrivedAt: l.confirmedAt ?? l.createdAt,
      name: l.senderName,
      organisation: l.senderOrganisation,
      city: l.senderCity,
      country: l.senderCountry,
      text: l.body,
    })),
    ...events.map((e): EventQueueItem => ({
      kind: "event",
      id: e.id,
      arrivedAt: e.publishedAt ? e.updatedAt : (e.confirmedAt ?? e.createdAt),
      eventKind: e.kind,
      title: e.title,
      description: e.description,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      timeZone: e.timeZone,
      venue: e.venue,
      streetAddress: e.streetAddress,
      city: e.city,
      country: e.country,
      organisationName: e.organisationName,
      sponsorName: e.sponsor?.name ?? null,
      publicContact: e.publicContact,
      emailDomain: domainOf(e.email),
      changed: e.publishedAt !== null,
    })),
    ...reports.map((r): ReportQueueItem => ({
      kind: "report",
      id: r.id,
      arrivedAt: r.createdAt,
      eventTitle: r.event.title,
      eventKind: r.event.kind,
      startsAt: r.event.startsAt,
      timeZone: r.event.timeZone,
      city: r.event.city,
      country: r.event.country,
      attendance: r.attendance,
      body: r.body,
      pressLinks: r.pressLinks,
      photos: r.photos,
    })),
  ];
  items.sort((a, b) => a.arrivedAt.getTime() - b.arrivedAt.getTime() || a.id.localeCompare(b.id));
  return { total, items: items.slice(0, QUEUE_PAGE_SIZE) };
}

/**
 * How many items wait in the campaign's queue, in one query: null when `actor` may not moderate it (or
 * it does not exist), so that the navigation shows nothing to them. The campaign by id or by slug.
 */
export async function countAwaitingModeration(db: Database, actor: Actor, campaign: { campaignId: string } | { slug: string }): Promise<number | null> {
  const [match, value] = "campaignId" in campaign ? ["c.id = $1", campaign.campaignId] : ["c.slug = $1", campaign.slug];
  const rows = await db.sql.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM "Sponsor" s WHERE s."campaignId" = c.id AND s.status = ${stateLiteral(AWAITING_MODERATION_STATE)})::int
          + (SELECT count(*) FROM "Signature" g JOIN "Petition" p ON p.id = g."petitionId"
              WHERE p."campaignId" = c.id AND g."isSuspect" AND g.status <> ${stateLiteral(INVALIDATED_STATE)})::int
          + (SELECT count(*) FROM "Letter" l JOIN "LetterTemplate" lt ON lt.id = l."templateId"
              WHERE l."campaignId" = c.id AND l.status = ${stateLiteral(LetterStatus.CONFIRMED)} AND l."wallConsent"
                AND l."wallStatus" = ${stateLiteral(ModerationStatus.AWAITING_MODERATION)} AND lt.kind = ${stateLiteral(LetterKind.SOLIDARITY)})::int
          + (SELECT count(*) FROM "Event" e WHERE e."campaignId" = c.id AND e.status = ${stateLiteral(EventStatus.AWAITING_MODERATION)})::int
          + (SELECT count(*) FROM "EventReport" r JOIN "Event" re ON re.id = r."eventId"
              WHERE re."campaignId" = c.id AND r.status = ${stateLiteral(ModerationStatus.AWAITING_MODERATION)})::int AS n
       FROM "Campaign" c
      WHERE ${match} AND ${campaignSqlCan(actor, "moderation.decide", "c.id", "$2")}`,
    // An admin's condition is TRUE and names no $2 (PostgreSQL refuses a parameter it cannot type).
    actor.role === UserRole.ADMIN ? [value] : [value, actor.id],
  );
  const row = rows[0];
  return row ? Number(row.n) : null;
}

function domainOf(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1);
}
