import { z } from "zod";
import type { Database } from "../db/client";
import { CampaignStatus, TemplateStatus, type LetterKind, type TargetKind } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import { plainTextOnly } from "../forms/plain-text";
import { readForm } from "../forms/read-form";
import { countryFromText, countryName } from "../i18n/countries";
import { isLocale, type Locale } from "../i18n/config";
import { fillPlaceholders, numberedDemands, type PlaceholderValues } from "./placeholders";
import { letterDate } from "./reader-values";
import { chooseLetterText } from "./variants";

// One letter as a supporter composes it, whichever way it then goes (through Placard, the supporter's own
// mail app, or on paper): the form's fields, checked; the template, published, of a live campaign; the
// targets, only from the template's own list in the campaign's directory (recipients never come from the
// form); and per target the text, filled as plain text. Every way of sending starts here.

export const MAX_TARGETS_PER_LETTER = 5;

const line = (max: number) => z.string().trim().max(max, "errors.tooLong");
const optionalLine = (max: number) => line(max).optional().transform((v) => (v ? v : undefined));

const letterForm = z.strictObject({
  locale: z.string().refine(isLocale),
  campaign: z.string().min(1).max(200),
  template: z.string().min(1).max(200),
  name: line(120).min(1, "letterComposer.errors.nameRequired"),
  email: z.string().trim().max(254, "errors.tooLong").pipe(z.email("letterComposer.errors.emailInvalid")),
  organisation: optionalLine(160),
  city: optionalLine(120),
  /** Typed as text (a name in any language, or the code), with suggestions: see countryFromText. */
  country: z
    .string()
    .trim()
    .max(80, "letterComposer.errors.countryUnknown")
    .transform((v, ctx) => {
      const code = countryFromText(v);
      if (!code) ctx.addIssue({ code: "custom", message: v ? "letterComposer.errors.countryUnknown" : "letterComposer.errors.countryRequired" });
      return code ?? "";
    }),
  /** Target slugs, from the template's list. */
  targets: z.array(z.string().min(1).max(200)).min(1, "letterComposer.errors.targetRequired").max(MAX_TARGETS_PER_LETTER, "letterComposer.errors.tooManyTargets"),
  /** The sender's own wording, where the template allows it. */
  subject: optionalLine(250),
  body: z.string().max(20_000, "errors.tooLong").optional().transform((v) => (v?.trim() ? v : undefined)),
  wallConsent: z.literal("on").optional(),
  /** The honeypot: people leave it empty. */
  website: z.string().max(0, "letterComposer.errors.honeypot").optional(),
});

export const letterFormSchema = plainTextOnly(letterForm, { multiline: ["body"] });
export type LetterFormInput = z.output<typeof letterForm>;

/** The form's fields as the schema takes them (targets may be posted several times), read as every form is (readForm). */
export function letterFormFields(form: FormData): Record<string, unknown> {
  return readForm(form, { lists: ["targets"], meta: [] }).fields;
}

export type ComposedTarget = {
  id: string;
  slug: string;
  kind: TargetKind;
  name: string;
  country: string;
  city: string | null;
  postalAddress: string | null;
  emails: string[];
  failingEmails: string[];
  pausedAt: Date | null;
  fax: string | null;
  hourlyCap: number | null;
  sendInOfficeHoursOnly: boolean;
  officeHours: string | null;
  timeZone: string | null;
};

export type ComposedLetter = {
  campaign: { id: string; slug: string; title: string; copyToEmails: string[]; letterHourlyCap: number };
  template: { id: string; slug: string; kind: LetterKind; editable: boolean; maxLength: number };
  locale: Locale;
  sender: { name: string; email: string; organisation: string | null; city: string | null; country: string };
  wallConsent: boolean;
  /** The letter before target placeholders are filled (the sender's wording if they edited it). */
  subject: string;
  body: string;
  /** Per target, its own message. */
  messages: { target: ComposedTarget; subject: string; body: string }[];
};

/** A letter that cannot be composed; `field` is where the form shows `message` (a catalogue key). */
export class LetterComposeError extends Error {
  constructor(
    public readonly field: string,
    public readonly messageKey: string,
  ) {
    super(`letter ${field}: ${messageKey}`);
    this.name = "LetterComposeError";
  }
}

const targetSelect = {
  id: true, slug: true, kind: true, name: true, country: true, city: true, postalAddress: true, emails: true, failingEmails: true,
  pausedAt: true, fax: true, hourlyCap: true, sendInOfficeHoursOnly: true, officeHours: true, timeZone: true,
} as const;

/**
 * Composes the letter. `seed` picks the subject and opening variants (the letter's id when it has one);
 * `now` is the letter's date.
 */
export async function composeLetter(db: Database, input: LetterFormInput, { seed, now = new Date() }: { seed: string; now?: Date }): Promise<ComposedLetter> {
  const locale = input.locale as Locale;
  const template = await db.prisma.letterTemplate.findFirst({
    where: { slug: input.template, status: TemplateStatus.PUBLISHED, campaign: { slug: input.campaign, status: CampaignStatus.LIVE } },
    select: {
      id: true, slug: true, kind: true, editable: true, maxLength: true,
      translations: { select: { locale: true, subject: true, body: true, subjectVariants: true, openingVariants: true } },
      targets: { select: { target: { select: targetSelect } } },
      campaign: {
        select: {
          id: true, slug: true, defaultLocale: true, copyToEmails: true, letterHourlyCap: true,
          translations: { select: { locale: true, title: true } },
          demands: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { translations: { select: { locale: true, text: true } } } },
        },
      },
    },
  });
  if (!template) throw new LetterComposeError("template", "letterComposer.errors.templateUnknown");
  const campaign = template.campaign;
  const text = pickTranslation(template.translations, locale, campaign.defaultLocale);
  if (!text) throw new LetterComposeError("template", "letterComposer.errors.templateUnknown");

  const allowed = new Map(template.targets.map(({ target }) => [target.slug, target]));
  const slugs = [...new Set(input.targets)];
  const targets = slugs.map((slug) => allowed.get(slug));
  if (targets.some((t) => !t)) throw new LetterComposeError("targets", "letterComposer.errors.targetUnknown");

  let subject: string;
  let body: string;
  if (template.editable && (input.subject || input.body)) {
    subject = input.subject ?? text.subject;
    body = input.body ?? text.body;
    if (body.length > template.maxLength) throw new LetterComposeError("body", "letterComposer.errors.bodyTooLong");
  } else {
    ({ subject, body } = chooseLetterText(text, seed));
  }

  const title = pickTranslation(campaign.translations, locale, campaign.defaultLocale)?.title ?? campaign.slug;
  const demands = numberedDemands(campaign.demands, locale, campaign.defaultLocale);
  const common: Omit<PlaceholderValues, "target_name" | "target_city" | "target_country"> = {
    sender_name: input.name,
    sender_organisation: input.organisation ?? "",
    sender_city: input.city ?? "",
    sender_country: countryName(input.country, locale),
    demands,
    campaign_title: title,
    date: letterDate(locale, now),
  };
  const messages = (targets as ComposedTarget[]).map((target) => {
    const values: PlaceholderValues = { ...common, target_name: target.name, target_city: target.city ?? "", target_country: countryName(target.country, locale) };
    return { target, subject: fillPlaceholders(subject, values).replace(/[\r\n]+/g, " ").trim(), body: fillPlaceholders(body, values) };
  });

  return {
    campaign: { id: campaign.id, slug: campaign.slug, title, copyToEmails: campaign.copyToEmails, letterHourlyCap: campaign.letterHourlyCap },
    template: { id: template.id, slug: template.slug, kind: template.kind, editable: template.editable, maxLength: template.maxLength },
    locale,
    sender: { name: input.name, email: input.email, organisation: input.organisation ?? null, city: input.city ?? null, country: input.country },
    wallConsent: input.wallConsent === "on",
    subject,
    body,
    messages,
  };
}
