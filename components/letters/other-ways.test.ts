import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getTranslator } from "@/lib/i18n/translate";
import { otherWaysLabels } from "@/lib/letters/offline-labels";
import type { MailAppState } from "@/lib/letters/offline-state";
import { MailAppResult } from "./mail-app-result";
import { OtherWaysButtons } from "./other-ways";

// The page as the browser gets it before any JavaScript runs: the two buttons post the composer's form.

describe("the other ways of sending, before JavaScript", () => {
  it("are two submit buttons of the composer's form, posting it to the mail-app page and to the PDF", () => {
    const html = renderToStaticMarkup(createElement(OtherWaysButtons, { labels: otherWaysLabels(getTranslator("en")) }));
    assert.match(html, /<button type="submit"[^>]*formAction="\/api\/letters\/mail-app"[^>]*formMethod="post"[^>]*>Open in my mail app<\/button>/i);
    assert.match(html, /<button type="submit"[^>]*formAction="\/api\/letters\/print"[^>]*formMethod="post"[^>]*>Print \(PDF\)<\/button>/i);
    assert.doesNotMatch(html, /<form/);
  });

  it("shows per target the link, or the subject, the text to copy and the addresses beside it", () => {
    const state: MailAppState = {
      messages: [
        { target: "Embassy in Berlin", to: ["embassy@example.org"], cc: ["copies@example.org"], subject: "Free them", body: "Dear Embassy", href: "mailto:embassy@example.org?cc=copies@example.org&subject=Free%20them&body=Dear%20Embassy" },
        { target: "Oil Company", to: ["ceo@example.org"], cc: ["copies@example.org"], subject: "Free them", body: "Dear Oil Company, a long letter" },
      ],
      labels: { ready: "Ready.", openTo: ["Open in my mail app: to Embassy in Berlin", "x"], tooLong: ["x", "Too long for Oil Company:"], noAddress: ["", ""], to: "To", cc: "Cc", subject: "Subject", text: "Text to copy" },
    };
    const html = renderToStaticMarkup(createElement(MailAppResult, { state }));
    assert.match(html, /<a class="button" href="mailto:embassy@example.org\?cc=copies@example.org&amp;subject=Free%20them&amp;body=Dear%20Embassy">Open in my mail app: to Embassy in Berlin<\/a>/);
    assert.match(html, /Too long for Oil Company:/);
    assert.match(html, /<dt>To<\/dt><dd>ceo@example.org<\/dd><dt>Cc<\/dt><dd>copies@example.org<\/dd>/);
    assert.match(html, /<textarea[^>]*readOnly=""[^>]*>Dear Oil Company, a long letter<\/textarea>/i);
    assert.match(html, /<input[^>]*readOnly=""[^>]*value="Free them"/i);
  });
});
