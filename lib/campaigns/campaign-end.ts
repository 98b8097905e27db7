import { z } from "zod";
import { plainTextOnly } from "../forms/plain-text";

// Ending a campaign, the rules a browser may know too: the forms' schemas and what a date means.
// When a campaign ends (docs/decisions/014), it is archived, its petitions close, and what supporters
// told us about themselves is erased; the counts stay. The consent text every supporter saw says so.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "The last day of the campaign": a calendar day that exists; the campaign ends when that day is over (UTC). */
const scheduleEndFields = z.strictObject({
  lastDay: z
    .string({ error: "campaignEnd.errors.lastDay" })
    .refine((day) => endOfLastDay(day) !== null, "campaignEnd.errors.lastDay")
    .transform((day) => endOfLastDay(day)!),
});
export const scheduleEndForm = scheduleEndFields;
export const scheduleEndSchema = plainTextOnly(scheduleEndFields);

/** Removing the date: the form has no fields of its own. */
export const cancelEndForm = z.strictObject({});

/** Ending now erases data at once: the organiser must tick that they have what they need. */
export const endNowForm = z.strictObject({
  understood: z.literal("on", { error: "campaignEnd.errors.understood" }),
});

/** The moment a campaign whose last day is `day` (YYYY-MM-DD) ends: midnight UTC after it. Null if not a real day. */
export function endOfLastDay(day: string): Date | null {
  if (!DAY.test(day)) return null;
  const start = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== day) return null;
  return new Date(start.getTime() + 86_400_000);
}

/** The last day (YYYY-MM-DD, UTC) of a campaign that ends at `endsAt`. */
export function lastDayOf(endsAt: Date): string {
  return new Date(endsAt.getTime() - 1).toISOString().slice(0, 10);
}
