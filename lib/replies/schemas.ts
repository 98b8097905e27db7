import { z } from "zod";
import type { MessageKey } from "../i18n/translate";

// The replies console's forms (issue 11): log a reply a target sent to the campaign, and act on one.
// Browser-safe: no database here. Texts are plain text; nothing typed is ever rendered as HTML.

const key = (k: MessageKey) => k;
export const REPLY_SUMMARY_MAX = 300;
export const REPLY_TEXT_MAX = 20_000;
const id = z.string().regex(/^[a-z0-9]{1,40}$/i, key("letterWall.replies.errors.targetInvalid"));

/** "2026-12-03" → that day at 00:00 UTC; the latest allowed is tomorrow (time zones ahead of the server's). */
export function receivedOnIsAllowed(day: string, now: Date): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return false;
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return date.getTime() <= tomorrow;
}

export function logReplySchemaAt(now: () => Date = () => new Date()) {
  return z.strictObject({
    targetId: id,
    receivedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, key("letterWall.replies.errors.dateInvalid"))
      .refine((d) => receivedOnIsAllowed(d, now()), key("letterWall.replies.errors.dateInFuture")),
    summary: z.string().trim().min(1, key("letterWall.replies.errors.summaryRequired")).max(REPLY_SUMMARY_MAX, key("letterWall.replies.errors.summaryTooLong")),
    text: z.string().trim().max(REPLY_TEXT_MAX, key("letterWall.replies.errors.textTooLong")).default(""),
  });
}

export const logReplySchema = logReplySchemaAt();
export type LogReplyInput = z.output<typeof logReplySchema>;

export const replyIdSchema = z.strictObject({ replyId: z.string().regex(/^[a-z0-9]{1,40}$/i, key("letterWall.replies.errors.replyInvalid")) });
