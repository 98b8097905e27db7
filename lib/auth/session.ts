import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { getDb } from "../db";
import type { Locale } from "../i18n/config";
import { getAuthOptions } from "./options";
import type { Capability } from "./capabilities";
import { canOnCampaign, findCampaignFor, type OrganisableCampaign } from "./permissions";
import { isAdmin, type CurrentUser } from "./roles";

export type { CurrentUser } from "./roles";

// The guards. Pages, layouts and actions call one of them first; the queries they then run still put
// the permission into their own `where` (./permissions.ts), so a forgotten guard leaks nothing.

/** The signed-in person, or null. One session lookup per request (React cache). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const email = session?.user?.email;
  if (!email) return null;
  const db = await getDb();
  return db.prisma.user.findUnique({ where: { email }, select: { id: true, email: true, role: true } });
});

/** The signed-in person; anyone else is sent to the sign-in page and brought back here afterwards. */
export async function requireUser(locale: Locale): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const here = (await headers()).get("x-placard-path");
  const back = here && here.startsWith(`/${locale}/`) ? `?${new URLSearchParams({ callbackUrl: here })}` : "";
  redirect(`/${locale}/auth/sign-in${back}`);
}

/** An instance admin; a signed-in non-admin gets "not found" (nothing to see here). */
export async function requireAdmin(locale: Locale): Promise<CurrentUser> {
  const user = await requireUser(locale);
  if (!isAdmin(user)) notFound();
  return user;
}

/** Someone who holds `capability` on this campaign (an admin, or a member whose role holds it); otherwise 404. */
export async function requireCapability(campaignId: string, capability: Capability, locale: Locale): Promise<CurrentUser> {
  const user = await requireUser(locale);
  if (!(await canOnCampaign(await getDb(), user, campaignId, capability))) notFound();
  return user;
}

/** For pages under /organise/campaigns/[campaign]: the campaign by slug, if this person holds `capability` on it. */
export async function requireCampaign(
  slug: string,
  capability: Capability,
  locale: Locale,
): Promise<{ user: CurrentUser; campaign: OrganisableCampaign }> {
  const user = await requireUser(locale);
  const campaign = await findCampaignFor(await getDb(), user, slug, capability, locale);
  if (!campaign) notFound();
  return { user, campaign };
}
