import { createHash, randomBytes } from "node:crypto";

// Confirmation links carry 32 random bytes; the database keeps only their SHA-256, so a copy of the
// database cannot confirm anyone's signature. Once used, the row keeps a different hash of the same
// token ("used" marker): the link can no longer confirm, but opening it again can say "already counted".

export type ConfirmationToken = { token: string; tokenHash: string; expiresAt: Date };

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** What a used token's row holds instead of its live hash. */
export function usedTokenHash(token: string): string {
  return createHash("sha256").update(`used:${token}`).digest("hex");
}

export function newConfirmationToken(now: Date, days: number): ConfirmationToken {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + days * 86_400_000) };
}

/** A token from a URL is 43 base64url characters; anything else is not worth a database query. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
