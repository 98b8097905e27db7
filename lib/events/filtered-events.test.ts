import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { liveCampaign } from "../sponsors/test-world";
import { listEventCountries } from "./filtered-events";
import { parseEventFilter } from "./event-filters";
import { listPublicEvents } from "./public-events";
import { publishedEvent } from "./test-events";

const NOW = new Date("2026-12-01T10:00:00Z");

describeOnDatabases("the events list's filters", (db) => {
  let campaignId = "";
  const titles = async (filter: Parameters<typeof listPublicEvents>[3]) => {
    const { upcoming, past } = await listPublicEvents(db(), campaignId, NOW, filter);
    return { upcoming: upcoming.map((e) => e.title), past: past.map((e) => e.title) };
  };

  it("narrows by country, kind and the day in each event's own time zone, in the query", async () => {
    campaignId = (await liveCampaign(db())).id;
    const other = (await liveCampaign(db())).id;
    await publishedEvent(db(), campaignId, { title: "Cologne picket", local: "2026-12-10T17:00", timeZone: "Europe/Berlin", country: "DE" });
    // 23:30 in Almaty on the 10th is 18:30 UTC on the 10th; 00:30 on the 11th is 19:30 UTC on the 10th.
    await publishedEvent(db(), campaignId, { title: "Almaty vigil late", local: "2026-12-10T23:30", timeZone: "Asia/Almaty", country: "KZ", kind: "VIGIL" });
    await publishedEvent(db(), campaignId, { title: "Almaty vigil after midnight", local: "2026-12-11T00:30", timeZone: "Asia/Almaty", country: "KZ", kind: "VIGIL" });
    await publishedEvent(db(), campaignId, { title: "Berlin rally last month", local: "2026-11-20T12:00", timeZone: "Europe/Berlin", country: "DE", kind: "RALLY" });
    await publishedEvent(db(), campaignId, { title: "Unconfirmed in Bonn", local: "2026-12-10T12:00", timeZone: "Europe/Berlin", country: "DE", status: "UNCONFIRMED" });
    await publishedEvent(db(), other, { title: "Another campaign's picket", local: "2026-12-10T12:00", timeZone: "Europe/Berlin", country: "FR" });

    assert.deepEqual(await titles({}), { upcoming: ["Cologne picket", "Almaty vigil late", "Almaty vigil after midnight"], past: ["Berlin rally last month"] });
    assert.deepEqual(await titles({ country: "KZ" }), { upcoming: ["Almaty vigil late", "Almaty vigil after midnight"], past: [] });
    assert.deepEqual(await titles({ kind: "RALLY" }), { upcoming: [], past: ["Berlin rally last month"] });
    assert.deepEqual(await titles({ country: "DE", kind: "VIGIL" }), { upcoming: [], past: [] });
    assert.deepEqual(await titles({ from: "2026-12-10", to: "2026-12-10" }), { upcoming: ["Cologne picket", "Almaty vigil late"], past: [] });
    assert.deepEqual(await titles({ from: "2026-12-11" }), { upcoming: ["Almaty vigil after midnight"], past: [] });
    assert.deepEqual(await titles({ to: "2026-11-30" }), { upcoming: [], past: ["Berlin rally last month"] });
    assert.deepEqual(await titles({ country: "FR" }), { upcoming: [], past: [] });
  });

  it("offers the countries that have public events, and refuses any other", async () => {
    const countries = await listEventCountries(db(), campaignId);
    assert.deepEqual(countries, ["DE", "KZ"]);
    assert.deepEqual(parseEventFilter({ country: "KZ", kind: "VIGIL", from: "2026-12-01", to: "" }, countries), { filter: { country: "KZ", kind: "VIGIL", from: "2026-12-01" }, problem: null });
    assert.equal(parseEventFilter({ country: "FR" }, countries).problem, "country");
    assert.equal(parseEventFilter({ kind: "PARADE" }, countries).problem, "kind");
    assert.equal(parseEventFilter({ from: "2026-02-31" }, countries).problem, "date");
    assert.equal(parseEventFilter({ to: "tomorrow" }, countries).problem, "date");
    assert.equal(parseEventFilter({ from: "2026-12-11", to: "2026-12-10" }, countries).problem, "order");
    assert.equal(parseEventFilter({ status: "REJECTED" }, countries).problem, "unknown");
    assert.equal(parseEventFilter({ country: ["DE", "KZ"] }, countries).problem, "unknown");
    assert.deepEqual(parseEventFilter({}, countries), { filter: {}, problem: null });
  });
});
