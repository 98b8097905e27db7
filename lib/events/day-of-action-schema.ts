import { z } from "zod";
import type { MessageKey } from "../i18n/translate";
import { isCalendarDay } from "./event-filters";

// The days-of-action console's forms (issue 12): declare a day, edit it, remove it. Browser-safe.

const key = (k: MessageKey) => k;
export const DAY_TITLE_MAX = 120;
export const DAY_DESCRIPTION_MAX = 1000;

const id = z.string().regex(/^[a-z0-9]{1,40}$/i, key("daysOfAction.errors.missing"));

export const declareDayOfActionSchema = z.strictObject({
  date: z.string().trim().refine(isCalendarDay, key("daysOfAction.errors.date")),
  title: z.string().trim().min(1, key("daysOfAction.errors.title")).max(DAY_TITLE_MAX, key("daysOfAction.errors.title")),
  description: z.string().trim().max(DAY_DESCRIPTION_MAX, key("daysOfAction.errors.description")).default(""),
});

export const editDayOfActionSchema = declareDayOfActionSchema.extend({ dayId: id });
export const removeDayOfActionSchema = z.strictObject({ dayId: id });

export type DeclareDayOfActionInput = z.output<typeof declareDayOfActionSchema>;
export type EditDayOfActionInput = z.output<typeof editDayOfActionSchema>;
