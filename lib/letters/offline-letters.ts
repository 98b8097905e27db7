import type { ZodError } from "zod";
import type { Database } from "../db/client";
import { LetterOpeningMethod } from "../generated/prisma/enums";
import { hitRateLimit, type Limit } from "../security/rate-limit";
import { composeLetter, LetterComposeError, letterFormSchema, type ComposedLetter } from "./compose";
import { workingAddress } from "./delivery-address";

// The two ways a supporter sends a letter themselves (their own mail app, or on paper): the same form as
// the letter sent through Placard, parsed and composed the same way (compose.ts), rate limited per client
// address, and counted per target as opened (LetterOpening), never as sent: Placard cannot know whether
// the message left the mail app or the letter was posted. A refused form records nothing.

/** Per client address and way: enough for a group at one connection, not for a script. */
export const OFFLINE_LIMITS: Limit[] = [
  { count: 20, seconds: 10 * 60 },
  { count: 100, seconds: 24 * 60 * 60 },
];

/** The seed that picks the subject and opening variants: no letter row to take its id from, so the sender (the same letter on a retry, another one for the next sender). */
const offlineSeed = (email: string) => `offline:${email.toLowerCase()}`;

export type OfflinePrepared =
  | { ok: true; letter: ComposedLetter }
  | { ok: false; reason: "invalid"; error: ZodError }
  | { ok: false; reason: "compose"; error: LetterComposeError }
  | { ok: false; reason: "rate-limited" };

export async function prepareOfflineLetter(
  db: Database,
  fields: Record<string, unknown>,
  { ip, method, now = new Date() }: { ip: string; method: LetterOpeningMethod; now?: Date },
): Promise<OfflinePrepared> {
  const parsed = letterFormSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, reason: "invalid", error: parsed.error };
  const limited = await hitRateLimit(db, `letter-${method.toLowerCase()}:${ip}`, OFFLINE_LIMITS, now);
  if (!limited.allowed) return { ok: false, reason: "rate-limited" };
  let letter: ComposedLetter;
  try {
    letter = await composeLetter(db, parsed.data, { seed: offlineSeed(parsed.data.email), now });
  } catch (error) {
    if (error instanceof LetterComposeError) return { ok: false, reason: "compose", error };
    throw error;
  }
  await db.prisma.letterOpening.createMany({
    data: letter.messages.map(({ target }) => ({ method, campaignId: letter.campaign.id, templateId: letter.template.id, targetId: target.id, createdAt: now })),
  });
  return { ok: true, letter };
}

/** Per target of a campaign, how often its letter was opened in a mail app and printed. */
export async function countLetterOpenings(db: Database, campaignId: string): Promise<Record<string, { mailto: number; print: number }>> {
  const rows = await db.prisma.letterOpening.groupBy({ by: ["targetId", "method"], where: { campaignId, targetId: { not: null } }, _count: { _all: true } });
  const counts: Record<string, { mailto: number; print: number }> = {};
  for (const row of rows) {
    const entry = (counts[row.targetId!] ??= { mailto: 0, print: 0 });
    if (row.method === LetterOpeningMethod.MAILTO) entry.mailto += row._count._all;
    else entry.print += row._count._all;
  }
  return counts;
}

/** The addresses a supporter's own mail app writes to for one target: its working address, the campaign's copies. */
export function mailAppAddresses(letter: ComposedLetter, target: ComposedLetter["messages"][number]["target"]): { to: string[]; cc: string[] } {
  const to = workingAddress(target);
  return { to: to ? [to] : [], cc: letter.campaign.copyToEmails.filter((address) => address !== to) };
}
