import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { liveCampaign } from "../sponsors/test-world";
import { countEventTotals } from "./event-totals";
import { publishedEvent } from "./test-events";

describeOnDatabases("the campaign page's event totals", (db) => {
  it("counts published events, their countries, and the people of one approved report per event (the latest)", async () => {
    const campaign = (await liveCampaign(db())).id;
    const other = (await liveCampaign(db())).id;
    assert.deepEqual(await countEventTotals(db(), campaign), { events: 0, countries: 0, people: 0 });

    const cologne = await publishedEvent(db(), campaign, { local: "2026-11-10T17:00", timeZone: "Europe/Berlin", country: "DE" });
    const berlin = await publishedEvent(db(), campaign, { local: "2026-11-12T17:00", timeZone: "Europe/Berlin", country: "DE" });
    const almaty = await publishedEvent(db(), campaign, { local: "2026-11-14T12:00", timeZone: "Asia/Almaty", country: "KZ" });
    await publishedEvent(db(), campaign, { local: "2026-12-20T12:00", timeZone: "Europe/Paris", country: "FR", status: "CANCELLED" });
    await publishedEvent(db(), campaign, { local: "2026-12-20T12:00", timeZone: "Europe/Rome", country: "IT", status: "AWAITING_MODERATION" });
    const elsewhere = await publishedEvent(db(), other, { local: "2026-11-10T17:00", timeZone: "Europe/Berlin", country: "AT" });

    const report = (eventId: string, attendance: number | null, status: "APPROVED" | "AWAITING_MODERATION" | "REJECTED", createdAt: string) =>
      db().prisma.eventReport.create({ data: { eventId, authorName: "Host", attendance, body: "We stood.", pressLinks: [], status, createdAt: new Date(createdAt) } });
    // Cologne: two approved reports, the later one says 40; one awaiting says 400.
    await report(cologne.id, 25, "APPROVED", "2026-11-11T09:00:00Z");
    await report(cologne.id, 40, "APPROVED", "2026-11-11T12:00:00Z");
    await report(cologne.id, 400, "AWAITING_MODERATION", "2026-11-11T13:00:00Z");
    // Berlin: only a rejected report. Almaty: 12 approved.
    await report(berlin.id, 900, "REJECTED", "2026-11-13T09:00:00Z");
    await report(almaty.id, 12, "APPROVED", "2026-11-15T09:00:00Z");
    await report(elsewhere.id, 1000, "APPROVED", "2026-11-11T09:00:00Z");

    assert.deepEqual(await countEventTotals(db(), campaign), { events: 3, countries: 2, people: 52 });
    assert.deepEqual(await countEventTotals(db(), other), { events: 1, countries: 1, people: 1000 });
  });
});
