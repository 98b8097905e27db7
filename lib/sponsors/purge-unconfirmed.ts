import type { Database } from "../db/client";
import { UNCONFIRMED_STATE } from "./states";

// An entry nobody confirmed is somebody's address we have no reason to keep: once its link has been
// dead for a grace period (time to send the form again and get a fresh link), it is deleted.

export const UNCONFIRMED_GRACE_DAYS = 7;

export async function purgeUnconfirmedSponsors(db: Database, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - UNCONFIRMED_GRACE_DAYS * 86_400_000);
  const { count } = await db.prisma.sponsor.deleteMany({ where: { status: UNCONFIRMED_STATE, tokenExpiresAt: { lt: before } } });
  return count;
}
