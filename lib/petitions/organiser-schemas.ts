import { z } from "zod";
import { locales } from "../i18n/config";
import { DeliveryMethod } from "../generated/prisma/enums";
import { plainTextOnly } from "../forms/plain-text";

// The organiser's petition forms, one schema each. Strict: a field the form does not have is refused
// (nobody can post `status=OPEN` or `signatureCount=`). Messages are catalogue keys, translated by the
// action. Inputs are what an HTML form sends (strings, lists of strings); outputs are typed values.

const id = z.string().trim().min(1).max(64);
const localeList = z
  .array(z.enum(locales, "organisePetitions.errors.localeUnknown"))
  .min(1, "organisePetitions.errors.localesRequired")
  .transform((list) => [...new Set(list)]);

/** "" → null; otherwise a whole number of signatures. */
const goal = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const n = Number(v.replace(/[\s,._]/g, ""));
    if (!Number.isInteger(n) || n < 1 || n > 100_000_000) {
      ctx.addIssue({ code: "custom", message: "organisePetitions.errors.goalInvalid" });
      return z.NEVER;
    }
    return n;
  });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A date-only field: "" → null; "2026-12-16" → the end of that day, UTC (the deadline's last moment). */
const deadline = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!DATE.test(v) || !isRealDate(v)) {
      ctx.addIssue({ code: "custom", message: "organisePetitions.errors.deadlineInvalid" });
      return z.NEVER;
    }
    return new Date(`${v}T23:59:59.999Z`);
  });

const slug = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null))
  .pipe(z.string().max(80, "organisePetitions.errors.slugInvalid").regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "organisePetitions.errors.slugInvalid").nullable());

const createFields = z.strictObject({
  demandIds: z.array(id).min(1, "organisePetitions.errors.demandsRequired").max(50),
  targetIds: z.array(id).max(50).default([]),
  locales: localeList,
  goal,
  deadline,
  slug,
});
export const createPetitionSchema = plainTextOnly(createFields);
export type CreatePetitionInput = z.output<typeof createPetitionSchema>;

const title = z.string().trim().min(1, "organisePetitions.errors.titleRequired").max(200, "organisePetitions.errors.titleRequired");
const addressee = z.string().trim().min(1, "organisePetitions.errors.addresseeRequired").max(500, "organisePetitions.errors.addresseeRequired");
const unixNewlines = (v: string) => v.replace(/\r\n?/g, "\n").trim();
const body = z
  .string()
  .transform(unixNewlines)
  .pipe(z.string().min(1, "organisePetitions.errors.bodyRequired").max(20_000, "organisePetitions.errors.bodyRequired"));

/**
 * The edit form. The texts (title.en, addressee.en, body.en, ...) and the languages are sent only while
 * the petition is a draft; goal and deadline always.
 */
const updateFields = z.strictObject({
  title: z.partialRecord(z.enum(locales), title).optional(),
  addressee: z.partialRecord(z.enum(locales), addressee).optional(),
  body: z.partialRecord(z.enum(locales), body).optional(),
  locales: localeList.optional(),
  goal,
  deadline,
});
export const updatePetitionSchema = plainTextOnly(updateFields, { multiline: ["body"] });
export type UpdatePetitionInput = z.output<typeof updatePetitionSchema>;

/** A delivery date: the day it happened (stored as midnight UTC of that day). */
const deliveredAt = z
  .string("organisePetitions.errors.deliveredAtInvalid")
  .trim()
  .refine((v) => DATE.test(v) && isRealDate(v), "organisePetitions.errors.deliveredAtInvalid")
  .transform((v) => new Date(`${v}T00:00:00Z`));

const deliveryFields = z.strictObject({
  targetId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || null),
  deliveredAt,
  method: z.enum(DeliveryMethod, "organisePetitions.errors.methodInvalid"),
  notes: z
    .string()
    .transform(unixNewlines)
    .pipe(z.string().max(2000, "organisePetitions.errors.notesTooLong"))
    .optional()
    .transform((v) => v || null),
});
export const recordDeliverySchema = plainTextOnly(deliveryFields, { multiline: ["notes"] });
export type RecordDeliveryInput = z.output<typeof recordDeliverySchema>;

// The forms as the actions read them (lib/organise/organiser-action.ts refuses control characters first):
// the fields above, and the petition they name. The edit form marks the languages as sent only while the
// petition is a draft (a list of checkboxes none of which is ticked sends nothing at all).
export const createPetitionForm = createFields;
export const updatePetitionForm = z.preprocess((raw) => {
  if (!raw || typeof raw !== "object") return raw;
  const { localesSent, ...fields } = raw as Record<string, unknown>;
  if (localesSent !== "1") delete fields.locales;
  return fields;
}, updateFields.extend({ petitionId: id }));
export const changePetitionStatusForm = z.strictObject({ petitionId: id, to: z.enum(["OPEN", "CLOSED"]) });
export const recordDeliveryForm = deliveryFields.extend({ petitionId: id });

/** The date an <input type="date"> shows for a stored deadline or delivery date. */
export function toDateInputValue(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
