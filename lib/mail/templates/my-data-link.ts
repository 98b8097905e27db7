import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { composeEmail, type EmailContent } from "./layout";

// The link to a supporter's own data (/[locale]/my-data). It holds nothing the requester typed: no name,
// no address, only the link, which opens a page whose button must be pressed (a mail scanner opens nothing).

export function myDataLinkEmail(locale: Locale, data: { url: string; validMinutes: number }): EmailContent {
  const t = getTranslator(locale);
  const siteName = t("meta.siteName");
  return composeEmail(locale, {
    subject: t("myData.emailSubject", { siteName }),
    paragraphs: [t("myData.emailBody", { siteName }), t("myData.emailValidity", { minutes: data.validMinutes })],
    action: { label: t("myData.emailButton"), url: data.url },
    reason: t("myData.emailIgnore"),
  });
}
