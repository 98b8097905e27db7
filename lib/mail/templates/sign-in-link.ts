import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";

// The magic-link email. The link opens our confirmation page (/[locale]/auth/confirm), which signs in
// only when its button is pressed, so a mail scanner that opens links cannot use the link up.

export type SignInLinkData = { url: string };

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

export function signInLinkEmail(locale: Locale, { url }: SignInLinkData): { subject: string; text: string; html: string } {
  const t = getTranslator(locale);
  const site = t("meta.siteName");
  const subject = t("auth.email.subject", { site });
  const text = [
    t("auth.email.greeting"),
    "",
    t("auth.email.body", { site }),
    "",
    url,
    "",
    t("auth.email.validity"),
    "",
    t("auth.email.ignore"),
    "",
    `-- ${site}`,
  ].join("\n");
  const href = escapeHtml(url);
  const html = `<!doctype html>
<html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1f24;max-width:36rem;margin:0 auto;padding:1rem">
<p>${escapeHtml(t("auth.email.greeting"))}</p>
<p>${escapeHtml(t("auth.email.body", { site }))}</p>
<p><a href="${href}" style="display:inline-block;background:#1f3a5f;color:#ffffff;padding:0.65rem 1.1rem;border-radius:4px;text-decoration:none;font-weight:600">${escapeHtml(t("auth.email.button"))}</a></p>
<p style="word-break:break-all;font-size:0.9rem"><a href="${href}">${href}</a></p>
<p>${escapeHtml(t("auth.email.validity"))}</p>
<p style="color:#55606e">${escapeHtml(t("auth.email.ignore"))}</p>
</body></html>`;
  return { subject, text, html };
}
