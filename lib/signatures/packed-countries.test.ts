import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { signatureCountryOptions } from "./country-options";
import { packCountries, unpackCountries } from "./packed-countries";

describe("the sign form's packed country list", () => {
  it("unpacks to exactly the list the server built, in every language, and is much smaller than the list as JSON", () => {
    for (const locale of ["en", "ru", "de"]) {
      const list = signatureCountryOptions(locale);
      const packed = packCountries(list);
      assert.deepEqual(unpackCountries(packed), list);
      assert.ok(packed.length < JSON.stringify(list).length / 2, `${locale}: ${packed.length} vs ${JSON.stringify(list).length}`);
    }
    assert.ok(signatureCountryOptions("ru").some((c) => c.code === "KZ" && c.name === "Казахстан"));
  });

  it("keeps a name that contains the separator readable instead of splitting it", () => {
    assert.deepEqual(unpackCountries(packCountries([{ code: "XX", name: "A|B" }, { code: "KZ", name: "Kazakhstan" }])), [
      { code: "XX", name: "A/B" },
      { code: "KZ", name: "Kazakhstan" },
    ]);
    assert.deepEqual(unpackCountries(""), []);
  });
});
