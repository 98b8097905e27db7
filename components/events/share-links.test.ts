import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { register } from "node:module";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getTranslator } from "@/lib/i18n/translate";

// Share links as the browser gets them (no JavaScript): each app's own address with the text and the
// page's address in it, whatever the title holds. CSS modules come back as their class names.
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function load(url, context, next) { return url.endsWith(".module.css") ? { format: "module", shortCircuit: true, source: "export default new Proxy({}, { get: (_, name) => String(name) });" } : next(url, context); }`,
    ),
);
const { ShareLinks } = await import("./share-links");

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));

describe("share links", () => {
  it("puts the text and the address into an email, WhatsApp and Telegram, and shows the address to copy", () => {
    const url = "https://placard.example.org/ru/campaigns/zhanaozen/events/ev1";
    const text = "Пикет: Jobs & justice? #Zhanaozen";
    const html = renderToStaticMarkup(createElement(ShareLinks, { url, text, t: getTranslator("ru") }));
    const [mail, whatsApp, telegram] = hrefs(html);
    const mailto = new URL(mail!);
    assert.equal(mailto.protocol, "mailto:");
    assert.equal(mailto.searchParams.get("subject"), text);
    assert.equal(mailto.searchParams.get("body"), `${text}\n${url}`);
    assert.doesNotMatch(mail!, /\+/, "a + would show as a plus in some mail apps");
    assert.equal(new URL(whatsApp!).origin, "https://wa.me");
    assert.equal(new URL(whatsApp!).searchParams.get("text"), `${text} ${url}`);
    const tg = new URL(telegram!);
    assert.equal(tg.origin + tg.pathname, "https://t.me/share/url");
    assert.deepEqual([tg.searchParams.get("url"), tg.searchParams.get("text")], [url, text]);
    assert.match(html, new RegExp(`<input id="event-address" [^>]*type="url" readOnly="" value="${url.replace(/\./g, "\\.")}"`));
    assert.match(html, /<label[^>]*for="event-address">Адрес этой страницы, чтобы скопировать<\/label>/);
  });
});
