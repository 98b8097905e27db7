import { z } from "zod";
import countries from "i18n-iso-countries";
import { OrganisationKind, SponsorKind } from "../generated/prisma/enums";
import { formFields } from "../forms/form-fields";
import { fieldErrorKeysFrom, type FieldErrorOptions } from "../forms/form-state";
import { plainTextOnly } from "../forms/plain-text";
import type { MessageKey } from "../i18n/translate";
import { isSafePublicText, tidyText } from "./text-rules";

// The one schema of the sponsor form (browser-safe). Two shapes, chosen by `kind`: an individual
// (name, role, organisation) or an organisation (name, kind, website, contact person). Both give a
// country and an email, and agree to be listed. Objects are strict: a posted `status=APPROVED` is
// refused, not ignored. Error messages are catalogue keys; the action translates them.

export const SPONSOR_KINDS = [SponsorKind.INDIVIDUAL, SponsorKind.ORGANISATION] as const;
export const ORGANISATION_KINDS = Object.values(OrganisationKind);

const NAME_MAX = 120;
const TEXT_MAX = 200;

const key = (k: MessageKey) => k;

function publicText(max: number, keys: { required: MessageKey; tooLong: MessageKey; unsafe: MessageKey }) {
  return z
    .string({ error: keys.required })
    .overwrite(tidyText)
    .min(1, keys.required)
    .max(max, keys.tooLong)
    .refine(isSafePublicText, keys.unsafe);
}

function optionalPublicText(max: number) {
  return z
    .string()
    .overwrite(tidyText)
    .max(max, key("sponsors.errors.textTooLong"))
    .refine(isSafePublicText, key("sponsors.errors.textUnsafe"))
    .optional()
    .transform((value) => value || undefined);
}

const personName = publicText(NAME_MAX, {
  required: "sponsors.errors.nameRequired",
  tooLong: "sponsors.errors.nameTooLong",
  unsafe: "sponsors.errors.nameUnsafe",
});

const country = z
  .string({ error: key("sponsors.errors.countryRequired") })
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), key("sponsors.errors.countryRequired"));

const email = z
  .string({ error: key("sponsors.errors.emailRequired") })
  .trim()
  .min(1, key("sponsors.errors.emailRequired"))
  .max(254, key("sponsors.errors.emailInvalid"))
  .pipe(z.email(key("sponsors.errors.emailInvalid")));

/** "yourunion.example.org" is taken to mean https://yourunion.example.org. */
function withScheme(value: string): string {
  return value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value;
}

const website = z
  .string({ error: key("sponsors.errors.websiteRequired") })
  .trim()
  .min(1, key("sponsors.errors.websiteRequired"))
  .max(300, key("sponsors.errors.websiteInvalid"))
  .overwrite(withScheme)
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: key("sponsors.errors.websiteInvalid") }));

const shared = {
  country,
  email,
  consent: z.literal("on", { error: key("sponsors.errors.consentRequired") }),
  /** The honeypot: people never see it; a filled one is a robot (answered as if all went well). */
  homepage: z.string().max(1000).optional(),
};

export const individualSponsorSchema = z.strictObject({
  kind: z.literal(SponsorKind.INDIVIDUAL),
  name: personName,
  role: optionalPublicText(NAME_MAX),
  organisation: optionalPublicText(TEXT_MAX),
  ...shared,
});

export const organisationSponsorSchema = z.strictObject({
  kind: z.literal(SponsorKind.ORGANISATION),
  organisationName: publicText(TEXT_MAX, {
    required: "sponsors.errors.organisationNameRequired",
    tooLong: "sponsors.errors.textTooLong",
    unsafe: "sponsors.errors.nameUnsafe",
  }),
  organisationKind: z.enum(OrganisationKind, { error: key("sponsors.errors.organisationKindRequired") }),
  website,
  contactName: optionalPublicText(NAME_MAX),
  ...shared,
});

export const sponsorSchema = plainTextOnly(
  z.discriminatedUnion("kind", [individualSponsorSchema, organisationSponsorSchema], {
    error: key("sponsors.errors.kindRequired"),
  }),
);

export type SponsorInput = z.output<typeof sponsorSchema>;
export type SponsorFormInput = z.input<typeof sponsorSchema>;

export const INDIVIDUAL_FIELDS = ["name", "role", "organisation"] as const;
export const ORGANISATION_FIELDS = ["organisationName", "organisationKind", "website", "contactName"] as const;
export const SHARED_FIELDS = ["kind", "country", "email", "consent"] as const;
export type SponsorField = (typeof INDIVIDUAL_FIELDS)[number] | (typeof ORGANISATION_FIELDS)[number] | (typeof SHARED_FIELDS)[number];
const ALL_FIELDS: readonly string[] = [...INDIVIDUAL_FIELDS, ...ORGANISATION_FIELDS, ...SHARED_FIELDS];

/**
 * The posted form as the schema's input. The page shows both sets of fields (it works without
 * JavaScript), so the set that does not belong to the chosen kind is dropped here; anything else
 * that was posted stays, for the strict schema to refuse.
 */
export function sponsorFormValues(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = formFields(form);
  const unused = values.kind === SponsorKind.INDIVIDUAL ? ORGANISATION_FIELDS : values.kind === SponsorKind.ORGANISATION ? INDIVIDUAL_FIELDS : [];
  for (const name of unused) delete values[name];
  // An untouched select posts "" for "choose one": that is a missing answer, not a wrong one.
  for (const name of ["organisationKind", "country"]) if (values[name] === "") delete values[name];
  return values;
}

export type SponsorFieldErrors = Partial<Record<SponsorField | "form", MessageKey>>;

/** The first message per field; anything that is not a field of the form becomes one form-level message. */
export function sponsorFieldErrors(error: z.ZodError): SponsorFieldErrors {
  return fieldErrorKeysFrom(error, SPONSOR_FORM_ERRORS) as SponsorFieldErrors;
}

/** How the sponsor form's issues are placed (lib/forms/form-state.ts). */
export const SPONSOR_FORM_ERRORS = { fields: ALL_FIELDS, fallback: "sponsors.errors.invalidForm" } as const satisfies FieldErrorOptions;
