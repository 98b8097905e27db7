import { z } from "zod";
import { env } from "../../env";
import { locales } from "../../i18n/config";
import { absoluteUrl, petitionPath, signatureConfirmPath } from "../../petitions/paths";
import type { EmailContent } from "./layout";
import { signatureAlreadySignedEmail } from "./signature-already-signed";
import { signatureConfirmationEmail } from "./signature-confirmation";
import { myDataLinkEmail } from "./my-data-link";
import { isSealedToken, unsealToken } from "../sealed-token";
import { dataLinkPath } from "../../my-data/paths";

// Emails queued by name and data, rendered by the worker when it sends (docs/decisions/011). A surge of
// signatures then writes a few hundred bytes per email instead of the finished text and HTML, and spends
// no time on rendering while the supporter waits. Each template validates its data on the way in
// (enqueueEmail) and again on the way out (renderTemplate), so a row the code no longer understands
// fails loudly instead of sending a broken email. Links are built when the email is rendered, from
// APP_URL as it is then.

const locale = z.enum(locales);
const line = z.string().min(1).max(300);


const templates = {
  /** The link that confirms a signature: first email, or a (capped) reminder. */
  "signature-confirmation": {
    data: z.strictObject({
      locale,
      name: line,
      petitionTitle: line,
      token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
      validDays: z.number().int().min(1).max(365),
      isReminder: z.boolean(),
    }),
    render: (d: { locale: (typeof locales)[number]; name: string; petitionTitle: string; token: string; validDays: number; isReminder: boolean }) =>
      signatureConfirmationEmail(d.locale, { ...d, confirmUrl: absoluteUrl(env().appUrl, signatureConfirmPath(d.locale, d.token)) }),
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
