import type { OrganiserRole } from "../../generated/prisma/enums";
import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { composeEmail, formatExpiry, type EmailContent } from "./layout";

// An invitation to a campaign's team (lib/members/invite.ts). Nothing typed by anyone but the campaign's
// own title; the link opens a page that asks the invited address to sign in before it joins.

export type CampaignInvitationData = { campaignTitle: string; role: OrganiserRole; acceptUrl: string; expiresAt: Date };

export function campaignInvitationEmail(locale: Locale, data: CampaignInvitationData): EmailContent {
  const t = getTranslator(locale);
  const campaign = data.campaignTitle;
  const date = formatExpiry(locale, data.expiresAt);
  return composeEmail(locale, {
    subject: t("members.email.subject", { campaign }),
    greeting: t("members.email.greeting"),
    paragraphs: [t("members.email.body", { campaign, role: t(`organise.organiserRoles.${data.role}`) }), t("members.email.expiry", { date })],
    action: { label: t("members.email.button"), url: data.acceptUrl },
    reason: t("members.email.ignore"),
  });
}
