import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { countryName } from "../i18n/countries";
import { groupSponsors } from "./grouping";

type S = { id: string; kind: "INDIVIDUAL" | "ORGANISATION"; name: string; country: string; organisationKind: "UNION_BRANCH" | "UNION" | "NGO" | null };
const org = (id: string, name: string, country: string, organisationKind: "UNION_BRANCH" | "UNION" | "NGO"): S => ({ id, kind: "ORGANISATION", name, country, organisationKind });
const person = (id: string, name: string, country: string): S => ({ id, kind: "INDIVIDUAL", name, country, organisationKind: null });

const sponsors = [
  person("1", "Zoe Example", "DE"),
  org("2", "Köln Metal Workers", "DE", "UNION_BRANCH"),
  org("3", "Northfield Branch", "GB", "UNION_BRANCH"),
  org("4", "Amnesty-like NGO", "GB", "NGO"),
  org("5", "Big Union", "GB", "UNION"),
  person("6", "anna example", "DE"),
  org("7", "Another Branch", "GB", "UNION_BRANCH"),
];

describe("the public list's grouping", () => {
  it("groups by country in the reader's alphabet, organisations by kind before individuals, with counts", () => {
    const grouped = groupSponsors(sponsors, (code) => countryName(code, "en"), "en");
    assert.deepEqual(grouped.totals, { total: 7, organisations: 5, individuals: 2, countries: 2 });
    assert.deepEqual(grouped.countries.map((c) => [c.countryName, c.count]), [["Germany", 3], ["United Kingdom", 4]]);
    const gb = grouped.countries[1]!;
    assert.deepEqual(gb.organisations.map((g) => [g.kind, g.sponsors.map((s) => s.name)]), [
      ["UNION_BRANCH", ["Another Branch", "Northfield Branch"]],
      ["UNION", ["Big Union"]],
      ["NGO", ["Amnesty-like NGO"]],
    ]);
    assert.deepEqual(gb.individuals, []);
    const de = grouped.countries[0]!;
    assert.deepEqual(de.individuals.map((s) => s.name), ["anna example", "Zoe Example"]);
  });

  it("sorts countries by their names in the reader's language", () => {
    const grouped = groupSponsors([person("1", "A", "DE"), person("2", "B", "AT"), person("3", "C", "KZ")], (code) => countryName(code, "ru"), "ru");
    assert.deepEqual(grouped.countries.map((c) => c.countryName), ["Австрия", "Германия", "Казахстан"]);
  });

  it("says nothing is there when nothing is approved", () => {
    assert.deepEqual(groupSponsors([], (c) => c, "en"), { totals: { total: 0, organisations: 0, individuals: 0, countries: 0 }, countries: [] });
  });
});
