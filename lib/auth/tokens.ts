import { createHash, randomBytes } from "node:crypto";
import type { Database } from "../db/client";
import { normaliseEmail } from "./config";

// Magic-link tokens, made exactly as next-auth's email provider makes them, so that its callback
// (/api/auth/callback/email) accepts ours: 32 random bytes in hex in the link; in the database only
// sha256(token + secret) (next-auth/core/lib/utils.js hashToken), keyed by the address.

export function newSignInToken(): string {
  return randomBytes(32).toString("hex");
}

export function hashSignInToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export type SignInLinkState = "usable" | "used-or-unknown" | "expired";

/**
 * Whether the link's token can still sign someone in, WITHOUT using it up: the confirmation page asks
 * before it shows its button, so that a reused or old link gets a polite page straight away.
 */
export async function checkSignInLink(
  db: Database,
  link: { email: string; token: string },
  secret: string,
  now = new Date(),
): Promise<SignInLinkState> {
  const row = await db.prisma.verificationToken.findUnique({
    where: { identifier_token: { identifier: normaliseEmail(link.email), token: hashSignInToken(link.token, secret) } },
    select: { expires: true },
  });
  if (!row) return "used-or-unknown";
  return row.expires.getTime() < now.getTime() ? "expired" : "usable";
}

/** Removes tokens that can no longer be used (for the worker). */
export async function purgeExpiredSignInTokens(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.prisma.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  return count;
}
