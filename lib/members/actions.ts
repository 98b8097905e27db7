"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "zod";
import { authConfig, normaliseEmail } from "../auth/config";
import { requestSignInLink } from "../auth/request-link";
import { getCurrentUser } from "../auth/session";
import { getDb } from "../db";
import { env } from "../env";
import { readForm } from "../forms/read-form";
import type { FormState } from "../forms/form-state";
import { OrganiserRole } from "../generated/prisma/enums";
import { defaultLocale, isLocale } from "../i18n/config";
import { getTranslator, type MessageKey } from "../i18n/translate";
import { ActionRefusal, organiserAction } from "../organise/organiser-action";
import { pickTranslation } from "../content/pick-translation";
import { clientIpFrom } from "../security/client-ip";
import { hitRateLimit } from "../security/rate-limit";
import { acceptInvitation } from "./accept";
import { inviteMember } from "./invite";
import { changeMemberRole, removeMember, revokeInvitation } from "./members";

// The members page's forms (owners and admins: "members.manage"), and the invitation's own button.

const key = (k: MessageKey) => k;
const id = z.string().min(1).max(64);
const role = z.enum(OrganiserRole, key("members.errors.roleInvalid"));

/** Invitations a campaign may send in a day: each mails an address that has not confirmed anything. */
const INVITATIONS_PER_DAY = 30;
/** An invitation to the same address and role within this time is the same form sent twice. */
const RESEND_AFTER_MS = 10 * 60_000;

export const inviteMemberAction = organiserAction({
  capability: "members.manage",
  schema: z.strictObject({
    email: z.string().trim().pipe(z.email(key("members.errors.emailInvalid")).max(254, key("members.errors.emailInvalid"))),
    role,
  }),
  async run(ctx, input) {
    const email = normaliseEmail(input.email);
    const member = await ctx.db.prisma.campaignOrganiser.findFirst({ where: { campaignId: ctx.campaign.id, user: { email } }, select: { userId: true } });
    if (member) throw new ActionRefusal("members.errors.alreadyMember", "email", { email });
    // The same form sent twice (a double click, a page reloaded after sending it without JavaScript)
    // would replace the link just mailed with a new one: the first stays, and nothing is sent again.
    const recent = await ctx.db.prisma.campaignInvitation.findFirst({
      where: { campaignId: ctx.campaign.id, email, role: input.role, acceptedAt: null, revokedAt: null, createdAt: { gt: new Date(Date.now() - RESEND_AFTER_MS) } },
      select: { id: true },
    });
    if (recent) return { ok: "members.alreadyInvited", values: { email } };
    const cap = await hitRateLimit(ctx.db, `invite:campaign:${ctx.campaign.id}`, [{ count: INVITATIONS_PER_DAY, seconds: 86_400 }]);
    if (!cap.allowed) throw new ActionRefusal("members.errors.tooManyInvitations", undefined, { count: INVITATIONS_PER_DAY });
    const campaign = await ctx.db.prisma.campaign.findUniqueOrThrow({
      where: { id: ctx.campaign.id },
      select: { defaultLocale: true, translations: { select: { locale: true, title: true } } },
    });
    const title = pickTranslation(campaign.translations, ctx.locale, campaign.defaultLocale)?.title ?? ctx.campaign.slug;
    await ctx.db.prisma.$transaction(async (tx) => {
      const invitation = await inviteMember(tx, { campaignId: ctx.campaign.id, campaignTitle: title, email, role: input.role, invitedById: ctx.actor.id, locale: ctx.locale });
      await ctx.audit(tx, { action: "member.invited", subjectType: "CampaignInvitation", subjectId: invitation.id, details: { role: input.role } });
    });
    return { ok: "members.invited", values: { email } };
  },
});

export const changeMemberRoleAction = organiserAction({
  capability: "members.manage",
  schema: z.strictObject({ userId: id, role }),
  async run(ctx, input) {
    const changed = await ctx.db.prisma.$transaction(async (tx) => {
      const result = await changeMemberRole(tx, { campaignId: ctx.campaign.id, userId: input.userId, role: input.role });
      if (result) await ctx.audit(tx, { action: "member.roleChanged", subjectType: "User", subjectId: input.userId, details: { from: result.from, to: result.to } });
      return result;
    });
    if (!changed) return { ok: "members.roleUnchanged" };
    return { ok: "members.roleChanged", values: { email: changed.email, role: ctx.t(`organise.organiserRoles.${changed.to}`) } };
  },
});

export const removeMemberAction = organiserAction({
  capability: "members.manage",
  schema: z.strictObject({ userId: id }),
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      const result = await removeMember(tx, { campaignId: ctx.campaign.id, userId: input.userId });
      await ctx.audit(tx, { action: "member.removed", subjectType: "User", subjectId: input.userId, details: { role: result.role } });
    });
    // An owner who leaves has nothing more to see here.
    if (input.userId === ctx.actor.id && ctx.actor.role !== "ADMIN") return { redirect: `/${ctx.locale}/organise` };
    // The member's card, and the form that answered, are gone from the page: the page says it (no
    // address in the URL).
    return { redirect: `/${ctx.locale}/organise/campaigns/${ctx.campaign.slug}/members?done=removed` };
  },
});

export const revokeInvitationAction = organiserAction({
  capability: "members.manage",
  schema: z.strictObject({ invitationId: id }),
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      await revokeInvitation(tx, { campaignId: ctx.campaign.id, invitationId: input.invitationId });
      await ctx.audit(tx, { action: "member.invitationRevoked", subjectType: "CampaignInvitation", subjectId: input.invitationId });
    });
    return { redirect: `/${ctx.locale}/organise/campaigns/${ctx.campaign.slug}/members?done=revoked` };
  },
});

const acceptSchema = z.strictObject({ token: z.string().max(64) });

/**
 * The invitation's button. Public: the token is the permission (a single-use link mailed to the invited
 * address). Joined: the invited person, if already signed in as that address, goes to the campaign's
 * console; anyone else is sent a sign-in link for that address and told to check their email.
 */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const form = readForm(formData, { meta: ["locale"] });
  const locale = isLocale(form.meta.locale) ? form.meta.locale : defaultLocale;
  const parsed = acceptSchema.safeParse(form.fields);
  if (!parsed.success) notFound();
  const db = await getDb();
  const outcome = await acceptInvitation(db, parsed.data.token);
  const t = getTranslator(locale);
  if (outcome.kind !== "joined") return { formError: t(`members.accept.${outcome.kind}`) };
  const consolePath = `/${locale}/organise/campaigns/${outcome.campaignSlug}`;
  const current = await getCurrentUser();
  if (current?.email === outcome.email) redirect(consolePath);
  const ip = clientIpFrom(await headers(), env().trustedProxy);
  await requestSignInLink(db, { email: outcome.email, locale, callbackUrl: consolePath, ip }, authConfig(), new Date(), (task) =>
    after(() =>
      task().catch((error: unknown) => {
        // No address or token in the log: only what kind of failure it was.
        console.error(`placard: a sign-in link after an invitation could not be queued (${error instanceof Error ? error.name : "unknown error"})`);
      }),
    ),
  );
  redirect(`/${locale}/auth/check-email`);
}
