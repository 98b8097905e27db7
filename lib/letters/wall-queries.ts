import type { Database } from "../db/client";
import { LetterKind, LetterStatus, ModerationStatus } from "../generated/prisma/enums";

// The campaign's public wall (issue 11): solidarity letters whose sender agreed to show them and that a
// moderator approved, newest first. Only what the wall shows is selected: never the sender's address.

// A page of the wall stays light (issue 11: a public page under 30 KB of HTML, and a solidarity letter may
// run to thousands of characters): a dozen messages a page, each cut to its first lines, the whole message
// on a page of its own.
export const WALL_PAGE_SIZE = 12;
export const WALL_EXCERPT_CHARS = 600;

export type WallMessage = { id: string; name: string; organisation: string | null; city: string | null; country: string; text: string; approvedAt: Date; cut: boolean };

/** The text, or its first WALL_EXCERPT_CHARS characters cut at a word, with "…". */
export function wallExcerpt(text: string): { text: string; cut: boolean } {
  if (text.length <= WALL_EXCERPT_CHARS) return { text, cut: false };
  const head = text.slice(0, WALL_EXCERPT_CHARS);
  const space = head.search(/\s\S*$/);
  return { text: `${(space > WALL_EXCERPT_CHARS / 2 ? head.slice(0, space) : head).trimEnd()} …`, cut: true };
}

export type WallPage = { total: number; page: number; pageCount: number; messages: WallMessage[] };

const onTheWall = {
  status: LetterStatus.CONFIRMED,
  wallConsent: true,
  wallStatus: ModerationStatus.APPROVED,
  template: { kind: LetterKind.SOLIDARITY },
} as const;

/** One page (1-based) of the wall; a page past the end comes back empty, with the real count. */
export async function listWallMessages(db: Database, campaignId: string, page = 1): Promise<WallPage> {
  const where = { campaignId, ...onTheWall };
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  const [total, rows] = await Promise.all([
    db.prisma.letter.count({ where }),
    db.prisma.letter.findMany({
      where,
      orderBy: [{ wallDecidedAt: "desc" }, { id: "desc" }],
      skip: (safePage - 1) * WALL_PAGE_SIZE,
      take: WALL_PAGE_SIZE,
      select: messageSelect,
    }),
  ]);
  return {
    total,
    page: safePage,
    pageCount: Math.max(1, Math.ceil(total / WALL_PAGE_SIZE)),
    messages: rows.map((r) => ({ ...toMessage(r), ...wallExcerpt(r.body) })),
  };
}

const messageSelect = { id: true, senderName: true, senderOrganisation: true, senderCity: true, senderCountry: true, body: true, wallDecidedAt: true, confirmedAt: true, createdAt: true } as const;

function toMessage(r: { id: string; senderName: string; senderOrganisation: string | null; senderCity: string | null; senderCountry: string; body: string; wallDecidedAt: Date | null; confirmedAt: Date | null; createdAt: Date }): WallMessage {
  return { id: r.id, name: r.senderName, organisation: r.senderOrganisation, city: r.senderCity, country: r.senderCountry, text: r.body, approvedAt: r.wallDecidedAt ?? r.confirmedAt ?? r.createdAt, cut: false };
}

/** One message of the wall, whole; null unless it is on this campaign's wall. */
export async function getWallMessage(db: Database, campaignId: string, id: string): Promise<WallMessage | null> {
  const row = await db.prisma.letter.findFirst({ where: { id, campaignId, ...onTheWall }, select: messageSelect });
  return row ? toMessage(row) : null;
}
