import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { composeEmail, type EmailContent } from "./layout";

// A campaign's news post, to a supporter who chose "email me news about this campaign" and confirmed
// their address (lib/news/email-news.ts). The title and summary the campaign's team wrote, a link to
// the whole post, and a one-click unsubscribe (List-Unsubscribe, RFC 8058) in the headers and the footer.

export type CampaignNewsData = {
  campaignTitle: string;
  /** The language the post's texts are in (the supporter's, or the campaign's default). */
  postLocale: Locale;
  kind: string;
  title: string;
  summary: string;
  postUrl: string;
  unsubscribeUrl: string;
};

export function campaignNewsEmail(locale: Locale, data: CampaignNewsData): EmailContent {
  const t = getTranslator(locale);
  const campaign = data.campaignTitle;
  const notTranslated = data.postLocale !== locale ? [t("newsMail.notTranslated")] : [];
  const content = composeEmail(locale, {
    subject: t("newsMail.subject", { campaign, title: data.title }),
    greeting: t("newsMail.greeting"),
    paragraphs: [...notTranslated, `${data.kind}: ${data.title}`, data.summary],
    action: { label: t("newsMail.read"), url: data.postUrl },
    reason: t("newsMail.reason", { campaign, url: data.unsubscribeUrl }),
  });
  return {
    ...content,
    headers: { "List-Unsubscribe": `<${data.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
