import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { getTranslator } from "../i18n/translate";
import { fillPlaceholders } from "./placeholders";
import { letterDate, readerValues } from "./reader-values";

describe("a text shown before the reader acts on it", () => {
  const now = new Date("2026-12-03T23:30:00Z");
  it("is filled for the office, the campaign and today, the sender's details as blanks", () => {
    const text = "Dear {{target_name}} ({{target_city}}, {{target_country}}), {{date}}\n{{demands}}\n{{sender_name}}, {{sender_city}}, {{sender_country}} — {{campaign_title}}";
    const filled = fillPlaceholders(text, readerValues(getTranslator("en"), "en", { campaignTitle: "Justice", demands: "1. Free them.", target: { name: "Embassy", city: "Berlin", country: "DE" }, now }));
    assert.equal(filled, "Dear Embassy (Berlin, Germany), December 3, 2026\n1. Free them.\n[your name], [your city], [your country] — Justice");
  });
  it("names the sender's country where the page knows it, and leaves the office's placeholders without an office", () => {
    const values = readerValues(getTranslator("de"), "de", { campaignTitle: "Gerechtigkeit", demands: "", target: null, senderCountry: "KZ", now });
    assert.equal(fillPlaceholders("{{sender_country}} / {{target_name}}", values), "Kasachstan / {{target_name}}");
    assert.equal(letterDate("ru", now), "3 декабря 2026 г.");
  });
});
