import type { Database } from "../db/client";
import { isLocale } from "../i18n/config";
import { getTranslator } from "../i18n/translate";
import { clientIpFrom, type TrustedProxy } from "../security/client-ip";
import { isCrossSite } from "../signatures/sign-request";
import { openInMailApp } from "./offline-mailto";
import type { MailAppState } from "./offline-state";

// POST /api/letters/mail-app: "Open in my mail app" without JavaScript (components/letters/other-ways.tsx).
// The same work as openInMailAppAction, answered as a small page of its own: per target the mailto: link,
// or the text to copy with the addresses beside it, and a way back to the letter.

export type MailAppPageContext = { db: () => Promise<Database>; appUrl: string; trustedProxy: TrustedProxy; now?: Date };

export async function answerMailAppPageRequest(request: Request, context: MailAppPageContext): Promise<Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    form = new FormData();
  }
  const rawLocale = form.get("locale");
  const locale = typeof rawLocale === "string" && isLocale(rawLocale) ? rawLocale : "en";
  const t = getTranslator(locale);
  if (isCrossSite(request.headers, context.appUrl)) return page(403, locale, t("letterOffline.pageTitle"), `<p>${escape(t("letterOffline.crossSite"))}</p>`);
  const state = await openInMailApp(await context.db(), form, { ip: clientIpFrom(request.headers, context.trustedProxy), now: context.now });
  const [campaign, template] = [form.get("campaign"), form.get("template")];
  const back =
    typeof campaign === "string" && typeof template === "string" && campaign && template
      ? `/${locale}/campaigns/${encodeURIComponent(campaign)}/letters/${encodeURIComponent(template)}`
      : `/${locale}`;
  const body = `${resultHtml(state)}<p><a href="${escape(back)}">${escape(t("letterOffline.back"))}</a></p>`;
  const status = state.messages ? 200 : state.formError === t("letterOffline.rateLimited") ? 429 : 400;
  return page(status, locale, t("letterOffline.pageTitle"), body);
}

/** The same content as components/letters/mail-app-result.tsx, as HTML text. */
function resultHtml(state: MailAppState): string {
  const problems = [state.formError, ...Object.values(state.fieldErrors ?? {})].filter((m): m is string => !!m);
  if (!state.messages || !state.labels) return problems.map((m) => `<p role="alert">${escape(m)}</p>`).join("");
  const { labels } = state;
  const items = state.messages.map((m, i) => {
    if (m.href) return `<li><p><a href="${escape(m.href)}">${escape(labels.openTo[i]!)}</a></p></li>`;
    const addresses = [
      m.to.length ? `<dt>${escape(labels.to)}</dt><dd>${escape(m.to.join(", "))}</dd>` : "",
      m.cc.length ? `<dt>${escape(labels.cc)}</dt><dd>${escape(m.cc.join(", "))}</dd>` : "",
    ].join("");
    return `<li><p>${escape(m.to.length ? labels.tooLong[i]! : labels.noAddress[i]!)}</p><dl>${addresses}</dl><p><label for="s${i}">${escape(labels.subject)}</label><br><input id="s${i}" readonly size="60" value="${escape(m.subject)}"></p><p><label for="t${i}">${escape(labels.text)}</label><br><textarea id="t${i}" readonly rows="14" cols="70">${escape(m.body)}</textarea></p></li>`;
  });
  return `<p>${escape(labels.ready)}</p><ol>${items.join("")}</ol>`;
}

function page(status: number, locale: string, title: string, body: string): Response {
  const html = `<!doctype html><html lang="${escape(locale)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1>${escape(title)}</h1>${body}</body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
