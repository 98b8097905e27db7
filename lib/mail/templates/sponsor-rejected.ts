import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { composeEmail, type EmailContent } from "./layout";

// Sent when a moderator rejects a sponsor entry, to the address the sponsor confirmed (so it asked to
// hear from the campaign about this entry), in the sponsor's language. The reason is the moderator's.

export type SponsorRejectedData = { campaignTitle: string; reason: string };

export function sponsorRejectedEmail(locale: Locale, data: SponsorRejectedData): EmailContent {
  const t = getTranslator(locale);
  const campaign = data.campaignTitle;
  return composeEmail(locale, {
    subject: t("moderationQueue.email.subject", { campaign }),
    greeting: t("moderationQueue.email.greeting"),
    paragraphs: [t("moderationQueue.email.body", { campaign }), t("moderationQueue.email.reason", { reason: data.reason }), t("moderationQueue.email.after")],
    reason: t("moderationQueue.email.why", { campaign }),
  });
}
