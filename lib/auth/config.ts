import { env } from "../env";
import type { Limit } from "../security/rate-limit";

// What sign-in needs to know about this instance. Domain functions take it as a parameter (tests pass
// their own); pages and actions use authConfig(), read once from the environment.

export type AuthConfig = {
  /** Signs verification tokens (the same secret next-auth hashes them with). */
  secret: string;
  /** Origin of every link we send, e.g. https://placard.example.org */
  appUrl: string;
  /** Lower-case addresses that are instance admins (ADMIN_EMAILS). */
  adminEmails: string[];
  /** Sign-in requests per client address (IPv6 grouped by /64). */
  rateLimits: { perIp: Limit[] };
  /** A new link to an address only when no link that still works went to it this many seconds ago. */
  linkSpacingSeconds: number;
};

/** A magic link works for ten minutes, once. */
export const SIGN_IN_LINK_MAX_AGE_SECONDS = 600;

export function authConfig(): AuthConfig {
  const e = env();
  return {
    secret: e.authSecret,
    appUrl: e.appUrl,
    adminEmails: e.adminEmails,
    rateLimits: { perIp: e.signInRateLimits.perIp },
    linkSpacingSeconds: e.signInRateLimits.linkSpacingSeconds,
  };
}

/** Addresses are compared in one form everywhere (User.email, VerificationToken.identifier). */
export function normaliseEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}

export function isAdminEmail(config: Pick<AuthConfig, "adminEmails">, email: string): boolean {
  return config.adminEmails.includes(normaliseEmail(email));
}
