import { createHash } from "node:crypto";
import type { Database } from "../db/client";
import type { Locale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import { env } from "../env";
import { sealToken } from "../mail/sealed-token";
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
  // Queued by template with the token sealed (a copy of the outbox holds no working link); the worker
  // builds the link from APP_URL when it sends.
  const data = {
    locale: request.locale,
    email,
    token: sealToken(token, env().authSecret),
    callbackUrl: safeCallbackPath(request.callbackUrl, config.appUrl, request.locale),
  };
  await db.prisma.$transaction(async (tx) => {
    await tx.verificationToken.create({
      data: {
        identifier: email,
        token: hashSignInToken(token, config.secret),
        expires: new Date(now.getTime() + SIGN_IN_LINK_MAX_AGE_SECONDS * 1000),
      },
    });
    await enqueueEmail(tx, { purpose: "sign-in-link", to: email, template: "sign-in-link", data });
  });
  return { kind: "accepted", sent: true };
}

export { signInLinkUrl } from "./sign-in-link-url";

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 32);
}
