import type { Database } from "../db/client";
import { CONFIRMED_STATE } from "./states";

// The latest confirmed signatures for the petition page. A signer who did not tick "show my name" is
// "a supporter in <country>": their name, city and organisation never leave this function.

export type RecentSigner =
  | { isPublic: true; name: string; city: string | null; organisation: string | null; country: string }
  | { isPublic: false; country: string };

export async function listRecentSigners(db: Database, petitionId: string, take = 10): Promise<RecentSigner[]> {
  const rows = await db.prisma.signature.findMany({
    where: { petitionId, status: CONFIRMED_STATE, isSuspect: false },
    orderBy: { confirmedAt: "desc" },
    take,
    select: { isPublic: true, name: true, city: true, organisation: true, country: true },
  });
  return rows.map((r) =>
    r.isPublic
      ? { isPublic: true, name: r.name, city: r.city, organisation: r.organisation, country: r.country }
      : { isPublic: false, country: r.country },
  );
}
