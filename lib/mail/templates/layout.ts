import { env } from "../../env";
import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";

// The frame every email shares: greeting, paragraphs, an optional action link, and a footer that says
// why the reader got this email. Plain text always; HTML is the same content, escaped, lightly styled.
// A template (lib/mail/templates/<name>.ts) is `(locale, data) => composeEmail(locale, {...})`.

export type EmailParts = {
  subject: string;
  /** Defaults to a neutral "Hello,". */
  greeting?: string;
  paragraphs: string[];
  /** One link the email is about (confirm, sign in...). Must be http(s). */
  action?: { label: string; url: string };
  /** Why the reader got this email, and what to do if it was not them. Required: no unexplained mail. */
  reason: string;
};

export type EmailContent = { subject: string; text: string; html: string; headers?: Record<string, string> };

export function composeEmail(locale: Locale, parts: EmailParts): EmailContent {
  const t = getTranslator(locale);
  const { appUrl } = env();
  const siteName = t("meta.siteName");
  const greeting = parts.greeting ?? t("mail.layout.greeting");
  const footer = t("mail.layout.footer", { siteName, appUrl });
  const action = parts.action && { label: parts.action.label, url: httpUrlOrThrow(parts.action.url) };

  const text = [
    greeting,
    ...parts.paragraphs,
    ...(action ? [`${action.label}:\n${action.url}`] : []),
    t("mail.layout.signature", { siteName }),
    `-- \n${parts.reason}\n${footer}`,
  ].join("\n\n");

  const p = (content: string, style = "") => `<p style="margin:0 0 16px;${style}">${escapeHtml(content).replace(/\r?\n/g, "<br>")}</p>`;
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${escapeHtml(parts.subject)}</title></head>`,
    `<body style="margin:0;padding:24px 16px;background:#f4f5f7;color:#1b1f24;font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif">`,
    `<div style="max-width:36rem;margin:0 auto;background:#ffffff;border:1px solid #d5d9e0;border-radius:4px;padding:24px">`,
    p(greeting),
    ...parts.paragraphs.map((paragraph) => p(paragraph)),
    action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#1f3a5f;color:#ffffff;font-weight:600;padding:12px 18px;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>` +
        p(`${t("mail.layout.actionFallback")}\n${action.url}`, "font-size:14px;color:#55606e;word-break:break-all")
      : "",
    p(t("mail.layout.signature", { siteName })),
    `</div>`,
    `<div style="max-width:36rem;margin:16px auto 0;font-size:13px;color:#55606e">${p(parts.reason)}${p(footer)}</div>`,
    `</body></html>`,
  ].join("\n");

  return { subject: parts.subject.replace(/[\r\n]+/g, " ").trim(), text, html };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function httpUrlOrThrow(value: string): string {
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("an email's action link must be an http(s) URL");
  return url.toString();
}

/** When a link in an email stops working, as the reader's language writes it (UTC, named). */
export function formatExpiry(locale: string, at: Date): string {
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" }).format(at);
}
