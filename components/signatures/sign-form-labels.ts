import type { Translator } from "@/lib/i18n/translate";

/** Every string the sign form shows, translated on the server (the browser gets no catalogue). */
export function signFormLabels(t: Translator) {
  return {
    name: t("signature.form.name"),
    email: t("signature.form.email"),
    emailHint: t("signature.form.emailHint"),
    country: t("signature.form.country"),
    countryPlaceholder: t("signature.form.countryPlaceholder"),
    city: t("signature.form.city"),
    organisation: t("signature.form.organisation"),
    role: t("signature.form.role"),
    comment: t("signature.form.comment"),
    commentHint: t("signature.form.commentHint"),
    optional: t("signature.form.optional"),
    choicesLegend: t("signature.form.choicesLegend"),
    isPublic: t("signature.form.isPublic"),
    isPublicHint: t("signature.form.isPublicHint"),
    deliveryConsent: t("signature.form.deliveryConsent"),
    deliveryConsentHint: t("signature.form.deliveryConsentHint"),
    wantsUpdates: t("signature.form.wantsUpdates"),
    wantsUpdatesHint: t("signature.form.wantsUpdatesHint"),
    honeypot: t("signature.form.honeypot"),
    consentHeading: t("signature.form.consentHeading"),
    submit: t("signature.form.submit"),
    submitting: t("signature.form.submitting"),
    sendFailed: t("signature.form.sendFailed"),
  };
}

export type SignFormLabels = ReturnType<typeof signFormLabels>;
