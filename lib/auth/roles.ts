import type { Database } from "../db/client";
import { UserRole } from "../generated/prisma/enums";
import { isAdminEmail, normaliseEmail, type AuthConfig } from "./config";

// Roles: an instance ADMIN may do everything; an ORGANISER only what their CampaignOrganiser rows allow.
// The addresses in ADMIN_EMAILS become admins when they sign in (created or upgraded). Removing an
// address from ADMIN_EMAILS does not demote anyone automatically (see docs/decisions/).

export type CurrentUser = { id: string; email: string; role: UserRole };

export function isAdmin(user: Pick<CurrentUser, "role">): boolean {
  return user.role === UserRole.ADMIN;
}

/** Gives an address listed in ADMIN_EMAILS the ADMIN role. Called on every sign-in. */
export async function promoteListedAdmin(db: Database, email: string, config: Pick<AuthConfig, "adminEmails">): Promise<void> {
  if (!isAdminEmail(config, email)) return;
  await db.prisma.user.updateMany({
    where: { email: normaliseEmail(email), role: { not: UserRole.ADMIN } },
    data: { role: UserRole.ADMIN },
  });
}

/** Whether this address may receive a sign-in link and sign in: a user we know, or a listed admin. */
export async function isKnownSignInAddress(db: Database, email: string, config: Pick<AuthConfig, "adminEmails">): Promise<boolean> {
  if (isAdminEmail(config, email)) return true;
  const user = await db.prisma.user.findUnique({ where: { email: normaliseEmail(email) }, select: { id: true } });
  return user !== null;
}
