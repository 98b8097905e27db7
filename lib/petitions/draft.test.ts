import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { draftPetition, joinNames } from "./draft";

const demands = [
  { texts: { en: "Reinstate every sacked oil worker.", ru: "Восстановить на работе всех уволенных нефтяников." } },
  { texts: { en: "Free the strikers' lawyer.", ru: "Освободить адвоката бастующих." } },
];
const targets = [{ name: "The Presidential Office" }, { name: "KazMunayGaz" }, { name: "CITIC" }];
const campaignTitles = { en: "Justice for Zhanaozen", ru: "Справедливость для Жанаозена" };

describe("drafting a petition from demands", () => {
  it("writes one draft per language, with the demands numbered in the chosen order", () => {
    const drafts = draftPetition({ locales: ["en", "ru"], fallbackLocale: "en", demands, targets, campaignTitles });
    assert.equal(drafts.length, 2);
    const [en, ru] = drafts;
    assert.equal(en!.locale, "en");
    assert.match(en!.body, /^We, the undersigned/);
    assert.match(en!.body, /\n1\. Reinstate every sacked oil worker\.\n2\. Free the strikers' lawyer\.$/);
    assert.match(ru!.body, /^Мы, нижеподписавшиеся/);
    assert.match(ru!.body, /1\. Восстановить на работе всех уволенных нефтяников\./);
  });

  it("joins the targets' names the way each language joins a list", () => {
    const [en, ru] = draftPetition({ locales: ["en", "ru"], fallbackLocale: "en", demands, targets, campaignTitles });
    assert.equal(en!.addressee, "The Presidential Office, KazMunayGaz, and CITIC");
    assert.equal(ru!.addressee, "The Presidential Office, KazMunayGaz и CITIC");
    assert.equal(joinNames(["Akorda", "KazMunayGaz"], "de"), "Akorda und KazMunayGaz");
    assert.equal(joinNames(["Akorda"], "en"), "Akorda");
  });

  it("titles a single-demand petition with the demand, and a longer one with the campaign and the count", () => {
    const [single] = draftPetition({ locales: ["en"], fallbackLocale: "en", demands: [demands[1]!], targets, campaignTitles });
    assert.equal(single!.title, "Free the strikers' lawyer");
    const [en, ru] = draftPetition({ locales: ["en", "ru"], fallbackLocale: "en", demands, targets, campaignTitles });
    assert.equal(en!.title, "Justice for Zhanaozen: 2 demands");
    assert.equal(ru!.title, "Справедливость для Жанаозена: 2 требования");
  });

  it("falls back to the default language's text where a demand is not translated, and to a neutral addressee", () => {
    const [de] = draftPetition({
      locales: ["de"],
      fallbackLocale: "en",
      demands: [{ texts: { en: "Pay the wages lost during the strike." } }],
      targets: [],
      campaignTitles,
    });
    assert.match(de!.body, /^Wir, die Unterzeichnenden/);
    assert.match(de!.body, /1\. Pay the wages lost during the strike\.$/);
    assert.equal(de!.addressee, "An die Verantwortlichen");
  });
});
