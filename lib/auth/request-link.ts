import { createHash } from "node:crypto";
import type { Database } from "../db/client";
import type { Locale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import { signInLinkEmail } from "../mail/templates/sign-in-link";
import { hitRateLimit } from "../security/rate-limit";
import { safeCallbackPath } from "./callback-url";
import { normaliseEmail, SIGN_IN_LINK_MAX_AGE_SECONDS, type AuthConfig } from "./config";
import { isKnownSignInAddress } from "./roles";
import { hashSignInToken, newSignInToken } from "./tokens";

// Asking for a magic link. Only known people get one: an existing user, or an address in ADMIN_EMAILS.
// For anyone else nothing is written and nothing is sent, and the caller shows the same "check your
// email" page either way, so the form cannot be used to test whether an address is known.

export type SignInLinkRequest = { email: string; locale: Locale; callbackUrl?: string | null; ip: string };

export type SignInLinkOutcome =
  /** What the person sees in both cases: "check your email". `sent` is for tests, never for pages. */
  | { kind: "accepted"; sent: boolean }
  | { kind: "rate-limited" };

export async function requestSignInLink(
  db: Database,
  request: SignInLinkRequest,
  config: AuthConfig,
  now = new Date(),
): Promise<SignInLinkOutcome> {
  const email = normaliseEmail(request.email);
  // Counted before we look the address up, for known and unknown addresses alike. The address is kept
  // in the key only as a hash: the rate-limit table must not become a list of who tried to sign in.
  const [byIp, byAddress] = await Promise.all([
    hitRateLimit(db, `sign-in:ip:${request.ip}`, config.rateLimits.perIp, now),
    hitRateLimit(db, `sign-in:address:${digest(email)}`, config.rateLimits.perAddress, now),
  ]);
  if (!byIp.allowed || !byAddress.allowed) return { kind: "rate-limited" };

  if (!(await isKnownSignInAddress(db, email, config))) return { kind: "accepted", sent: false };

  const token = newSignInToken();
  const url = signInLinkUrl(config.appUrl, request.locale, {
    email,
    token,
    callbackUrl: safeCallbackPath(request.callbackUrl, config.appUrl, request.locale),
  });
  const message = signInLinkEmail(request.locale, { url });
  await db.prisma.$transaction(async (tx) => {
    await tx.verificationToken.create({
      data: {
        identifier: email,
        token: hashSignInToken(token, config.secret),
        expires: new Date(now.getTime() + SIGN_IN_LINK_MAX_AGE_SECONDS * 1000),
      },
    });
    await enqueueEmail(tx, { purpose: "sign-in-link", to: email, ...message });
  });
  return { kind: "accepted", sent: true };
}

/** The link in the email: our confirmation page, which signs in only when its button is pressed. */
export function signInLinkUrl(appUrl: string, locale: Locale, link: { email: string; token: string; callbackUrl: string }): string {
  const params = new URLSearchParams({ token: link.token, email: link.email, callbackUrl: link.callbackUrl });
  return `${appUrl}/${locale}/auth/confirm?${params}`;
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 32);
}
