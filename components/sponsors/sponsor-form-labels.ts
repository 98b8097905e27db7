import type { Translator } from "@/lib/i18n/translate";

// Every string the sponsor form shows, translated on the server (the browser never loads a catalogue).
export function sponsorFormLabels(t: Translator) {
  return {
    kindLegend: t("sponsors.form.kindLegend"),
    kindIndividual: t("sponsors.form.kindIndividual"),
    kindOrganisation: t("sponsors.form.kindOrganisation"),
    individualLegend: t("sponsors.form.individualLegend"),
    organisationLegend: t("sponsors.form.organisationLegend"),
    optional: t("sponsors.form.optional"),
    name: t("sponsors.form.name"),
    nameHint: t("sponsors.form.nameHint"),
    role: t("sponsors.form.role"),
    roleHint: t("sponsors.form.roleHint"),
    organisation: t("sponsors.form.organisation"),
    organisationHint: t("sponsors.form.organisationHint"),
    organisationName: t("sponsors.form.organisationName"),
    organisationKind: t("sponsors.form.organisationKind"),
    organisationKindPlaceholder: t("sponsors.form.organisationKindPlaceholder"),
    website: t("sponsors.form.website"),
    websiteHint: t("sponsors.form.websiteHint"),
    contactName: t("sponsors.form.contactName"),
    contactNameHint: t("sponsors.form.contactNameHint"),
    commonLegend: t("sponsors.form.commonLegend"),
    country: t("sponsors.form.country"),
    countryPlaceholder: t("sponsors.form.countryPlaceholder"),
    email: t("sponsors.form.email"),
    emailHint: t("sponsors.form.emailHint"),
    consentLegend: t("sponsors.form.consentLegend"),
    consent: t("sponsors.consent.text"),
    submit: t("sponsors.form.submit"),
    submitting: t("sponsors.form.submitting"),
    honeypot: t("sponsors.form.honeypot"),
    errorSummary: t("sponsors.form.errorSummary"),
    privacy: t("sponsors.form.privacy"),
  };
}

export type SponsorFormLabels = ReturnType<typeof sponsorFormLabels>;
