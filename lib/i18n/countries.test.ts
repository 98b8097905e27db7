import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { countryFromText, countryName, countryOptions } from "./countries";

describe("a country typed as text", () => {
  it("is found by its name in any of the three languages, case and accents aside", () => {
    assert.equal(countryFromText("Germany"), "DE");
    assert.equal(countryFromText("  deutschland "), "DE");
    assert.equal(countryFromText("Германия"), "DE");
    assert.equal(countryFromText("Osterreich"), "AT");
    assert.equal(countryFromText("Österreich"), "AT");
    assert.equal(countryFromText("cote d'ivoire"), "CI");
  });

  it("is found by a common alias or its two-letter code", () => {
    assert.equal(countryFromText("UK"), "GB");
    assert.equal(countryFromText("Russia"), "RU");
    assert.equal(countryFromText("kz"), "KZ");
  });

  it("takes back every name the pages show, in every language", () => {
    for (const locale of ["en", "ru", "de"] as const) {
      for (const { code, name } of countryOptions(locale)) assert.equal(countryFromText(name), code, `${name} (${locale})`);
    }
    assert.equal(countryFromText(countryName("KR", "de")), "KR");
  });

  it("finds nothing for empty text, a misspelling or a code that is no country", () => {
    assert.equal(countryFromText(""), null);
    assert.equal(countryFromText("Germny"), null);
    assert.equal(countryFromText("XX"), null);
    assert.equal(countryFromText("<script>"), null);
  });
});
