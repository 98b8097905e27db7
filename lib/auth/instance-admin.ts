import type { Database } from "../db/client";

// Whether anyone can run this Placard: an address in ADMIN_EMAILS, or a user already made admin. Without
// one, nobody can start a campaign; `npm start` says so, and the sign-in page tells the operator what to do.

export async function hasInstanceAdmin(db: Database, adminEmails: readonly string[]): Promise<boolean> {
  if (adminEmails.length > 0) return true;
  return (await db.prisma.user.count({ where: { role: "ADMIN" } })) > 0;
}

/** What `npm start` prints when there is none. */
export const NO_ADMIN_NOTE =
  "no instance admin is configured: nobody can sign in to start a campaign. Set ADMIN_EMAILS=you@example.org (your own address) in the environment and start again, then sign in with that address.";
