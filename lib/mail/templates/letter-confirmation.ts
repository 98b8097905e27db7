import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { composeEmail, type EmailContent } from "./layout";

// Asks a supporter to confirm a letter before Placard sends it. It holds nothing the sender typed (not the
// name, not the letter's text): only the campaign's title, the targets' names and the link, whose page
// confirms only when its button is pressed (a mail scanner opening the link sends nothing).

export type LetterConfirmationData = { campaignTitle: string; targetNames: string[]; confirmUrl: string; validDays: number };

export function letterConfirmationEmail(locale: Locale, data: LetterConfirmationData): EmailContent {
  const t = getTranslator(locale);
  const title = data.campaignTitle;
  return composeEmail(locale, {
    subject: t("letterComposer.mail.confirmSubject", { title }),
    greeting: t("letterComposer.mail.greeting"),
    paragraphs: [
      t("letterComposer.mail.confirmBody", { title, targets: data.targetNames.join(", ") }),
      t("letterComposer.mail.validity", { days: data.validDays }),
    ],
    action: { label: t("letterComposer.mail.button"), url: data.confirmUrl },
    reason: t("letterComposer.mail.ignore"),
  });
}
