import { z } from "zod";
import { TargetKind } from "../generated/prisma/enums";
import { hasControlCharacter } from "../forms/plain-text";
import { isCountryCode } from "../i18n/countries";
import { isValidTimeZone, parseOfficeHours } from "./office-hours";

// One directory entry as organisers write it, in the console's CSV (every value a string; lists joined
// with "; "). The same rules hold for every way a target enters the directory. Messages are catalogue keys
// (targetDirectory.errors.*) so the console shows them in the organiser's language.

export const LIST_SEPARATOR = "; ";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "targetDirectory.errors.tooLong")
    .refine((v) => !hasControlCharacter(v), "targetDirectory.errors.lineBreak");
const optional = (max: number) => text(max).transform((v) => (v === "" ? null : v));
const list = (item: z.ZodType<string, string>, max: number) =>
  z
    .string()
    .transform((v) => v.split(/[;|\n]/).map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(item).max(max, "targetDirectory.errors.tooMany"));

const email = z.string().max(254).refine((v) => z.email().safeParse(v).success, "targetDirectory.errors.email");
const country = z.string().transform((v) => v.trim().toUpperCase()).refine(isCountryCode, "targetDirectory.errors.country");

export const targetRowSchema = z
  .strictObject({
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "targetDirectory.errors.slug"),
    kind: z.string().trim().toUpperCase().pipe(z.enum(TargetKind, "targetDirectory.errors.kind")),
    name: text(200).pipe(z.string().min(1, "targetDirectory.errors.required")),
    represents: z.string().transform((v) => v.trim().toUpperCase()).refine((v) => v === "" || isCountryCode(v), "targetDirectory.errors.country").transform((v) => v || null),
    country,
    city: optional(120),
    postalAddress: z.string().trim().max(500, "targetDirectory.errors.tooLong").refine((v) => !hasControlCharacter(v, { multiline: true }), "targetDirectory.errors.lineBreak").transform((v) => v || null),
    emails: list(email, 10),
    phones: list(z.string().regex(/^\+?[0-9 ()./-]{3,40}$/, "targetDirectory.errors.phone"), 10),
    fax: z.string().trim().refine((v) => v === "" || /^\+?[0-9 ()./-]{3,40}$/.test(v), "targetDirectory.errors.phone").transform((v) => v || null),
    website: z.string().trim().refine((v) => v === "" || (/^https?:\/\//i.test(v) && z.url().safeParse(v).success), "targetDirectory.errors.website").transform((v) => v || null),
    notes: z.string().trim().max(2000, "targetDirectory.errors.tooLong").refine((v) => !hasControlCharacter(v, { multiline: true }), "targetDirectory.errors.lineBreak").transform((v) => v || null),
    accreditedTo: list(country, 60),
    timeZone: z.string().trim().refine((v) => v === "" || isValidTimeZone(v), "targetDirectory.errors.timeZone").transform((v) => v || null),
    officeHours: z.string().trim().refine((v) => v === "" || parseOfficeHours(v).ok, "targetDirectory.errors.officeHours").transform((v) => v || null),
    hourlyCap: z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 1000), "targetDirectory.errors.hourlyCap")
      .transform((v) => (v === "" ? null : Number(v))),
    sendInOfficeHoursOnly: z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => ["", "yes", "no"].includes(v), "targetDirectory.errors.yesNo")
      .transform((v) => v === "yes"),
  })
  .superRefine((row, ctx) => {
    if (row.officeHours && !row.timeZone) ctx.addIssue({ code: "custom", path: ["timeZone"], message: "targetDirectory.errors.timeZoneNeeded" });
    if (row.sendInOfficeHoursOnly && !row.officeHours) ctx.addIssue({ code: "custom", path: ["officeHours"], message: "targetDirectory.errors.officeHoursNeeded" });
  });

export type TargetRow = z.output<typeof targetRowSchema>;
export const TARGET_COLUMNS = Object.keys(targetRowSchema.shape) as (keyof z.input<typeof targetRowSchema>)[];
