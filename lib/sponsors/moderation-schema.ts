import { z } from "zod";
import { MODERATION_BATCH_MAX, MODERATION_NOTE_MAX } from "./moderation-limits";
import { plainTextOnly } from "../forms/plain-text";

// The moderation page's one form. Each row's buttons post decision=APPROVE:<id> or REJECT:<id>; the
// buttons under the table post APPROVE:selected / REJECT:selected with the ticked sponsorId boxes.

const id = z.string().regex(/^[a-z0-9]{1,40}$/i);

export const moderationForm = z.strictObject({
  decision: z.string().regex(/^(APPROVE|REJECT):([a-z0-9]{1,40})$/i),
  sponsorId: z.array(id).max(MODERATION_BATCH_MAX).default([]),
  note: z.string().max(MODERATION_NOTE_MAX).optional(),
});
export const moderationFormSchema = plainTextOnly(moderationForm, { multiline: ["note"] });

export type ModerationRequest = { decision: "APPROVE" | "REJECT"; sponsorIds: string[]; note: string | undefined };

/** The request the pressed button makes, or null for a malformed post. */
export function moderationRequestFrom(form: FormData): ModerationRequest | null {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    if (key === "sponsorId") raw.sponsorId = [...((raw.sponsorId as string[] | undefined) ?? []), value];
    else raw[key] = value;
  }
  const parsed = moderationFormSchema.safeParse(raw);
  return parsed.success ? requestOf(parsed.data) : null;
}

/** The pressed button's decision and the entries it names (one row's, or the ticked ones). */
export function requestOf(form: z.output<typeof moderationForm>): ModerationRequest {
  const [decision, target] = form.decision.split(":") as ["APPROVE" | "REJECT", string];
  const sponsorIds = target === "selected" ? form.sponsorId : [target];
  return { decision: decision.toUpperCase() as "APPROVE" | "REJECT", sponsorIds, note: form.note?.trim() || undefined };
}
