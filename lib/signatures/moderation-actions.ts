"use server";

import { revalidatePublicCampaignPages } from "../campaigns/revalidate-public-pages";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "../db";
import { requireCapability } from "../auth/session";
import { defaultLocale, isLocale, type Locale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { refuseForgedRouting } from "../forms/form-fields";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacter } from "../forms/plain-text";
import { readForm, type OrganiserFormState } from "../petitions/organiser-form";
import { AllowlistRefusal, addAllowlistedAddress, removeAllowlistedAddress } from "./allowlist";
import { ModerationError, clearSuspicion, invalidateSignatures, markSignatureNotSuspect } from "./moderate";
import { filterToParams, moderationFilterSchema, type ModerationFilter } from "./moderation-filter";

// The moderation page's actions: guard first (requireCapability), the filter parsed strictly, one
// domain call, then back to the list (same filter) with a notice saying how many rows changed.

const META = ["locale", "campaignId", "campaignSlug"] as const;

type Meta = { locale: Locale; campaignId: string; campaignSlug: string };

function metaOf(raw: Partial<Record<(typeof META)[number], string>>): Meta {
  return { locale: isLocale(raw.locale) ? raw.locale : defaultLocale, campaignId: raw.campaignId ?? "", campaignSlug: raw.campaignSlug ?? "" };
}

function pagePath(meta: Meta): string {
  return `/${meta.locale}/organise/campaigns/${encodeURIComponent(meta.campaignSlug)}/signatures`;
}

function backTo(meta: Meta, filter: ModerationFilter, notice: Record<string, string>): string {
  return `${pagePath(meta)}?${new URLSearchParams({ ...filterToParams(filter), ...notice })}`;
}

function take(fields: Record<string, unknown>, name: string): string {
  const value = fields[name];
  delete fields[name];
  return typeof value === "string" ? value : "";
}

/** Invalidate, or count again, every signature the (confirmed) filter picks. */
export async function bulkModerationAction(_previous: OrganiserFormState, formData: FormData): Promise<OrganiserFormState> {
  const form = readForm(formData, { meta: META });
  const meta = metaOf(form.meta);
  const actor = await requireCapability(meta.campaignId, "moderation.decide", meta.locale);
  const t = getTranslator(meta.locale);
  const kind = take(form.fields, "kind");
  const expectedCount = Number(take(form.fields, "expectedCount"));
  const reason = take(form.fields, "reason");
  if (hasControlCharacter(reason)) return { fieldErrors: { reason: t(CONTROL_CHARACTER_MESSAGE) }, values: form.values };
  const parsed = moderationFilterSchema.safeParse(form.fields);
  if (!parsed.success || (kind !== "invalidate" && kind !== "clear") || !Number.isInteger(expectedCount)) {
    return { formError: t("moderation.errors.filterInvalid"), values: form.values };
  }
  const target = { campaignId: meta.campaignId, filter: parsed.data, expectedCount };
  let count: number;
  try {
    const db = await getDb();
    ({ count } = kind === "invalidate" ? await invalidateSignatures(db, actor, target, reason) : await clearSuspicion(db, actor, target));
  } catch (error) {
    if (!(error instanceof ModerationError)) throw error;
    if (error.code === "reasonRequired") return { fieldErrors: { reason: t("moderation.errors.reasonRequired") }, values: { ...form.values, reason } };
    if (error.code === "countChanged") return { formError: t("moderation.errors.countChanged", { count: error.count ?? 0 }), values: form.values };
    return { formError: t(`moderation.errors.${error.code === "notFound" ? "nothingMatches" : error.code}`), values: form.values };
  }
  revalidatePath(pagePath(meta));
  revalidatePublicCampaignPages();
  redirect(backTo(meta, parsed.data, { done: kind === "invalidate" ? "invalidated" : "cleared", n: String(count) }));
}

/** "Count it": one signature from the list is no longer suspect. */
export async function markNotSuspectAction(formData: FormData): Promise<void> {
  const form = readForm(formData, { meta: META });
  const meta = metaOf(form.meta);
  const actor = await requireCapability(meta.campaignId, "moderation.decide", meta.locale);
  const signatureId = take(form.fields, "signatureId");
  const page = take(form.fields, "page");
  refuseForgedRouting([signatureId, page]);
  const parsed = moderationFilterSchema.safeParse(form.fields);
  const filter = parsed.success ? parsed.data : {};
  let count = 0;
  try {
    ({ count } = await markSignatureNotSuspect(await getDb(), actor, meta.campaignId, signatureId));
  } catch (error) {
    if (!(error instanceof ModerationError)) throw error;
  }
  revalidatePath(pagePath(meta));
  revalidatePublicCampaignPages();
  redirect(backTo(meta, filter, { ...(page ? { page } : {}), done: "cleared", n: String(count) }));
}

export async function addAllowlistAction(_previous: OrganiserFormState, formData: FormData): Promise<OrganiserFormState> {
  const form = readForm(formData, { meta: META });
  const meta = metaOf(form.meta);
  const actor = await requireCapability(meta.campaignId, "allowlist.manage", meta.locale);
  const t = getTranslator(meta.locale);
  const address = take(form.fields, "address");
  const note = take(form.fields, "note");
  if (Object.keys(form.fields).length > 0) return { formError: t("moderation.errors.filterInvalid"), values: form.values };
  const typedControl = Object.entries({ address, note }).filter(([, value]) => hasControlCharacter(value));
  if (typedControl.length > 0) return { fieldErrors: Object.fromEntries(typedControl.map(([field]) => [field, t(CONTROL_CHARACTER_MESSAGE)])), values: form.values };
  try {
    await addAllowlistedAddress(await getDb(), actor, meta.campaignId, { address, note });
  } catch (error) {
    if (!(error instanceof AllowlistRefusal)) throw error;
    if (error.code === "notFound") return { formError: t("moderation.errors.filterInvalid"), values: form.values };
    if (error.code === "noteTooLong") return { fieldErrors: { note: t("moderation.allowlist.noteTooLong") }, values: form.values };
    const message = error.code === "ipInvalid" ? t("moderation.errors.ipInvalid") : t("moderation.allowlist.alreadyListed");
    return { fieldErrors: { address: message }, values: form.values };
  }
  revalidatePath(pagePath(meta));
  revalidatePublicCampaignPages();
  return { ok: t("moderation.allowlist.added") };
}

export async function removeAllowlistAction(formData: FormData): Promise<void> {
  const form = readForm(formData, { meta: META });
  const meta = metaOf(form.meta);
  const actor = await requireCapability(meta.campaignId, "allowlist.manage", meta.locale);
  const id = take(form.fields, "id");
  refuseForgedRouting([id]);
  try {
    await removeAllowlistedAddress(await getDb(), actor, meta.campaignId, id);
  } catch (error) {
    if (!(error instanceof AllowlistRefusal)) throw error;
  }
  revalidatePath(pagePath(meta));
  revalidatePublicCampaignPages();
  redirect(`${pagePath(meta)}?done=removed#allowlist`);
}
