import type { Database } from "../db/client";
import { CallOutcome } from "../generated/prisma/enums";
import { addressGroup } from "../security/address-group";
import { hitRateLimit, type Limit } from "../security/rate-limit";

// "I called": a supporter says how a call to one of the campaign's targets went. Only the outcome, the
// target and the supporter's chosen country are stored: no name, no number, no address. Each client
// address may report a few calls an hour, so a script cannot inflate the counts.

export const CALL_OUTCOMES = [CallOutcome.ANSWERED, CallOutcome.VOICEMAIL, CallOutcome.NO_ANSWER, CallOutcome.REFUSED] as const;
export type CallOutcomeName = (typeof CALL_OUTCOMES)[number];

export const CALL_RATE_LIMITS: Limit[] = [{ count: 10, seconds: 3600 }];

export function isCallOutcome(value: unknown): value is CallOutcomeName {
  return typeof value === "string" && (CALL_OUTCOMES as readonly string[]).includes(value);
}

export type ReportCallInput = { campaignId: string; targetId: string; outcome: CallOutcomeName; country: string | null };
export type ReportCallResult = { ok: true } | { ok: false; error: "unknown-target" | "rate-limited" };

export async function reportCall(
  db: Database,
  input: ReportCallInput,
  { ip, now = new Date(), limits = CALL_RATE_LIMITS }: { ip: string; now?: Date; limits?: Limit[] },
): Promise<ReportCallResult> {
  // The target must be one of THIS campaign's own (a forged id from another campaign writes nothing).
  const target = await db.prisma.target.findFirst({ where: { id: input.targetId, campaignId: input.campaignId }, select: { id: true } });
  if (!target) return { ok: false, error: "unknown-target" };
  const { allowed } = await hitRateLimit(db, `call:${addressGroup(ip)}`, limits, now);
  if (!allowed) return { ok: false, error: "rate-limited" };
  const country = input.country && /^[A-Z]{2}$/.test(input.country) ? input.country : null;
  await db.prisma.callReport.create({ data: { campaignId: input.campaignId, targetId: target.id, outcome: input.outcome, country, createdAt: now } });
  return { ok: true };
}
