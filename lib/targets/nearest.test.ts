import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { countryFromAcceptLanguage, proposeNearestTarget, readerCountry, type NearestCandidate } from "./nearest";

const t = (id: string, kind: NearestCandidate["kind"], country: string, extra: Partial<NearestCandidate> = {}): NearestCandidate => ({
  id, kind, name: id, represents: "KZ", country, city: null, accreditedTo: [], ...extra,
});
const directory = [
  t("embassy-berlin", "EMBASSY", "DE"),
  t("consulate-frankfurt", "CONSULATE", "DE"),
  t("consulate-istanbul", "CONSULATE", "TR"),
  t("embassy-vienna", "EMBASSY", "AT", { accreditedTo: ["SI", "SK"] }),
  t("embassy-of-another-state", "EMBASSY", "SI", { represents: "UZ" }),
  t("ministry", "GOVERNMENT_OFFICE", "KZ"),
];
const ask = (country: string | null) => proposeNearestTarget(directory, { country, represents: "KZ", fallbackTargetId: "ministry" });

describe("the nearest target for a supporter's country", () => {
  it("proposes the embassy of the target state in the supporter's country, before a consulate there", () => {
    assert.deepEqual([ask("DE")?.target.id, ask("DE")?.reason], ["embassy-berlin", "embassyInCountry"]);
  });
  it("proposes a consulate where the state has no embassy", () => {
    assert.deepEqual([ask("TR")?.target.id, ask("TR")?.reason], ["consulate-istanbul", "consulateInCountry"]);
  });
  it("proposes the embassy accredited to the country from abroad, not another state's embassy there", () => {
    assert.deepEqual([ask("SI")?.target.id, ask("SI")?.reason], ["embassy-vienna", "accreditedToCountry"]);
  });
  it("falls back to the campaign's fallback target, or to nothing when there is none", () => {
    assert.deepEqual([ask("BR")?.target.id, ask("BR")?.reason], ["ministry", "fallback"]);
    assert.deepEqual([ask(null)?.target.id, ask(null)?.reason], ["ministry", "fallback"]);
    assert.equal(proposeNearestTarget(directory, { country: "BR", represents: "KZ", fallbackTargetId: null }), null);
  });
  it("reads a country suggestion from the browser's languages, region first found", () => {
    assert.equal(countryFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8"), "DE");
    assert.equal(countryFromAcceptLanguage("en;q=0.9, pt-br;q=0.8"), "BR");
    assert.equal(countryFromAcceptLanguage("ru"), null);
    assert.equal(countryFromAcceptLanguage(undefined), null);
  });
  it("takes the country the reader typed over the browser's, and says when the typed one is no country", () => {
    assert.deepEqual(readerCountry("Deutschland", "en-GB"), { country: "DE", typed: "Deutschland", unknown: false });
    assert.deepEqual(readerCountry(" gb ", "de-DE"), { country: "GB", typed: "gb", unknown: false });
    assert.deepEqual(readerCountry("", "de-DE"), { country: "DE", typed: "", unknown: false });
    assert.deepEqual(readerCountry(["DE", "FR"], "fr-FR"), { country: "FR", typed: "", unknown: false }, "a repeated parameter is ignored");
    assert.deepEqual(readerCountry("Narnia", "de-DE"), { country: null, typed: "Narnia", unknown: true });
  });
});
