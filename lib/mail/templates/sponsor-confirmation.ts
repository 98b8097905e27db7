import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { composeEmail, formatExpiry, type EmailContent } from "./layout";

// Sent when someone adds a name to a campaign's sponsors. The link opens a page with a Confirm button
// (/[locale]/sponsors/confirm): opening it confirms nothing, so a mail scanner cannot confirm for anyone.
// The name that was typed is shown on that page, not here: the address has not confirmed anything yet,
// and the email must not carry a stranger's words to it (issue 9).

export type SponsorConfirmationData = { campaignTitle: string; confirmUrl: string; expiresAt: Date };

export function sponsorConfirmationEmail(locale: Locale, data: SponsorConfirmationData): EmailContent {
  const t = getTranslator(locale);
  const campaign = data.campaignTitle;
  const date = formatExpiry(locale, data.expiresAt);
  return composeEmail(locale, {
    subject: t("sponsors.email.subject", { campaign }),
    greeting: t("sponsors.email.greeting"),
    paragraphs: [t("sponsors.email.body", { campaign }), t("sponsors.email.expiry", { date }), t("sponsors.email.after")],
    action: { label: t("sponsors.email.button"), url: data.confirmUrl },
    reason: t("sponsors.email.ignore"),
  });
}
