import { z } from "zod";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { MailPriority } from "../generated/prisma/enums";
import { checkTemplateData, templateNames, type TemplateData, type TemplateName } from "./templates/registry";

// Mail goes one way: a caller writes the email here, in the same transaction as the row that causes
// it (a signature, a letter, a sign-in token), so the email exists if and only if its cause does.
// The worker (./send-pending.ts) sends it later; nothing else talks to SMTP. An email is queued either
// finished (subject, text, html) or as a template's name and data (./templates/registry.ts), which the
// worker renders when it sends: the cheap form for the emails a surge of supporters causes.

const hasNoLineBreak = (value: string) => !/[\r\n]/.test(value);
const headerSafe = "must not contain line breaks";

const envelope = {
  /** What the email is for, e.g. "signature-confirmation" (lower case, for counting and debugging). */
  purpose: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, "must be a short lower-case name such as signature-confirmation"),
  /** Exactly one bare address: no display name, no list. */
  to: z.email("must be one valid email address").max(254, "is too long").refine(hasNoLineBreak, headerSafe),
  replyTo: z.email("must be one valid email address").max(254, "is too long").refine(hasNoLineBreak, headerSafe).optional(),
};

/** A display name for From: the address stays the campaign's; quotes, angle brackets and line breaks are refused. */
const displayName = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(120, "is too long")
  .refine((v) => !/[\r\n"<>\\]/.test(v), "must not contain line breaks, quotes or angle brackets");

export const outboxEmailSchema = z.strictObject({
  ...envelope,
  fromName: displayName.optional(),
  /** Copies: bare addresses, at most ten. */
  cc: z.array(envelope.to).max(10, "has too many copies").optional(),
  /** LETTER for letters to targets (sent after HIGH, paced by notBefore). Defaults to HIGH. */
  priority: z.enum(MailPriority).optional(),
  /** Not sent before this time (a letter's pacing slot). */
  notBefore: z.date().optional(),
  subject: z.string().trim().min(1, "must not be empty").max(250, "is too long").refine(hasNoLineBreak, headerSafe),
  /** The plain-text part: always present. */
  text: z.string().min(1, "must not be empty").max(100_000, "is too long"),
  html: z.string().max(400_000, "is too long").optional(),
});

/** An email to be rendered by the worker: a template's name and its data (checked by the template). */
export const templatedEmailSchema = z.strictObject({
  ...envelope,
  template: z.enum(templateNames as [TemplateName, ...TemplateName[]], "must name a template in lib/mail/templates/registry.ts"),
  data: z.unknown(),
  /** LOW for bulk mail (news): the worker sends it after every HIGH row, a few per tick. Defaults to HIGH. */
  priority: z.enum(MailPriority).optional(),
});

export type RenderedEmailInput = z.input<typeof outboxEmailSchema>;
export type TemplatedEmailInput<N extends TemplateName = TemplateName> = { purpose: string; to: string; replyTo?: string; template: N; data: TemplateData<N>; priority?: MailPriority };
export type OutboxEmailInput = RenderedEmailInput | TemplatedEmailInput;

/** The columns an outbox row gets for this email, validated. Throws InvalidEmailError on bad input. */
export function outboxColumns(input: OutboxEmailInput) {
  const refuse = (issue: z.core.$ZodIssue, prefix: PropertyKey[] = []) => {
    const path = [...prefix, ...issue.path].map(String).join(".");
    return new InvalidEmailError(path || "input", prefix.length ? `does not fit the template: ${issue.message}` : issue.message);
  };
  const common = (email: { purpose: string; to: string; replyTo?: string }) => ({ purpose: email.purpose, to: email.to, replyTo: email.replyTo ?? null });
  if ("template" in input) {
    const parsed = templatedEmailSchema.safeParse(input);
    if (!parsed.success) throw refuse(parsed.error.issues[0]!);
    const data = checkTemplateData(parsed.data.template, parsed.data.data);
    if (!data.success) throw refuse(data.error.issues[0]!, ["data"]);
    return { ...common(parsed.data), subject: null, text: null, html: null, template: parsed.data.template, templateData: data.data as Prisma.InputJsonObject, priority: parsed.data.priority ?? MailPriority.HIGH };
  }
  const parsed = outboxEmailSchema.safeParse(input);
  if (!parsed.success) throw refuse(parsed.error.issues[0]!);
  const { subject, text, html, fromName, cc, priority, notBefore } = parsed.data;
  return {
    ...common(parsed.data),
    subject,
    text,
    html: html ?? null,
    template: null,
    templateData: undefined,
    priority: priority ?? MailPriority.HIGH,
    fromName: fromName ?? null,
    cc: cc ?? [],
    ...(notBefore ? { nextAttemptAt: notBefore } : {}),
  };
}

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
  return tx.outboxEmail.create({ data: outboxColumns(input), select: { id: true } });
}
