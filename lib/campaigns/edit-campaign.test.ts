import { it } from "node:test";
import assert from "node:assert/strict";
import { ActionRefusal } from "../organise/action-refusal";
import { seedOrganiserWorld } from "../petitions/organiser-fixtures";
import { describeOnDatabases } from "../testing/db";
import { getEditableCampaign, translationGaps } from "./console-queries";
import {
  addDemand,
  campaignSettingsSchema,
  campaignTextsSchema,
  changeCampaignStatus,
  editDemand,
  goLiveGaps,
  moveDemand,
  retireDemand,
  saveCampaignSettings,
  saveCampaignTexts,
} from "./edit-campaign";
import { getCallSheet } from "../targets/call-sheet";
import { getCampaignForPage, getCampaignHeader } from "./queries";

// Issue 10: owners and editors write their campaign (texts per language, settings, demands) and move it
// from draft to live and closed. Every refusal writes nothing.

const refusedWith = (key: string) => (error: unknown) => {
  assert.ok(error instanceof ActionRefusal, String(error));
  assert.equal(error.messageKey, key);
  return true;
};

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describeOnDatabases("writing a campaign", (db) => {
  it("the texts' schema refuses an empty appeal and HTML, and keeps Markdown", () => {
    assert.deepEqual(fieldErrors(campaignTextsSchema.safeParse({ textLocale: "en", title: "A", summary: "", appeal: "   " })), { appeal: "campaigns.errors.appealRequired" });
    assert.deepEqual(fieldErrors(campaignTextsSchema.safeParse({ textLocale: "en", title: "A", summary: "", appeal: "Read <script>alert(1)</script>" })), { appeal: "campaigns.errors.appealHtml" });
    assert.deepEqual(fieldErrors(campaignTextsSchema.safeParse({ textLocale: "xx", title: "", summary: "", appeal: "x" })), { textLocale: "campaigns.errors.localeInvalid", title: "campaigns.errors.titleRequired" });
    const ok = campaignTextsSchema.parse({ textLocale: "en", title: " A ", summary: "", appeal: "**Free** them: <https://example.org> and a < b" });
    assert.equal(ok.title, "A");
  });

  it("a translation is saved per language, counted as done, and read by the public page in that language", async () => {
    const w = await seedOrganiserWorld(db());
    await db().prisma.campaign.update({ where: { id: w.campaign.id }, data: { locales: ["en", "ru", "de"] } });
    let c = (await getEditableCampaign(db(), w.organiser, w.campaign.id))!;
    assert.deepEqual(translationGaps(c, "de"), { fields: ["title", "summary", "appeal"], demands: 3 });
    assert.deepEqual(translationGaps(c, "ru"), { fields: [], demands: 0 });

    await db().prisma.$transaction((tx) => saveCampaignTexts(tx, w.campaign.id, campaignTextsSchema.parse({ textLocale: "de", title: "Gerechtigkeit", summary: "Kurz.", appeal: "Wir fordern." })));
    await db().prisma.$transaction((tx) => editDemand(tx, w.campaign.id, { demandId: w.demands[0]!.id, text: { de: "Den Tarifvertrag überprüfen" } }));
    c = (await getEditableCampaign(db(), w.organiser, w.campaign.id))!;
    assert.deepEqual(translationGaps(c, "de"), { fields: [], demands: 2 });

    const page = (await getCampaignForPage(db(), w.campaign.slug, "de"))!;
    assert.equal(page.text.title, "Gerechtigkeit");
    assert.equal(page.text.isFallback, false);
    assert.deepEqual(page.demands.map((d) => d.locale), ["de", "en", "en"], "untranslated demands fall back to the main language");

    // A language the campaign does not offer is refused, and nothing is written.
    await db().prisma.campaign.update({ where: { id: w.campaign.id }, data: { locales: ["en", "ru"] } });
    await assert.rejects(
      db().prisma.$transaction((tx) => saveCampaignTexts(tx, w.campaign.id, campaignTextsSchema.parse({ textLocale: "de", title: "Neu", summary: "", appeal: "Neu." }))),
      refusedWith("campaigns.errors.localeNotOffered"),
    );
    assert.equal((await db().prisma.campaignTranslation.findFirstOrThrow({ where: { campaignId: w.campaign.id, locale: "de" } })).title, "Gerechtigkeit");
  });

  it("the call script is written per language with the letters' placeholders, and the call sheet reads it; an unknown placeholder is refused at its field", async () => {
    const w = await seedOrganiserWorld(db());
    const save = (callScript: string) =>
      db().prisma.$transaction((tx) => saveCampaignTexts(tx, w.campaign.id, campaignTextsSchema.parse({ textLocale: "en", title: "Justice", summary: "", appeal: "Free them.", callScript })));
    await save("Hello {{target_name}}, I call about:\n{{demands}}");
    const sheet = await getCallSheet(db(), { id: w.campaign.id, defaultLocale: "en" }, "en");
    assert.equal(sheet.script?.text, "Hello {{target_name}}, I call about:\n{{demands}}");

    await assert.rejects(save("Hello {{caller_phone}}"), (error: unknown) => error instanceof ActionRefusal && error.messageKey === "letterTemplates.errors.unknownPlaceholder" && error.field === "callScript");
    await assert.rejects(save("Hello {{ target_name | upper }}"), (error: unknown) => error instanceof ActionRefusal && error.messageKey === "letterTemplates.errors.expression");
    assert.equal((await db().prisma.campaignTranslation.findFirstOrThrow({ where: { campaignId: w.campaign.id, locale: "en" } })).callScript, "Hello {{target_name}}, I call about:\n{{demands}}", "a refused script changes nothing");

    await save("");
    assert.equal((await getCallSheet(db(), { id: w.campaign.id, defaultLocale: "en" }, "en")).script, null, "an emptied script leaves the call page without one");
    assert.deepEqual(fieldErrors(campaignTextsSchema.safeParse({ textLocale: "en", title: "A", summary: "", appeal: "x", callScript: "x".repeat(5001) })), { callScript: "campaigns.errors.callScriptTooLong" });
  });

  it("settings: the main language must be offered, copy addresses are email addresses, the donation link is https", async () => {
    const w = await seedOrganiserWorld(db());
    assert.deepEqual(fieldErrors(campaignSettingsSchema.safeParse({ defaultLocale: "de", locales: ["en"], appealDate: "", country: "", donateUrl: "", copyToEmails: "" })), { locales: "campaigns.errors.defaultNotOffered" });
    assert.deepEqual(
      fieldErrors(campaignSettingsSchema.safeParse({ defaultLocale: "en", locales: ["en"], appealDate: "2025-02-30", country: "XX", donateUrl: "http://example.org", copyToEmails: "a@example.org, not-an-address" })),
      { appealDate: "campaigns.errors.dateInvalid", country: "campaigns.errors.countryInvalid", donateUrl: "campaigns.errors.donateUrlInvalid", copyToEmails: "campaigns.errors.copyToInvalid" },
    );
    assert.deepEqual(fieldErrors(campaignSettingsSchema.safeParse({ defaultLocale: "en", locales: ["en"], appealDate: "2025-13-01", country: "", donateUrl: "", copyToEmails: "" })), { appealDate: "campaigns.errors.dateInvalid" });
    const input = campaignSettingsSchema.parse({ defaultLocale: "ru", locales: ["ru", "en"], appealDate: "2025-12-19", country: "kz", donateUrl: "https://example.org/give", copyToEmails: "Copies@Example.org\ncopies@example.org; press@example.org" });
    await db().prisma.$transaction((tx) => saveCampaignSettings(tx, w.campaign.id, input));
    const row = await db().prisma.campaign.findUniqueOrThrow({ where: { id: w.campaign.id } });
    assert.equal(row.defaultLocale, "ru");
    assert.equal(row.country, "KZ");
    assert.equal(row.appealDate?.toISOString(), "2025-12-19T00:00:00.000Z");
    assert.deepEqual(row.copyToEmails, ["copies@example.org", "press@example.org"]);
    assert.equal((await getCampaignForPage(db(), w.campaign.slug, "en"))!.country, "KZ");
  });

  it("demands: added last, reordered through their neighbours, out of range refused, retired off the page and the new-petition choices", async () => {
    const w = await seedOrganiserWorld(db());
    const [first, second, third] = w.demands.map((d) => d.id);
    const order = async () => (await db().prisma.demand.findMany({ where: { campaignId: w.campaign.id, retiredAt: null }, orderBy: { position: "asc" }, select: { id: true } })).map((d) => d.id);

    const added = await db().prisma.$transaction((tx) => addDemand(tx, w.campaign.id, "Pay the wages owed"));
    assert.deepEqual(await order(), [first, second, third, added.id]);

    await db().prisma.$transaction((tx) => moveDemand(tx, w.campaign.id, { demandId: added.id, direction: "up" }));
    assert.deepEqual(await order(), [first, second, added.id, third]);
    await assert.rejects(db().prisma.$transaction((tx) => moveDemand(tx, w.campaign.id, { demandId: first!, direction: "up" })), refusedWith("campaigns.errors.demandFirst"));
    await assert.rejects(db().prisma.$transaction((tx) => moveDemand(tx, w.campaign.id, { demandId: third!, direction: "down" })), refusedWith("campaigns.errors.demandLast"));
    // Another campaign's demand is not found here.
    await assert.rejects(db().prisma.$transaction((tx) => moveDemand(tx, w.campaign.id, { demandId: w.otherDemand.id, direction: "up" })), refusedWith("campaigns.errors.demandGone"));
    assert.deepEqual(await order(), [first, second, added.id, third], "refused moves changed nothing");

    // The main language's text may not be emptied; another language's emptied falls back.
    await assert.rejects(db().prisma.$transaction((tx) => editDemand(tx, w.campaign.id, { demandId: first!, text: { en: "" } })), refusedWith("campaigns.errors.demandRequired"));
    await db().prisma.$transaction((tx) => editDemand(tx, w.campaign.id, { demandId: first!, text: { ru: "" } }));
    assert.equal(await db().prisma.demandTranslation.count({ where: { demandId: first! } }), 1);

    await db().prisma.$transaction((tx) => retireDemand(tx, w.campaign.id, second!, true));
    const page = (await getCampaignForPage(db(), w.campaign.slug, "en"))!;
    assert.deepEqual(page.demands.map((d) => d.text), ["Review the collective agreement", "Pay the wages owed", "Free the strikers' lawyer"]);
    await assert.rejects(db().prisma.$transaction((tx) => retireDemand(tx, w.campaign.id, second!, true)), refusedWith("campaigns.errors.demandGone"));
    await db().prisma.$transaction((tx) => retireDemand(tx, w.campaign.id, second!, false));
    assert.equal((await getCampaignForPage(db(), w.campaign.slug, "en"))!.demands.length, 4);
  });

  it("a draft is hidden from the public and refused going live until it has a title, an appeal and a demand; closing closes its petitions", async () => {
    const w = await seedOrganiserWorld(db());
    const draft = await db().prisma.campaign.create({
      data: { slug: `draft-${w.tag}`, status: "DRAFT", defaultLocale: "en", locales: ["en"], translations: { create: { locale: "en", title: "A draft", summary: "", appeal: "" } }, organisers: { create: { userId: w.organiser.id, role: "OWNER" } } },
      select: { id: true, slug: true },
    });
    assert.equal(await getCampaignHeader(db(), draft.slug, "en"), null, "a draft is not public");
    assert.ok(await getCampaignForPage(db(), draft.slug, "en", w.organiser), "its team previews it");
    assert.equal(await getCampaignForPage(db(), draft.slug, "en", w.otherOrganiser), null, "another campaign's organiser does not");

    assert.deepEqual(await goLiveGaps(db().prisma, draft.id), ["appeal", "demand"]);
    await assert.rejects(db().prisma.$transaction((tx) => changeCampaignStatus(tx, draft.id, "LIVE")), refusedWith("campaigns.errors.notReady"));
    assert.equal((await db().prisma.campaign.findUniqueOrThrow({ where: { id: draft.id } })).status, "DRAFT");

    await db().prisma.$transaction((tx) => saveCampaignTexts(tx, draft.id, campaignTextsSchema.parse({ textLocale: "en", title: "A draft", summary: "", appeal: "Free them." })));
    await db().prisma.$transaction((tx) => addDemand(tx, draft.id, "Free them"));
    assert.deepEqual(await goLiveGaps(db().prisma, draft.id), []);
    const live = await db().prisma.$transaction((tx) => changeCampaignStatus(tx, draft.id, "LIVE"));
    assert.deepEqual(live, { from: "DRAFT", closedPetitions: 0 });
    assert.ok(await getCampaignHeader(db(), draft.slug, "en"), "live: public");
    await assert.rejects(db().prisma.$transaction((tx) => changeCampaignStatus(tx, draft.id, "LIVE")), refusedWith("campaigns.errors.statusChanged"));

    // Closing the campaign closes its open petitions (not its drafts), and its page stays readable.
    for (const [slug, status] of [["open-one", "OPEN"], ["open-two", "OPEN"], ["a-draft", "DRAFT"]] as const) {
      await db().prisma.petition.create({ data: { campaignId: w.campaign.id, slug, status, locales: ["en"], openedAt: status === "OPEN" ? new Date() : null } });
    }
    const closed = await db().prisma.$transaction((tx) => changeCampaignStatus(tx, w.campaign.id, "CLOSED"));
    assert.deepEqual(closed, { from: "LIVE", closedPetitions: 2 });
    assert.equal(await db().prisma.petition.count({ where: { campaignId: w.campaign.id, status: "DRAFT" } }), 1);
    assert.equal(await db().prisma.petition.count({ where: { campaignId: w.campaign.id, status: "OPEN" } }), 0);
    assert.ok(await getCampaignHeader(db(), w.campaign.slug, "en"), "a closed campaign stays readable");
  });
});
