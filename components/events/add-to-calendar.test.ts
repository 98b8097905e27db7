import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { register } from "node:module";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { env } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/translate";

// The links as the browser gets them (no JavaScript): the event's own file, and the campaign's feed to
// subscribe to. Node cannot import a CSS module: a loader hands the component its class names as they are.
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function load(url, context, next) { return url.endsWith(".module.css") ? { format: "module", shortCircuit: true, source: "export default new Proxy({}, { get: (_, name) => String(name) });" } : next(url, context); }`,
    ),
);
const { AddToCalendar } = await import("./add-to-calendar");

describe("add to calendar", () => {
  it("links the event's .ics file, and the campaign's feed as a webcal:// subscription and as https", () => {
    const feed = `${env().appUrl}/feeds/ru/campaigns/zhanaozen/events.ics`;
    const html = renderToStaticMarkup(createElement(AddToCalendar, { locale: "ru", campaignSlug: "zhanaozen", eventId: "ev1", t: getTranslator("ru") }));
    assert.match(html, /<a href="\/feeds\/ru\/campaigns\/zhanaozen\/events\/ev1\.ics" type="text\/calendar" download="">Добавить в календарь \(\.ics\)<\/a>/);
    assert.match(html, new RegExp(`<a href="${feed.replace(/^https?:\/\//, "webcal://").replace(/\./g, "\\.")}">Подписаться на все акции</a>`));
    assert.match(html, new RegExp(`<a href="${feed.replace(/\./g, "\\.")}">${feed.replace(/\./g, "\\.")}</a>`));
  });

  it("without an event, offers only the campaign's feed", () => {
    const html = renderToStaticMarkup(createElement(AddToCalendar, { locale: "en", campaignSlug: "zhanaozen", t: getTranslator("en") }));
    assert.doesNotMatch(html, /\.ics" type="text\/calendar"|Add to calendar/);
    assert.match(html, />Subscribe to all events<\/a>/);
  });
});
