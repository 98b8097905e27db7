import { z } from "zod";
import { plainTextOnly } from "../forms/plain-text";
import type { MessageKey } from "../i18n/translate";
import { tidyText } from "../sponsors/text-rules";
import { MAX_ATTENDANCE } from "./schema";

// The host's report on their event, through the private link: how many came, what happened, links to
// press coverage, and photos (lib/events/photos/process.ts; they come beside these fields). Strict:
// a posted `status=APPROVED` is refused. Messages are catalogue keys.

const key = (k: MessageKey) => k;
export const MAX_REPORT_TEXT = 3000;
export const MAX_PRESS_LINKS = 5;

export const REPORT_FIELDS = ["attendance", "body", "pressLinks", "photoAlt", "facesChecked", "photos"] as const;

export const eventReportSchema = plainTextOnly(
  z.strictObject({
    attendance: z
      .string({ error: key("eventReport.errors.attendanceRequired") })
      .trim()
      .min(1, key("eventReport.errors.attendanceRequired"))
      .max(12, key("eventReport.errors.attendanceInvalid"))
      .transform((v, ctx) => {
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > MAX_ATTENDANCE) {
          ctx.addIssue({ code: "custom", message: key("eventReport.errors.attendanceInvalid") });
          return z.NEVER;
        }
        return n;
      }),
    body: z
      .string({ error: key("eventReport.errors.bodyRequired") })
      .trim()
      .min(1, key("eventReport.errors.bodyRequired"))
      .max(MAX_REPORT_TEXT, key("eventReport.errors.bodyTooLong")),
    pressLinks: z
      .string()
      .max(MAX_PRESS_LINKS * 600, key("eventReport.errors.pressLinksTooMany"))
      .optional()
      .transform((v, ctx) => {
        const lines = (v ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
        if (lines.length > MAX_PRESS_LINKS) {
          ctx.addIssue({ code: "custom", message: key("eventReport.errors.pressLinksTooMany") });
          return z.NEVER;
        }
        for (const line of lines) {
          if (!isWebAddress(line)) {
            ctx.addIssue({ code: "custom", message: key("eventReport.errors.pressLinkInvalid") });
            return z.NEVER;
          }
        }
        return lines;
      }),
    photoAlt: z.string().overwrite(tidyText).max(200, key("eventReport.errors.photoAltTooLong")).optional().transform((v) => v || null),
    facesChecked: z.literal("on").optional(),
  }),
  { multiline: ["body", "pressLinks"] },
);

export type EventReportInput = z.output<typeof eventReportSchema>;

function isWebAddress(value: string): boolean {
  if (value.length > 500) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}
