import { before, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { localClock } from "../targets/office-hours";
import { deliveryCampaign, deliveryTarget, queueLetter } from "./delivery-fixtures";

const anna = { name: "Anna Example", email: "anna@example.org" };

describeOnDatabases("pacing letters per target", (db) => {
  let campaignId = "";
  before(async () => {
    campaignId = (await deliveryCampaign(db(), Math.random().toString(36).slice(2, 8), { letterHourlyCap: 3 })).id;
  });

  it("sends three letters of an hour at once, and spreads those over the cap over the next hour", async () => {
    const target = await deliveryTarget(db(), campaignId, { slug: "capped" });
    const now = new Date("2026-12-03T10:05:00Z");
    const slots: Date[] = [];
    for (let i = 0; i < 7; i++) slots.push(...(await queueLetter(db(), campaignId, [target.id], anna, now)).slots);
    assert.deepEqual(slots.slice(0, 3).map((s) => s.getTime()), [now, now, now].map((d) => d.getTime()), "room this hour: at once");
    assert.deepEqual(slots.slice(3).map((s) => s.toISOString().slice(11, 13)), ["11", "11", "11", "12"]);
    const minutes = slots.slice(3, 6).map((s) => s.getUTCMinutes());
    assert.ok(minutes[0]! < 1 && minutes[1]! >= 18 && minutes[1]! < 20 && minutes[2]! >= 36 && minutes[2]! < 38, `spread: ${minutes}`);
    const outbox = await db().prisma.outboxEmail.findMany({ where: { deliveries: { some: { targetId: target.id } } }, orderBy: { nextAttemptAt: "asc" }, select: { nextAttemptAt: true, priority: true } });
    assert.deepEqual(outbox.map((o) => o.nextAttemptAt.getTime()), slots.map((s) => s.getTime()).sort((a, b) => a - b));
    assert.ok(outbox.every((o) => o.priority === "LETTER"));
  });

  it("uses the target's own cap before the campaign's, and never puts a letter before now", async () => {
    const target = await deliveryTarget(db(), campaignId, { slug: "own-cap", hourlyCap: 1 });
    const now = new Date("2026-12-03T10:30:00Z");
    const a = await queueLetter(db(), campaignId, [target.id], anna, now);
    const b = await queueLetter(db(), campaignId, [target.id], anna, now);
    assert.equal(a.slots[0]!.getTime(), now.getTime());
    assert.equal(b.slots[0]!.toISOString().slice(0, 13), "2026-12-03T11");
  });

  it("within office hours only: a letter at 22:00 in Berlin goes at 09:xx on the next working day", async () => {
    const target = await deliveryTarget(db(), campaignId, { slug: "office", officeHours: "Mo-Fr 09:00-17:00", timeZone: "Europe/Berlin", sendInOfficeHoursOnly: true });
    // Friday 4 December 2026, 22:00 in Berlin (21:00 UTC): the next working day is Monday the 7th.
    const { slots } = await queueLetter(db(), campaignId, [target.id], anna, new Date("2026-12-04T21:00:00Z"));
    const local = localClock(slots[0]!, "Europe/Berlin");
    assert.deepEqual([local.day, local.weekday, Math.floor(local.minutes / 60)], [7, 0, 9]);
  });

  it("does not overfill an hour when confirmations arrive at the same moment", async () => {
    const target = await deliveryTarget(db(), campaignId, { slug: "concurrent" });
    const now = new Date("2026-12-03T10:00:00Z");
    const results = await Promise.all(Array.from({ length: 7 }, () => queueLetter(db(), campaignId, [target.id], anna, now)));
    const perHour = new Map<string, number>();
    for (const s of results.flatMap((r) => r.slots)) perHour.set(s.toISOString().slice(0, 13), (perHour.get(s.toISOString().slice(0, 13)) ?? 0) + 1);
    assert.deepEqual([...perHour.values()].sort(), [1, 3, 3]);
  });
});
