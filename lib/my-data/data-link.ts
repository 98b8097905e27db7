import type { Database } from "../db/client";
import { hashToken, looksLikeToken } from "../signatures/token";

// The emailed link to a supporter's data (docs/decisions/019). 32 random bytes; the database keeps only
// their SHA-256. Opening it (the button on /my-data/open) marks it opened, once: the browser then keeps the
// token in an HttpOnly cookie, and the link works from that cookie alone until it expires. A wrong, used or
// expired token changes nothing.

export const DATA_LINK_MINUTES = 60;

export type DataSession = { emailNormalised: string; expiresAt: Date };

/** Whether the link can still be opened (for the page the email links to; writes nothing). */
export async function isDataLinkOpenable(db: Database, token: unknown, now = new Date()): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  const link = await db.prisma.supporterDataLink.findUnique({ where: { tokenHash: hashToken(token) }, select: { openedAt: true, expiresAt: true } });
  return Boolean(link && !link.openedAt && link.expiresAt > now);
}

/** Opens the link once: one conditional UPDATE, so two presses cannot both open it. */
export async function openDataLink(db: Database, token: unknown, now = new Date()): Promise<DataSession | null> {
  if (!looksLikeToken(token)) return null;
  const rows = await db.sql.query<{ emailNormalised: string; expiresAt: string }>(
    `UPDATE "SupporterDataLink" SET "openedAt" = $2::timestamp(3)
      WHERE "tokenHash" = $1 AND "openedAt" IS NULL AND "expiresAt" > $2::timestamp(3)
      RETURNING "emailNormalised", to_char("expiresAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "expiresAt"`,
    [hashToken(token), now.toISOString()],
  );
  const row = rows[0];
  return row ? { emailNormalised: row.emailNormalised, expiresAt: new Date(row.expiresAt) } : null;
}

/** The supporter an opened, unexpired link stands for (the token from the cookie), or null. */
export async function findDataSession(db: Database, token: unknown, now = new Date()): Promise<DataSession | null> {
  if (!looksLikeToken(token)) return null;
  const link = await db.prisma.supporterDataLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { emailNormalised: true, expiresAt: true, openedAt: true },
  });
  if (!link || !link.openedAt || link.expiresAt <= now) return null;
  return { emailNormalised: link.emailNormalised, expiresAt: link.expiresAt };
}

/** Deletes links that have expired (the worker, hourly). */
export async function purgeExpiredDataLinks(db: Database, now = new Date()): Promise<number> {
  return (await db.prisma.supporterDataLink.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
