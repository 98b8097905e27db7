import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { register } from "node:module";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getTranslator } from "@/lib/i18n/translate";

// What the list, the event's page and its poster show alike, as the browser gets it. CSS modules come
// back as their class names.
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function load(url, context, next) { return url.endsWith(".module.css") ? { format: "module", shortCircuit: true, source: "export default new Proxy({}, { get: (_, name) => String(name) });" } : next(url, context); }`,
    ),
);
const { EventReports, EventWhen, eventPlace } = await import("./event-parts");

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");

describe("an event's parts", () => {
  it("gives the time in the event's own zone, named, and the end as a time on the same day", () => {
    const event = { startsAt: new Date("2026-12-10T16:00:00Z"), endsAt: new Date("2026-12-10T18:00:00Z"), timeZone: "Asia/Almaty" };
    const html = renderToStaticMarkup(createElement(EventWhen, { event, locale: "en", t: getTranslator("en") }));
    assert.equal(text(html), "Thursday, December 10, 2026 at 9:00 PM (GMT+5), until 11:00 PM");
    assert.match(html, /<time dateTime="2026-12-10T16:00:00.000Z">/);
  });

  it("names the place with the street on the event's page, without it in lists, and the country in the reader's language", () => {
    const place = { venue: "Outside the consulate", streetAddress: "Konsulatstraße 1", city: "Köln", country: "DE" };
    assert.equal(eventPlace(place, "ru", { withStreet: true }), "Outside the consulate, Konsulatstraße 1, Köln, Германия");
    assert.equal(eventPlace(place, "en"), "Outside the consulate, Köln, Germany");
    assert.equal(eventPlace({ ...place, streetAddress: null }, "de", { withStreet: true }), "Outside the consulate, Köln, Deutschland");
  });

  it("shows each approved report: how many came, what happened, the press links (http only)", () => {
    const reports = [
      { attendance: 40, body: "We read the **names** aloud.", pressLinks: ["https://news.example.org/picket", "javascript:alert(1)"], createdAt: new Date(), photos: [] },
    ];
    const html = renderToStaticMarkup(createElement(EventReports, { reports, t: getTranslator("en"), headingLevel: 3 }));
    assert.match(html, /<h3>Report<\/h3>/);
    assert.match(html, /40 people took part/);
    assert.match(html, /<strong>names<\/strong>/);
    assert.match(html, /<a href="https:\/\/news\.example\.org\/picket" rel="nofollow noopener">news\.example\.org\/picket<\/a>/);
    assert.doesNotMatch(html, /href="javascript:/);
  });
});
