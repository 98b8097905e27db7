import { before, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { PRIVATE_EMAILS, seedPublicFixtures } from "../testing/public-fixtures";
import { listTemplateSummaries, loadComposerTemplate } from "../letters/public-templates";
import { getCallSheet } from "../targets/call-sheet";
import { listPublicEvents } from "../events/public-events";

// The read-only views that make a campaign's actions usable before their forms exist:
// letters to copy, numbers to call, pickets held.

function assertNoSupporterData(shape: unknown) {
  const json = JSON.stringify(shape);
  for (const email of Object.values(PRIVATE_EMAILS)) assert.ok(!json.includes(email), `contains ${email}`);
  for (const name of ["Private Organiser", "Private Reporter", "Private Sender"]) assert.ok(!json.includes(name), `contains ${name}`);
}

describeOnDatabases("the campaign's letters, call sheet and events", (db) => {
  let campaign: { id: string; defaultLocale: string };
  before(async () => {
    const { live } = await seedPublicFixtures(db());
    campaign = { id: live.id, defaultLocale: live.defaultLocale };
  });

  it("lists published templates only, protest first, and the composer holds one with its targets", async () => {
    const templates = await listTemplateSummaries(db(), campaign, "en");
    assert.deepEqual(templates.map((t) => [t.slug, t.kind]), [["protest-embassy", "PROTEST"], ["solidarity", "SOLIDARITY"]]);
    const protest = await loadComposerTemplate(db(), "live-campaign", "protest-embassy", "en");
    assert.equal(protest?.body, "Dear Ambassador,\n\nI, {{name}}, protest.");
    assert.deepEqual(protest?.targets.map((t) => [t.name, t.country, t.city]), [["Test Embassy in Germany", "DE", "Berlin"]]);
  });

  it("gives a Russian reader the Russian letter, and the English one where there is no Russian", async () => {
    const templates = await listTemplateSummaries(db(), campaign, "ru");
    assert.deepEqual(templates.map((t) => t.title), ["Protest to the embassy", "Солидарность с бастующими"]);
  });

  it("lists the offices that have a phone, by country, with the script in the default language as a fallback", async () => {
    const sheet = await getCallSheet(db(), campaign, "ru");
    assert.deepEqual(sheet.script, { text: "Say who you are.", locale: "en", isFallback: true });
    assert.deepEqual([...(sheet.nearest ? [sheet.nearest.target] : []), ...sheet.others].map((t) => [t.country, t.name]), [["DE", "Test Embassy in Germany"]]);
  });

  it("shows published events only, upcoming soonest first and past with their approved reports", async () => {
    const { upcoming, past } = await listPublicEvents(db(), campaign.id);
    assert.deepEqual(upcoming.map((e) => e.title), ["Running vigil", "Future picket"]);
    assert.deepEqual(past.map((e) => e.title), ["Past picket"]);
    assert.deepEqual(past[0]?.reports.map((r) => [r.attendance, r.body, r.pressLinks]), [[50, "About fifty came.", ["https://news.example.com/a"]]]);
    assert.equal(past[0]?.organisationName, "Test Branch");
  });

  it("never returns a supporter's email or name", async () => {
    for (const locale of ["en", "ru", "de"]) {
      assertNoSupporterData(await listTemplateSummaries(db(), campaign, locale));
      assertNoSupporterData(await loadComposerTemplate(db(), "live-campaign", "protest-embassy", locale));
      assertNoSupporterData(await getCallSheet(db(), campaign, locale));
    }
    assertNoSupporterData(await listPublicEvents(db(), campaign.id));
  });
});
