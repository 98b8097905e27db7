"use server";

import { revalidatePublicCampaignPages } from "../campaigns/revalidate-public-pages";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getDb } from "../db";
import { requireCapability } from "../auth/session";
import { defaultLocale, isLocale, type Locale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { createPetitionFromDemands } from "./create-petition-from-demands";
import { updatePetition } from "./update-petition";
import { closePetition, openPetition } from "./change-petition-status";
import { recordDelivery } from "./record-delivery";
import { PetitionRuleError } from "./organiser-errors";
import { fieldErrorsFrom, readForm, type FormValues, type OrganiserFormState } from "./organiser-form";
import { createPetitionSchema, recordDeliverySchema, updatePetitionSchema } from "./organiser-schemas";

// The organiser's petition actions. Each: guard (requireCapability "petitions.manage"), parse (strict schema), one domain
// call, then revalidate or redirect. The hidden fields locale, campaignId, campaignSlug and petitionId
// only route the request: the domain functions check the permission again in their own queries.

const META = ["locale", "campaignId", "campaignSlug", "petitionId"] as const;

type Meta = { locale: Locale; campaignId: string; campaignSlug: string; petitionId: string };

function metaOf(raw: Partial<Record<(typeof META)[number], string>>): Meta {
  return {
    locale: isLocale(raw.locale) ? raw.locale : defaultLocale,
    campaignId: raw.campaignId ?? "",
    campaignSlug: raw.campaignSlug ?? "",
    petitionId: raw.petitionId ?? "",
  };
}

function consoleBase(meta: Meta): string {
  return `/${meta.locale}/organise/campaigns/${encodeURIComponent(meta.campaignSlug)}/petitions`;
}

function refused(error: unknown, meta: Meta, values: FormValues): OrganiserFormState {
  if (!(error instanceof PetitionRuleError)) throw error;
  if (error.code === "notFound") notFound();
  const message = getTranslator(meta.locale)(`organisePetitions.errors.${error.code}`);
  return error.field ? { fieldErrors: { [error.field]: message }, values } : { formError: message, values };
}

export async function createPetitionAction(_previous: OrganiserFormState, formData: FormData): Promise<OrganiserFormState> {
  const form = readForm(formData, { lists: ["demandIds", "targetIds", "locales"], meta: META });
  const meta = metaOf(form.meta);
  const actor = await requireCapability(meta.campaignId, "petitions.manage", meta.locale);
  const t = getTranslator(meta.locale);
  const parsed = createPetitionSchema.safeParse(form.fields);
  if (!parsed.success) return { formError: t("organisePetitions.errors.form"), fieldErrors: fieldErrorsFrom(parsed.error, t), values: form.values };
  let slug: string;
  try {
    ({ slug } = await createPetitionFromDemands(await getDb(), actor, { campaignId: meta.campaignId, ...parsed.data }));
  } catch (error) {
    return refused(error, meta, form.values);
  }
  revalidatePath(consoleBase(meta));
  revalidatePublicCampaignPages();
  redirect(`${consoleBase(meta)}/${slug}`);
}

export async function updatePetitionAction(_previous: OrganiserFormState, formData: FormData): Promise<OrganiserFormState> {
  const form = readForm(formData, { lists: ["locales"], meta: META });
  const meta = metaOf(form.meta);
  const actor = await requireCapability(meta.campaignId, "petitions.manage", meta.locale);
  const t = getTranslator(meta.locale);
  // The languages are sent only while the petition is a draft (a hidden marker says the list is there).
  if (form.fields.localesSent !== "1") delete form.fields.locales;
  delete form.fields.localesSent;
  const parsed = updatePetitionSchema.safeParse(form.fields);
  if (!parsed.success) return { formError: t("organisePetitions.errors.form"), fieldErrors: fieldErrorsFrom(parsed.error, t), values: form.values };
  try {
    await updatePetition(await getDb(), actor, meta.petitionId, parsed.data);
  } catch (error) {
    return refused(error, meta, form.values);
  }
  revalidatePath(consoleBase(meta), "layout");
  revalidatePublicCampaignPages();
  return { ok: t("organisePetitions.edit.saved") };
}

export async function changePetitionStatusAction(_previous: OrganiserFormState, formData: FormData): Promise<OrganiserFormState> {
  const form = readForm(formData, { meta: META });
  const meta = metaOf(form.meta);
  const actor = await requireCapability(meta.campaignId, "petitions.manage", meta.locale);
  const t = getTranslator(meta.locale);
  const to = form.fields.to;
  if ((to !== "OPEN" && to !== "CLOSED") || Object.keys(form.fields).length !== 1) return { formError: t("organisePetitions.errors.form") };
  try {
    const db = await getDb();
    if (to === "OPEN") await openPetition(db, actor, meta.petitionId);
    else await closePetition(db, actor, meta.petitionId);
  } catch (error) {
    return refused(error, meta, form.values);
  }
  revalidatePath(consoleBase(meta), "layout");
  revalidatePublicCampaignPages();
  return { ok: t(to === "OPEN" ? "organisePetitions.edit.opened" : "organisePetitions.edit.closed") };
}

export async function recordDeliveryAction(_previous: OrganiserFormState, formData: FormData): Promise<OrganiserFormState> {
  const form = readForm(formData, { meta: META });
  const meta = metaOf(form.meta);
  const actor = await requireCapability(meta.campaignId, "petitions.manage", meta.locale);
  const t = getTranslator(meta.locale);
  const parsed = recordDeliverySchema.safeParse(form.fields);
  if (!parsed.success) return { formError: t("organisePetitions.errors.form"), fieldErrors: fieldErrorsFrom(parsed.error, t), values: form.values };
  try {
    await recordDelivery(await getDb(), actor, { petitionId: meta.petitionId, ...parsed.data });
  } catch (error) {
    return refused(error, meta, form.values);
  }
  revalidatePath(consoleBase(meta), "layout");
  revalidatePublicCampaignPages();
  return { ok: t("organisePetitions.edit.recorded") };
}
