"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../db";
import { formFields } from "../forms/form-fields";
import { defaultLocale, isLocale } from "../i18n/config";
import { getTranslator, type MessageKey } from "../i18n/translate";
import { requireAdmin } from "../auth/session";
import { addOrganiser } from "./add-organiser";
import { addOrganiserSchema, type AddOrganiserState } from "./schemas";

/** An admin adds an organiser to a campaign by email. */
export async function addOrganiserAction(_previous: AddOrganiserState, formData: FormData): Promise<AddOrganiserState> {
  const fields = formFields(formData);
  const locale = isLocale(fields.locale) ? fields.locale : defaultLocale;
  const actor = await requireAdmin(locale);
  const t = getTranslator(locale);
  const parsed = addOrganiserSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0];
    if (field === "email" || field === "role") return { email: fields.email, error: { field, message: t(issue!.message as MessageKey) } };
    return { email: fields.email, error: { field: "form", message: t("organise.addOrganiser.invalidForm") } };
  }
  const { campaignId, email, role } = parsed.data;
  const result = await addOrganiser(await getDb(), actor, { campaignId, email, role });
  if (result.kind === "no-campaign") return { email, error: { field: "form", message: t("organise.addOrganiser.invalidForm") } };
  if (result.kind === "already-organiser") {
    return { email, error: { field: "email", message: t("organise.addOrganiser.alreadyOrganiser", { email }) } };
  }
  revalidatePath(`/${locale}/organise`, "layout");
  return { ok: t("organise.addOrganiser.added", { email }) };
}
