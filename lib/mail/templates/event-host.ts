import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { composeEmail, formatExpiry, type EmailContent } from "./layout";

// The emails a picket's host gets (lib/events): the confirmation link (nothing the host typed: the
// address has not confirmed yet, decision 017), then, to the confirmed address, the private link, the
// moderator's decision (published, or rejected with the reason).

export function eventConfirmationEmail(locale: Locale, data: { campaignTitle: string; confirmUrl: string; expiresAt: Date }): EmailContent {
  const t = getTranslator(locale);
  const campaign = data.campaignTitle;
  return composeEmail(locale, {
    subject: t("eventMail.confirm.subject", { campaign }),
    greeting: t("eventMail.greeting"),
    paragraphs: [t("eventMail.confirm.body", { campaign }), t("eventMail.confirm.expiry", { date: formatExpiry(locale, data.expiresAt) })],
    action: { label: t("eventMail.confirm.button"), url: data.confirmUrl },
    reason: t("eventMail.confirm.ignore"),
  });
}

export function eventHostLinkEmail(locale: Locale, data: { campaignTitle: string; title: string; hostUrl: string; published: boolean }): EmailContent {
  const t = getTranslator(locale);
  return composeEmail(locale, {
    subject: t("eventMail.hostLink.subject", { title: data.title }),
    greeting: t("eventMail.greeting"),
    paragraphs: [
      data.published ? t("eventMail.hostLink.published", { title: data.title }) : t("eventMail.hostLink.waiting", { title: data.title }),
      t("eventMail.hostLink.body"),
      t("eventMail.hostLink.keep"),
    ],
    action: { label: t("eventMail.hostLink.button"), url: data.hostUrl },
    reason: t("eventMail.reason", { campaign: data.campaignTitle }),
  });
}

export function eventPublishedEmail(locale: Locale, data: { campaignTitle: string; title: string; eventUrl: string }): EmailContent {
  const t = getTranslator(locale);
  return composeEmail(locale, {
    subject: t("eventMail.published.subject", { title: data.title }),
    greeting: t("eventMail.greeting"),
    paragraphs: [t("eventMail.published.body", { title: data.title, campaign: data.campaignTitle }), t("eventMail.published.share")],
    action: { label: t("eventMail.published.button"), url: data.eventUrl },
    reason: t("eventMail.reason", { campaign: data.campaignTitle }),
  });
}

export function eventRejectedEmail(locale: Locale, data: { campaignTitle: string; title: string; reason: string }): EmailContent {
  const t = getTranslator(locale);
  return composeEmail(locale, {
    subject: t("eventMail.rejected.subject", { title: data.title }),
    greeting: t("eventMail.greeting"),
    paragraphs: [t("eventMail.rejected.body", { title: data.title, campaign: data.campaignTitle }), t("eventMail.rejected.reason", { reason: data.reason }), t("eventMail.rejected.after")],
    reason: t("eventMail.reason", { campaign: data.campaignTitle }),
  });
}

/**
 * The day before the event (a reminder to update or cancel it), and an hour after its end (the request for
 * the report), to the host's confirmed address, each with a new private link (lib/events/reminders.ts).
 */
export function eventHostNudgeEmail(locale: Locale, data: { kind: "reminder" | "report"; campaignTitle: string; title: string; when: string; place: string; hostUrl: string; reportUrl: string }): EmailContent {
  const t = getTranslator(locale);
  const reason = t("eventMail.reason", { campaign: data.campaignTitle });
  if (data.kind === "reminder") {
    return composeEmail(locale, {
      subject: t("eventMail.reminder.subject", { title: data.title }),
      greeting: t("eventMail.greeting"),
      paragraphs: [t("eventMail.reminder.body", { title: data.title, when: data.when, place: data.place }), t("eventMail.reminder.change"), t("eventMail.newLink")],
      action: { label: t("eventMail.reminder.button"), url: data.hostUrl },
      reason,
    });
  }
  return composeEmail(locale, {
    subject: t("eventMail.reportRequest.subject", { title: data.title }),
    greeting: t("eventMail.greeting"),
    paragraphs: [t("eventMail.reportRequest.body", { title: data.title }), t("eventMail.reportRequest.faces"), t("eventMail.newLink")],
    action: { label: t("eventMail.reportRequest.button"), url: data.reportUrl },
    reason,
  });
}
