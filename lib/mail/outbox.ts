import { z } from "zod";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

// Mail goes one way: a caller writes the email here, in the same transaction as the row that causes
// it (a signature, a letter, a sign-in token), so the email exists if and only if its cause does.
// The worker (./send-pending.ts) sends it later; nothing else talks to SMTP.

const hasNoLineBreak = (value: string) => !/[\r\n]/.test(value);
const headerSafe = "must not contain line breaks";

export const outboxEmailSchema = z.strictObject({
  /** What the email is for, e.g. "signature-confirmation" (lower case, for counting and debugging). */
  purpose: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, "must be a short lower-case name such as signature-confirmation"),
  /** Exactly one bare address: no display name, no list. */
  to: z.email("must be one valid email address").max(254, "is too long").refine(hasNoLineBreak, headerSafe),
  subject: z.string().trim().min(1, "must not be empty").max(250, "is too long").refine(hasNoLineBreak, headerSafe),
  /** The plain-text part: always present. */
  text: z.string().min(1, "must not be empty").max(100_000, "is too long"),
  html: z.string().max(400_000, "is too long").optional(),
  replyTo: z.email("must be one valid email address").max(254, "is too long").refine(hasNoLineBreak, headerSafe).optional(),
});

export type OutboxEmailInput = z.input<typeof outboxEmailSchema>;

/** A refused email. The message names the field and the rule, never the value (it may be an address). */
export class InvalidEmailError extends Error {
  constructor(
    public readonly field: string,
    problem: string,
  ) {
    super(`email ${field} ${problem}`);
    this.name = "InvalidEmailError";
  }
}

/**
 * Queues one email. Call it with the transaction client of the `$transaction` that writes the email's
 * cause; if that transaction rolls back, the email is gone too. Throws InvalidEmailError on bad input.
 */
export async function enqueueEmail(tx: PrismaClient | Prisma.TransactionClient, input: OutboxEmailInput): Promise<{ id: string }> {
  const parsed = outboxEmailSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidEmailError(String(issue.path[0] ?? "input"), issue.message);
  }
  const { purpose, to, subject, text, html, replyTo } = parsed.data;
  return tx.outboxEmail.create({
    data: { purpose, to, subject, text, html: html ?? null, replyTo: replyTo ?? null },
    select: { id: true },
  });
}
