import type { Database } from "../db/client";
import { LetterKind, LetterStatus, ModerationStatus } from "../generated/prisma/enums";

// The campaign's public wall (issue 11): solidarity letters whose sender agreed to show them and that a
// moderator approved, newest first. Only what the wall shows is selected: never the sender's address.

export const WALL_PAGE_SIZE = 50;

export type WallMessage = { id: string; name: string; organisation: string | null; city: string | null; country: string; text: string; approvedAt: Date };

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
      select: { id: true, senderName: true, senderOrganisation: true, senderCity: true, senderCountry: true, body: true, wallDecidedAt: true, confirmedAt: true, createdAt: true },
    }),
  ]);
  return {
    total,
    page: safePage,
    pageCount: Math.max(1, Math.ceil(total / WALL_PAGE_SIZE)),
    messages: rows.map((r) => ({
      id: r.id,
      name: r.senderName,
      organisation: r.senderOrganisation,
      city: r.senderCity,
      country: r.senderCountry,
      text: r.body,
      approvedAt: r.wallDecidedAt ?? r.confirmedAt ?? r.createdAt,
    })),
  };
}
