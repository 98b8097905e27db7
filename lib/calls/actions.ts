"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { findCampaignHeader } from "../campaigns/find-campaign-header";
import { getDb } from "../db";
import { env } from "../env";
import { refuseForgedRouting } from "../forms/form-fields";
import { isLocale } from "../i18n/config";
import { clientIpFrom } from "../security/client-ip";
import { isCallOutcome, reportCall } from "./report";

// "I called" as a plain form post (works without JavaScript): one domain call, then back to the call page
// with the outcome in the address (?called=… or ?callError=…), which the page shows beside that target.

export async function reportCallAction(formData: FormData): Promise<void> {
  const campaignSlug = String(formData.get("campaign") ?? "");
  const locale = String(formData.get("locale") ?? "");
  refuseForgedRouting([campaignSlug, locale]);
  if (!isLocale(locale)) notFound();
  const db = await getDb();
  const campaign = await findCampaignHeader(db, campaignSlug, locale);
  if (!campaign) notFound();
  const targetId = String(formData.get("targetId") ?? "");
  const outcome = formData.get("outcome");
  const country = String(formData.get("country") ?? "").toUpperCase() || null;
  const back = (query: Record<string, string>) =>
    `/${locale}/campaigns/${campaign.slug}/call?${new URLSearchParams({ ...(country ? { country } : {}), ...query })}#target-${encodeURIComponent(targetId)}`;
  if (!isCallOutcome(outcome)) redirect(back({ callError: "outcome", target: targetId }));
  const ip = clientIpFrom(await headers(), env().trustedProxy);
  const result = await reportCall(db, { campaignId: campaign.id, targetId, outcome, country }, { ip });
  if (!result.ok) redirect(back({ callError: result.error, target: targetId }));
  redirect(back({ called: targetId }));
}
