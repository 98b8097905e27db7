import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { composeEmail, type EmailContent } from "./layout";

// Asks a supporter to confirm a signature (the first time, or again as a capped reminder). The link opens
// /[locale]/signatures/confirm, which confirms only when its button is pressed: a mail scanner that
// opens links confirms nothing. It holds nothing the signer typed (not even the name): until the link is
// used, nobody knows that the address belongs to the person who typed it (issue 9).

export type SignatureConfirmationData = {
  petitionTitle: string;
  confirmUrl: string;
  validDays: number;
  isReminder: boolean;
};

export function signatureConfirmationEmail(locale: Locale, data: SignatureConfirmationData): EmailContent {
  const t = getTranslator(locale);
  const title = data.petitionTitle;
  return composeEmail(locale, {
    subject: t("signature.email.confirmSubject", { title }),
    greeting: t("signature.email.greetingWithoutName"),
    paragraphs: [
      data.isReminder ? t("signature.email.reminderBody", { title }) : t("signature.email.confirmBody", { title }),
      t("signature.email.validity", { days: data.validDays }),
    ],
    action: { label: t("signature.email.button"), url: data.confirmUrl },
    reason: t("signature.email.ignore"),
  });
}
