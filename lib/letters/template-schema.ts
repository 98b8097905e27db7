import { z } from "zod";
import { LetterKind } from "../generated/prisma/enums";
import { locales } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";

// The organiser's letter template forms (lib/letters/template-actions.ts). Placeholders are checked by the
// domain call (lib/letters/template-write.ts), which names the unknown placeholder at its field.

const key = (k: MessageKey) => k;

export const templateSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, key("letterTemplates.errors.slugInvalid"))
  .max(80, key("letterTemplates.errors.slugInvalid"))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, key("letterTemplates.errors.slugInvalid"))
  .refine((v) => v !== "new", key("letterTemplates.errors.slugInvalid"));

const templateLocale = z.enum(locales, key("letterTemplates.errors.localeInvalid"));
const title = z.string().trim().min(1, key("letterTemplates.errors.titleRequired")).max(200, key("letterTemplates.errors.titleTooLong"));

export const createTemplateSchema = z.strictObject({
  kind: z.enum(LetterKind, key("letterTemplates.errors.kindInvalid")),
  slug: templateSlug,
  templateLocale,
  title,
});

/** A line with only "---" separates one opening variant from the next (an opening may have several lines). */
export const OPENING_SEPARATOR = /^[ \t]*---[ \t]*$/m;

export function splitSubjectVariants(text: string): string[] {
  return text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}

export function splitOpeningVariants(text: string): string[] {
  return text.replace(/\r\n/g, "\n").split(OPENING_SEPARATOR).map((s) => s.trim()).filter(Boolean);
}

export const MIN_MAX_LENGTH = 200;
export const MAX_MAX_LENGTH = 20_000;

export const saveTemplateSchema = z.strictObject({
  slug: z.string().min(1).max(80),
  templateLocale,
  title,
  subject: z
    .string()
    .trim()
    .min(1, key("letterTemplates.errors.subjectRequired"))
    .max(300, key("letterTemplates.errors.subjectTooLong"))
    .refine((v) => !/[\r\n]/.test(v), key("letterTemplates.errors.lineBreak")),
  body: z.string().trim().min(1, key("letterTemplates.errors.bodyRequired")).max(20_000, key("letterTemplates.errors.bodyTooLong")),
  subjectVariants: z.string().max(5_000, key("letterTemplates.errors.variantsTooLong")).default(""),
  openingVariants: z.string().max(10_000, key("letterTemplates.errors.variantsTooLong")).default(""),
  editable: z.literal("on").optional(),
  maxLength: z.coerce
    .number(key("letterTemplates.errors.maxLengthInvalid"))
    .int(key("letterTemplates.errors.maxLengthInvalid"))
    .min(MIN_MAX_LENGTH, key("letterTemplates.errors.maxLengthInvalid"))
    .max(MAX_MAX_LENGTH, key("letterTemplates.errors.maxLengthInvalid")),
  targetIds: z.array(z.string().min(1).max(40)).max(500).default([]),
});

export const templateStatusSchema = z.strictObject({ slug: z.string().min(1).max(80) });

export type SaveTemplateInput = z.output<typeof saveTemplateSchema>;
export type CreateTemplateInput = z.output<typeof createTemplateSchema>;
