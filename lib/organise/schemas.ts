import { z } from "zod";
import { OrganiserRole } from "../generated/prisma/enums";
import { locales } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";
import { plainTextOnly } from "../forms/plain-text";

// The "add an organiser" form. Messages are catalogue keys. Strict: unknown fields are refused.

export const addOrganiserSchema = plainTextOnly(z.strictObject({
  campaignId: z.string().min(1).max(64),
  locale: z.enum(locales),
  email: z
    .string()
    .trim()
    .pipe(z.email("organise.addOrganiser.invalidEmail" satisfies MessageKey).max(254, "organise.addOrganiser.invalidEmail" satisfies MessageKey)),
  role: z.enum(OrganiserRole, "organise.addOrganiser.invalidRole" satisfies MessageKey),
}));

export type AddOrganiserInput = z.output<typeof addOrganiserSchema>;

export type AddOrganiserState = {
  ok?: string;
  error?: { field: "email" | "role" | "form"; message: string };
  email?: string;
};
