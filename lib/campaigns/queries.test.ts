import { before, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { PRIVATE_EMAILS, seedPublicFixtures } from "../testing/public-fixtures";
import { getCampaignForPage, getCampaignHeader, listLiveCampaigns } from "./queries";

function assertNoPrivateEmail(shape: unknown) {
  const json = JSON.stringify(shape);
  for (const email of Object.values(PRIVATE_EMAILS)) assert.ok(!json.includes(email), `a public shape contains ${email}`);
  assert.ok(!json.includes("Private Signer") && !json.includes("Private Organiser"), "a public shape contains a supporter's name");
}

describeOnDatabases("the public campaign pages' queries", (db) => {
  before(async () => {
    await seedPublicFixtures(db());
  });

  it("lists live campaigns only, in the reader's language, with their open petitions' signatures", async () => {
    const cards = await listLiveCampaigns(db(), "ru");
    assert.deepEqual(
      cards.map((c) => [c.slug, c.title, c.textLocale, c.openPetitionCount, c.signatureCount]),
      [["live-campaign", "Справедливость для нефтяников", "ru", 1, 1234]],
    );
  });

  it("hides a draft campaign: not found, not even its header", async () => {
    assert.equal(await getCampaignForPage(db(), "draft-campaign", "en"), null);
    assert.equal(await getCampaignHeader(db(), "draft-campaign", "en"), null);
    assert.equal(await getCampaignForPage(db(), "no-such-campaign", "en"), null);
  });

  it("gives the appeal and the demands in order, in Russian for a Russian reader", async () => {
    const page = await getCampaignForPage(db(), "live-campaign", "ru");
    assert.ok(page);
    assert.deepEqual(page.text, {
      locale: "ru", isFallback: false, title: "Справедливость для нефтяников", summary: "В бастующих стреляли.",
      appeal: "Мы **требуем** справедливости.",
    });
    assert.equal(page.hasCallScript, true, "the English call script serves Russian readers too");
    assert.deepEqual(page.demands, [
      { position: 1, text: "Освободить адвоката бастующих", locale: "ru" },
      { position: 2, text: "Восстановить всех уволенных", locale: "ru" },
      { position: 3, text: "An independent inquiry", locale: "en" },
    ]);
  });

  it("falls back to the campaign's default language for a German reader, and says so", async () => {
    const page = await getCampaignForPage(db(), "live-campaign", "de");
    assert.equal(page?.text.locale, "en");
    assert.equal(page?.text.isFallback, true);
    assert.equal(page?.text.title, "Justice for the oil workers");
    assert.deepEqual(page?.demands.map((d) => d.locale), ["en", "en", "en"]);
  });

  it("counts only what the public may see: open petitions, approved sponsors, published letters and events", async () => {
    const page = await getCampaignForPage(db(), "live-campaign", "en");
    assert.ok(page);
    assert.deepEqual(page.petitions, [{ slug: "open-petition", title: "Free the lawyer", titleLocale: "en", signatureCount: 1234, goal: 10000 }]);
    assert.equal(page.approvedSponsorCount, 2);
    assert.deepEqual(page.templates.map((t) => [t.kind, t.title]), [["PROTEST", "Protest to the embassy"], ["SOLIDARITY", "Solidarity with the strikers"]]);
    assert.deepEqual(page.events, { upcoming: 2, past: 1 });
    assert.equal(page.hasPhoneTargets, true);
    assert.equal(page.donateUrl, "https://donate.example.org/live");
  });

  it("shows the campaign's three latest news posts, newest first, with fallbacks", async () => {
    const page = await getCampaignForPage(db(), "live-campaign", "ru");
    assert.deepEqual(page?.news.map((n) => [n.slug, n.locale]), [["english-only", "en"], ["russian-only", "ru"], ["both-languages", "ru"]]);
  });

  it("never returns a supporter's email or name in any shape", async () => {
    for (const locale of ["en", "ru", "de"]) {
      assertNoPrivateEmail(await listLiveCampaigns(db(), locale));
      assertNoPrivateEmail(await getCampaignForPage(db(), "live-campaign", locale));
      assertNoPrivateEmail(await getCampaignHeader(db(), "live-campaign", locale));
    }
  });
});
