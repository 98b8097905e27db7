import type { Database } from "../db/client";

/** Ends the sessions behind these cookie values (a signed-out cookie can never be replayed). */
export async function endSessions(db: Database, sessionTokens: string[]): Promise<number> {
  if (sessionTokens.length === 0) return 0;
  const { count } = await db.prisma.session.deleteMany({ where: { sessionToken: { in: sessionTokens } } });
  return count;
}

/** Removes sessions past their expiry (next-auth refuses them anyway; for the worker). */
export async function purgeExpiredSessions(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.prisma.session.deleteMany({ where: { expires: { lt: now } } });
  return count;
}
