import { z } from "zod";
import { env } from "../../env";
import { locales } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { signInLinkUrl } from "../../auth/sign-in-link-url";
import { absoluteUrl, petitionPath, signatureConfirmPath } from "../../petitions/paths";
import { isSealedToken, unsealToken } from "../sealed-token";
import type { EmailContent } from "./layout";
import { signInLinkEmail } from "./sign-in-link";
import { signatureAlreadySignedEmail } from "./signature-already-signed";
import { signatureConfirmationEmail } from "./signature-confirmation";
import { myDataLinkEmail } from "./my-data-link";
import { dataLinkPath } from "../../my-data/paths";
import { sponsorConfirmationEmail } from "./sponsor-confirmation";
import { sponsorRejectedEmail } from "./sponsor-rejected";
import { campaignInvitationEmail } from "./campaign-invitation";
import { OrganiserRole } from "../../generated/prisma/enums";
import { invitationPath } from "../../members/paths";
import { campaignNewsEmail } from "./campaign-news";
import { unsubscribeApiPath, unsubscribeToken } from "../../news/unsubscribe-token";
import { NewsKind } from "../../generated/prisma/enums";
import { letterConfirmationEmail } from "./letter-confirmation";
import { eventConfirmationEmail, eventHostLinkEmail, eventHostNudgeEmail, eventPublishedEmail, eventRejectedEmail } from "./event-host";
import { hostPath, hostReportPath } from "../../events/host-link";

// Emails queued by name and data, rendered by the worker when it sends (docs/decisions/011). A surge of
// signatures then writes a few hundred bytes per email instead of the finished text and HTML, and spends
// no time on rendering while the supporter waits. Each template validates its data on the way in
// (enqueueEmail) and again on the way out (renderTemplate), so a row the code no longer understands
// fails loudly instead of sending a broken email. Links are built when the email is rendered, from
// APP_URL as it is then.

const locale = z.enum(locales);
const line = z.string().min(1).max(300);
/**
 * A link's token, sealed (lib/mail/sealed-token.ts): a copy of the database alone holds no working link.
 * Rows queued before tokens were sealed hold the plain token; they still render.
 */
const sealed = z.string().max(200).refine(isSealedToken, "must be a sealed token");
const sealedOrPlain = z.union([sealed, z.string().regex(/^[A-Za-z0-9_-]{43}$/)]);
const openToken = (token: string) => (isSealedToken(token) ? unsealToken(token, env().authSecret) : token);

const templates = {
  /** The link that confirms a signature: first email, or a (capped) reminder. */
  "signature-confirmation": {
    // No text the signer typed: the address has not confirmed it is theirs (rows queued with a `name` still render, without it).
    data: z.strictObject({
      locale,
      name: line.optional(),
      petitionTitle: line,
      token: sealedOrPlain,
      validDays: z.number().int().min(1).max(365),
      isReminder: z.boolean(),
    }),
    render: (d: { locale: (typeof locales)[number]; petitionTitle: string; token: string; validDays: number; isReminder: boolean }) =>
      signatureConfirmationEmail(d.locale, { ...d, confirmUrl: absoluteUrl(env().appUrl, signatureConfirmPath(d.locale, openToken(d.token))) }),
  },
  /** The link that confirms a sponsor entry. The name the entry gives is on the page the link opens, not in the email. */
  "sponsor-confirmation": {
    data: z.strictObject({ locale, campaignTitle: z.string().max(300), token: sealed, expiresAt: z.iso.datetime() }),
    render: (d: { locale: (typeof locales)[number]; campaignTitle: string; token: string; expiresAt: string }) =>
      sponsorConfirmationEmail(d.locale, {
        campaignTitle: d.campaignTitle,
        confirmUrl: `${env().appUrl}/${d.locale}/sponsors/confirm?token=${encodeURIComponent(openToken(d.token))}`,
        expiresAt: new Date(d.expiresAt),
      }),
  },
  /** A moderator rejected a sponsor entry (lib/moderation/decide.ts): to its confirmed address, with the moderator's reason. */
  "sponsor-rejected": {
    data: z.strictObject({ locale, campaignTitle: z.string().max(300), reason: z.string().min(1).max(500) }),
    render: (d: { locale: (typeof locales)[number]; campaignTitle: string; reason: string }) => sponsorRejectedEmail(d.locale, d),
  },
  /** A magic link (lib/auth/request-link.ts). */
  "sign-in-link": {
    data: z.strictObject({ locale, email: z.email().max(254), token: sealed, callbackUrl: z.string().max(2000) }),
    render: (d: { locale: (typeof locales)[number]; email: string; token: string; callbackUrl: string }) =>
      signInLinkEmail(d.locale, { url: signInLinkUrl(env().appUrl, d.locale, { email: d.email, token: openToken(d.token), callbackUrl: d.callbackUrl }) }),
  },
  /** To an address whose signature already counts, when it signs again. */
  "signature-already-signed": {
    data: z.strictObject({ locale, name: line, petitionTitle: line, campaignSlug: line, petitionSlug: line }),
    render: (d: { locale: (typeof locales)[number]; name: string; petitionTitle: string; campaignSlug: string; petitionSlug: string }) =>
      signatureAlreadySignedEmail(d.locale, { ...d, petitionUrl: absoluteUrl(env().appUrl, petitionPath(d.locale, d)) }),
  },
  /** The link to a supporter's own data; its token is sealed in the outbox and opened only here. */
  "my-data-link": {
    data: z.strictObject({ locale, sealedToken: z.string().max(200).refine(isSealedToken, "must be a sealed token"), validMinutes: z.number().int().min(1).max(1440) }),
    render: (d: { locale: (typeof locales)[number]; sealedToken: string; validMinutes: number }) =>
      myDataLinkEmail(d.locale, { url: absoluteUrl(env().appUrl, dataLinkPath(d.locale, unsealToken(d.sealedToken, env().authSecret))), validMinutes: d.validMinutes }),
  },
  /** An invitation to a campaign's team (lib/members/invite.ts): a single-use link, sealed in the outbox. */
  "campaign-invitation": {
    data: z.strictObject({ locale, campaignTitle: z.string().max(300), role: z.enum(OrganiserRole), token: sealed, expiresAt: z.iso.datetime() }),
    render: (d: { locale: (typeof locales)[number]; campaignTitle: string; role: OrganiserRole; token: string; expiresAt: string }) =>
      campaignInvitationEmail(d.locale, {
        campaignTitle: d.campaignTitle,
        role: d.role,
        acceptUrl: absoluteUrl(env().appUrl, invitationPath(d.locale, openToken(d.token))),
        expiresAt: new Date(d.expiresAt),
      }),
  },
  /**
   * A campaign's news post (lib/news/email-news.ts), to a confirmed supporter who asked for news. The
   * one-click unsubscribe link is made here from the signature's id (lib/news/unsubscribe-token.ts).
   */
  "campaign-news": {
    data: z.strictObject({
      locale,
      postLocale: locale,
      campaignId: z.string().min(1).max(64),
      campaignTitle: z.string().max(300),
      kind: z.enum(NewsKind),
      title: z.string().min(1).max(200),
      summary: z.string().max(500),
      slug: z.string().regex(/^[a-z0-9-]{1,80}$/),
      signatureId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    }),
    render: (d: { locale: (typeof locales)[number]; postLocale: (typeof locales)[number]; campaignTitle: string; kind: NewsKind; title: string; summary: string; slug: string; signatureId: string }) =>
      campaignNewsEmail(d.locale, {
        campaignTitle: d.campaignTitle,
        postLocale: d.postLocale,
        kind: getTranslator(d.locale)(`news.kind.${d.kind}`),
        title: d.title,
        summary: d.summary,
        postUrl: absoluteUrl(env().appUrl, `/${d.locale}/news/${d.slug}`),
        unsubscribeUrl: absoluteUrl(env().appUrl, unsubscribeApiPath(d.locale, unsubscribeToken(d.signatureId, env().authSecret))),
      }),
  },
  /** The link that confirms a letter (lib/letters/send-letter.ts): the campaign's title and the targets' names, nothing the sender typed. */
  "letter-confirmation": {
    data: z.strictObject({ locale, campaignTitle: z.string().max(300), targetNames: z.array(line).min(1).max(10), token: sealed, validDays: z.number().int().min(1).max(365) }),
    render: (d: { locale: (typeof locales)[number]; campaignTitle: string; targetNames: string[]; token: string; validDays: number }) =>
      letterConfirmationEmail(d.locale, { ...d, confirmUrl: `${env().appUrl}/${d.locale}/letters/confirm?token=${encodeURIComponent(openToken(d.token))}` }),
  },
  /** The link that confirms a registered event (lib/events/register.ts): the campaign's title, nothing the host typed. */
  "event-confirmation": {
    data: z.strictObject({ locale, campaignTitle: z.string().max(300), token: sealed, expiresAt: z.iso.datetime() }),
    render: (d: { locale: (typeof locales)[number]; campaignTitle: string; token: string; expiresAt: string }) =>
      eventConfirmationEmail(d.locale, {
        campaignTitle: d.campaignTitle,
        confirmUrl: `${env().appUrl}/${d.locale}/events/confirm?token=${encodeURIComponent(openToken(d.token))}`,
        expiresAt: new Date(d.expiresAt),
      }),
  },
  /** The host's private link (lib/events/confirm.ts), to the address that has just confirmed. */
  "event-host-link": {
    data: z.strictObject({ locale, campaignTitle: z.string().max(300), title: line, token: sealed, published: z.boolean() }),
    render: (d: { locale: (typeof locales)[number]; campaignTitle: string; title: string; token: string; published: boolean }) =>
      eventHostLinkEmail(d.locale, { ...d, hostUrl: absoluteUrl(env().appUrl, hostPath(d.locale, openToken(d.token))) }),
  },
  /** A moderator published the event (lib/moderation/decide.ts). */
  "event-published": {
    data: z.strictObject({ locale, campaignTitle: z.string().max(300), title: line, campaignSlug: z.string().regex(/^[a-z0-9-]{1,80}$/), eventId: z.string().regex(/^[a-z0-9]{1,40}$/) }),
    render: (d: { locale: (typeof locales)[number]; campaignTitle: string; title: string; campaignSlug: string; eventId: string }) =>
      eventPublishedEmail(d.locale, { ...d, eventUrl: absoluteUrl(env().appUrl, `/${d.locale}/campaigns/${d.campaignSlug}/events/${d.eventId}`) }),
  },
  /** The day before (a reminder) and an hour after the end (the report's request), with a new private link (lib/events/reminders.ts). */
  "event-host-nudge": {
    data: z.strictObject({ locale, kind: z.enum(["reminder", "report"]), campaignTitle: z.string().max(300), title: line, when: z.string().max(120), place: z.string().max(400), token: sealed }),
    render: (d: { locale: (typeof locales)[number]; kind: "reminder" | "report"; campaignTitle: string; title: string; when: string; place: string; token: string }) => {
      const token = openToken(d.token);
      return eventHostNudgeEmail(d.locale, { ...d, hostUrl: absoluteUrl(env().appUrl, hostPath(d.locale, token)), reportUrl: absoluteUrl(env().appUrl, hostReportPath(d.locale, token)) });
    },
  },
  /** A moderator rejected the event, with the reason. */
  "event-rejected": {
    data: z.strictObject({ locale, campaignTitle: z.string().max(300), title: line, reason: z.string().min(1).max(500) }),
    render: (d: { locale: (typeof locales)[number]; campaignTitle: string; title: string; reason: string }) => eventRejectedEmail(d.locale, d),
  },
} as const;

export type TemplateName = keyof typeof templates;
export type TemplateData<N extends TemplateName> = z.input<(typeof templates)[N]["data"]>;
export const templateNames = Object.keys(templates) as TemplateName[];

export function isTemplateName(value: unknown): value is TemplateName {
  return typeof value === "string" && Object.hasOwn(templates, value);
}

/** The template's data, checked: the parsed data, or the first problem (its path names the field, never the value). */
export function checkTemplateData<N extends TemplateName>(name: N, data: unknown) {
  return templates[name].data.safeParse(data) as z.ZodSafeParseResult<TemplateData<N>>;
}

export function renderTemplate(name: string, data: unknown): EmailContent {
  if (!isTemplateName(name)) throw new Error(`unknown email template ${JSON.stringify(name)}`);
  const template = templates[name];
  const parsed = template.data.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`the data of email template ${name} does not fit it: ${issue.path.join(".") || "data"} ${issue.message}`);
  }
  // Each entry's render takes exactly what its own schema returns.
  return (template.render as (d: unknown) => EmailContent)(parsed.data);
}
