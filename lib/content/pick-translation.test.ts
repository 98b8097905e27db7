import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { langAttribute, pickTranslation } from "./pick-translation";

const versions = [
  { locale: "ru", title: "Свободу Наталье Соколовой" },
  { locale: "en", title: "Free Natalia Sokolova" },
];

describe("pickTranslation: which language a reader gets", () => {
  it("gives the reader's language when the campaign has it", () => {
    assert.deepEqual(pickTranslation(versions, "ru", "en"), { locale: "ru", title: "Свободу Наталье Соколовой", isFallback: false });
  });

  it("falls back to the campaign's default language and says so", () => {
    assert.deepEqual(pickTranslation(versions, "de", "en"), { locale: "en", title: "Free Natalia Sokolova", isFallback: true });
    assert.equal(pickTranslation(versions, "de", "ru")?.locale, "ru");
  });

  it("still shows some version when neither language exists", () => {
    const picked = pickTranslation([{ locale: "kk", title: "Жаңаөзен" }], "de", "en");
    assert.equal(picked?.title, "Жаңаөзен");
    assert.equal(picked?.isFallback, true);
  });

  it("gives nothing when there is no text at all", () => {
    assert.equal(pickTranslation([], "en", "en"), null);
  });
});

describe("langAttribute", () => {
  it("marks only text that is not in the page's language", () => {
    assert.equal(langAttribute("en", "en"), undefined);
    assert.equal(langAttribute("en", "de"), "en");
  });
});
