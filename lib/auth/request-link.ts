import type { Database } from "../db/client";
import type { Locale } from "../i18n/config";
import { enqueueEmail } from "../mail/outbox";
import { env } from "../env";
import { sealToken } from "../mail/sealed-token";
import { addressGroup } from "../security/address-group";
import { hitRateLimit } from "../security/rate-limit";
import { safeCallbackPath } from "./callback-url";
import { normaliseEmail, SIGN_IN_LINK_MAX_AGE_SECONDS, type AuthConfig } from "./config";
import { isKnownSignInAddress } from "./roles";
import { hashSignInToken, newSignInToken } from "./tokens";

// Asking for a magic link. Only known people get one: an existing user, or an address in ADMIN_EMAILS.
// For anyone else nothing is written and nothing is sent, and the caller shows the same "check your
// email" page either way, so the form cannot be used to test whether an address is known.
// The answer comes before the address is even looked at (the rest runs `later`: after the response, in
// the app), so that it takes as long for a known address as for an unknown one. Only the client's
// address (IPv6 by its /64) is ever refused; an email address never is: links to one address are only
// spaced out (docs/decisions/018), so that nobody can lock an organiser out by asking in their name.

export type SignInLinkRequest = { email: string; locale: Locale; callbackUrl?: string | null; ip: string };

export type SignInLinkOutcome =
  /** What the person sees for every address: "check your email". */
  | { kind: "accepted" }
  /** This client asked too often (RATE_LIMIT_SIGN_IN_IP). */
  | { kind: "rate-limited" };

/** Runs a task after the answer has gone: Next's after() in the app; by default, before answering. */
export type Later = (task: () => Promise<unknown>) => unknown;

const beforeAnswering: Later = (task) => task();

export async function requestSignInLink(
  db: Database,
  request: SignInLinkRequest,
  config: AuthConfig,
  now = new Date(),
  later: Later = beforeAnswering,
): Promise<SignInLinkOutcome> {
  const byIp = await hitRateLimit(db, `sign-in:ip:${addressGroup(request.ip)}`, config.rateLimits.perIp, now);
  if (!byIp.allowed) return { kind: "rate-limited" };
  await later(() => sendSignInLink(db, request, config, now));
  return { kind: "accepted" };
}

/** What became of a request, once it was worked on (for tests and logs, never for pages). */
export type SignInLinkResult = "sent" | "unknown-address" | "earlier-link-still-fresh";

/**
 * Mails a new link to a known address, unless a link that still works went to it less than
 * SIGN_IN_LINK_SPACING_SECONDS ago: then the person already has a link, valid for most of its ten
 * minutes, and a new one would only add to the pile. Links do not cancel each other.
 */
export async function sendSignInLink(db: Database, request: SignInLinkRequest, config: AuthConfig, now = new Date()): Promise<SignInLinkResult> {
  const email = normaliseEmail(request.email);
  if (!(await isKnownSignInAddress(db, email, config))) return "unknown-address";

  const token = newSignInToken();
  // Queued by template with the token sealed (a copy of the outbox holds no working link); the worker
  // builds the link from APP_URL when it sends.
  const data = {
    locale: request.locale,
    email,
    token: sealToken(token, env().authSecret),
    callbackUrl: safeCallbackPath(request.callbackUrl, config.appUrl, request.locale),
  };
  const sent = await db.prisma.$transaction(async (tx) => {
    // One request at a time per address decides (so a burst of requests sends one link, not many).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in-link:${email}`}))`;
    const freshSince = new Date(now.getTime() + (SIGN_IN_LINK_MAX_AGE_SECONDS - config.linkSpacingSeconds) * 1000);
    if (await tx.verificationToken.findFirst({ where: { identifier: email, expires: { gt: freshSince } }, select: { expires: true } })) return false;
    await tx.verificationToken.create({
      data: {
        identifier: email,
        token: hashSignInToken(token, config.secret),
        expires: new Date(now.getTime() + SIGN_IN_LINK_MAX_AGE_SECONDS * 1000),
      },
    });
    await enqueueEmail(tx, { purpose: "sign-in-link", to: email, template: "sign-in-link", data });
    return true;
  }, TRANSACTION_WAITS);
  return sent ? "sent" : "earlier-link-still-fresh";
}

/** After the answer nobody waits on this work: it may wait longer than Prisma's defaults (2 s, 5 s) on a busy database. */
const TRANSACTION_WAITS = { maxWait: 10_000, timeout: 20_000 };

export { signInLinkUrl } from "./sign-in-link-url";
