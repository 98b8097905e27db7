import type { Database } from "../db/client";

// Data minimisation: an email's addresses and text are kept only as long as they help someone
// (a delivery question, a bounce investigated). Sent mail goes after 30 days, failed mail after 90.
// Letter deliveries keep their own status; their link to the deleted row becomes empty.

export const KEEP_SENT_DAYS = 30;
export const KEEP_FAILED_DAYS = 90;

const DAY_MS = 24 * 60 * 60_000;

export async function purgeOldEmails(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.prisma.outboxEmail.deleteMany({
    where: {
      OR: [
        { status: "SENT", sentAt: { lt: new Date(now.getTime() - KEEP_SENT_DAYS * DAY_MS) } },
        { status: "FAILED", createdAt: { lt: new Date(now.getTime() - KEEP_FAILED_DAYS * DAY_MS) } },
      ],
    },
  });
  return count;
}
