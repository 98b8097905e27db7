import crypto from "node:crypto";
import { z } from "zod";
import type { Database } from "../db/client";
import { hitRateLimit } from "../security/rate-limit";
import { recordLateBounce } from "./delivery-bounces";

// POST /api/letters/bounces: a bounce that arrives after the message left (a bounce processor, a provider's
// webhook) reports it here with the shared secret (LETTER_BOUNCE_SECRET, header `Authorization: Bearer …`).
// Unset secret: the endpoint does not exist (404). The secret is compared in constant time; reports are
// rate limited per client address; the body names the message (its Message-ID or outbox id), the recipient
// and the kind. Nothing in the answer says whether an address is known.

const bounceReport = z.strictObject({
  messageId: z.string().max(300).optional(),
  outboxId: z.string().max(100).optional(),
  recipient: z.email().max(254),
  kind: z.enum(["hard", "soft"]),
});

export const BOUNCE_REPORT_LIMITS = [{ count: 600, seconds: 60 }];

export type BounceAnswer = { status: number; body: string };

function secretMatches(given: string, expected: string): boolean {
  const a = crypto.createHash("sha256").update(given).digest();
  const b = crypto.createHash("sha256").update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/** The outbox id in a Message-ID made by lib/mail/transport.ts (`<outbox.{id}@domain>`). */
export function outboxIdFromMessageId(messageId: string): string | null {
  return /^<?outbox\.([A-Za-z0-9_-]{1,64})@[^>]+>?$/.exec(messageId.trim())?.[1] ?? null;
}

export async function handleBounceReport(db: Database, request: { secret: string | null; authorization: string | null; clientIp: string; body: unknown }): Promise<BounceAnswer> {
  if (!request.secret) return { status: 404, body: "Not found" };
  const limit = await hitRateLimit(db, `letter-bounces:${request.clientIp}`, BOUNCE_REPORT_LIMITS);
  if (!limit.allowed) return { status: 429, body: "Too many reports" };
  const given = /^Bearer (.+)$/.exec(request.authorization ?? "")?.[1] ?? "";
  if (!secretMatches(given, request.secret)) return { status: 401, body: "Unauthorised" };
  const parsed = bounceReport.safeParse(request.body);
  if (!parsed.success) return { status: 400, body: "Expected {messageId or outboxId, recipient, kind: hard|soft}" };
  const id = parsed.data.outboxId ?? (parsed.data.messageId ? outboxIdFromMessageId(parsed.data.messageId) : null);
  if (!id) return { status: 400, body: "Expected {messageId or outboxId, recipient, kind: hard|soft}" };
  const outcome = await db.prisma.$transaction((tx) => recordLateBounce(tx, id, parsed.data.recipient, parsed.data.kind));
  return { status: 202, body: outcome ? "Recorded" : "Accepted" };
}
