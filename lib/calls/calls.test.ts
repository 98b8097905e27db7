import { beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import type { Database } from "../db/client";
import { describeOnDatabases } from "../testing/db";
import { getCallSheet } from "../targets/call-sheet";
import { campaignTotals, countsByTarget } from "./counts";
import { officeStatusView } from "./office";
import { reportCall } from "./report";

// "I called": what is written (outcome, target, country, nothing personal), what is refused (another
// campaign's target, past the rate limit), and the counts the pages show beside letters sent.

const unique = (p: string) => `${p}-${randomUUID().slice(0, 8)}`;

async function world(db: Database) {
  const campaign = await db.prisma.campaign.create({
    data: {
      slug: unique("calls"),
      status: "LIVE",
      defaultLocale: "en",
      locales: ["en"],
      country: "KZ",
      translations: { create: [{ locale: "en", title: "Justice for Zhanaozen", summary: "s", appeal: "a", callScript: "Hello {{target_name}} in {{target_city}}. I am {{sender_name}}. {{demands}}" }] },
      demands: { create: [{ position: 1, translations: { create: [{ locale: "en", text: "Release the workers." }] } }] },
    },
    select: { id: true, slug: true, defaultLocale: true },
  });
  const target = (name: string, country: string, city: string, kind: "EMBASSY" | "CONSULATE" = "EMBASSY") =>
    db.prisma.target.create({
      data: {
        campaignId: campaign.id,
        slug: unique("t"),
        kind,
        name,
        represents: "KZ",
        country,
        city,
        emails: [],
        phones: ["+49 30 000000"],
        timeZone: country === "DE" ? "Europe/Berlin" : "Europe/Paris",
        officeHours: "Mo-Fr 09:00-17:00",
      },
      select: { id: true },
    });
  const berlin = await target("Embassy of Kazakhstan in Berlin", "DE", "Berlin");
  const paris = await target("Embassy of Kazakhstan in Paris", "FR", "Paris");
  return { campaign, berlin, paris };
}

async function sentLetter(db: Database, campaignId: string, targetId: string, status: "SENT" | "QUEUED", recipientKind: "TARGET" | "SENDER_COPY" = "TARGET") {
  await db.prisma.letter.create({
    data: {
      campaignId,
      senderName: "Alex Example",
      senderEmail: "alex@example.org",
      senderEmailNormalised: "alex@example.org",
      senderCountry: "DE",
      subject: "s",
      body: "b",
      locale: "en",
      deliveries: { create: [{ targetId, recipientKind, recipient: "berlin@embassy.example.org", status }] },
    },
  });
}

describeOnDatabases("reporting a call and counting calls and letters", (db) => {
  beforeEach(async () => {
    await db().prisma.rateLimitBucket.deleteMany();
  });

  it("writes the outcome, the target and the country, and counts it for that target only", async () => {
    const { campaign, berlin, paris } = await world(db());
    assert.deepEqual(await reportCall(db(), { campaignId: campaign.id, targetId: berlin.id, outcome: "VOICEMAIL", country: "DE" }, { ip: "192.0.2.1" }), { ok: true });
    await reportCall(db(), { campaignId: campaign.id, targetId: berlin.id, outcome: "ANSWERED", country: null }, { ip: "192.0.2.1" });
    await reportCall(db(), { campaignId: campaign.id, targetId: paris.id, outcome: "REFUSED", country: "FR" }, { ip: "192.0.2.1" });
    const rows = await db().prisma.callReport.findMany({ where: { targetId: berlin.id }, orderBy: { outcome: "asc" } });
    assert.deepEqual(rows.map((r) => [r.outcome, r.country]), [["ANSWERED", null], ["VOICEMAIL", "DE"]]);
    const counts = await countsByTarget(db(), campaign.id);
    assert.deepEqual(counts.get(berlin.id)?.calls, { ANSWERED: 1, VOICEMAIL: 1, NO_ANSWER: 0, REFUSED: 0 });
    assert.equal(counts.get(berlin.id)?.callsTotal, 2);
    assert.equal(counts.get(paris.id)?.calls.REFUSED, 1);
  });

  it("refuses a target of another campaign and writes nothing", async () => {
    const mine = await world(db());
    const other = await world(db());
    const result = await reportCall(db(), { campaignId: mine.campaign.id, targetId: other.berlin.id, outcome: "ANSWERED", country: "DE" }, { ip: "192.0.2.2" });
    assert.deepEqual(result, { ok: false, error: "unknown-target" });
    assert.equal(await db().prisma.callReport.count({ where: { targetId: other.berlin.id } }), 0);
    assert.equal(await db().prisma.callReport.count({ where: { campaignId: mine.campaign.id } }), 0);
  });

  it("refuses calls past the limit per client address, without writing them, while another address may report", async () => {
    const { campaign, berlin } = await world(db());
    const limits = [{ count: 2, seconds: 3600 }];
    const now = new Date("2026-12-03T10:00:00Z");
    const input = { campaignId: campaign.id, targetId: berlin.id, outcome: "NO_ANSWER" as const, country: "DE" };
    assert.equal((await reportCall(db(), input, { ip: "198.51.100.7", limits, now })).ok, true);
    assert.equal((await reportCall(db(), input, { ip: "198.51.100.7", limits, now })).ok, true);
    assert.deepEqual(await reportCall(db(), input, { ip: "198.51.100.7", limits, now }), { ok: false, error: "rate-limited" });
    assert.equal(await db().prisma.callReport.count({ where: { targetId: berlin.id } }), 2);
    assert.equal((await reportCall(db(), input, { ip: "203.0.113.9", limits, now })).ok, true);
    assert.equal((await reportCall(db(), input, { ip: "198.51.100.7", limits, now: new Date("2026-12-03T11:30:00Z") })).ok, true, "an hour later it counts again");
  });

  it("counts only letters sent to the target itself, beside the calls, and totals them for the campaign", async () => {
    const { campaign, berlin, paris } = await world(db());
    await sentLetter(db(), campaign.id, berlin.id, "SENT");
    await sentLetter(db(), campaign.id, berlin.id, "SENT");
    await sentLetter(db(), campaign.id, berlin.id, "QUEUED");
    await sentLetter(db(), campaign.id, berlin.id, "SENT", "SENDER_COPY");
    await reportCall(db(), { campaignId: campaign.id, targetId: paris.id, outcome: "ANSWERED", country: "FR" }, { ip: "192.0.2.3" });
    const counts = await countsByTarget(db(), campaign.id);
    assert.equal(counts.get(berlin.id)?.lettersSent, 2);
    assert.equal(counts.get(berlin.id)?.callsTotal ?? 0, 0);
    assert.equal(counts.get(paris.id)?.lettersSent, 0);
    assert.deepEqual(await campaignTotals(db(), campaign.id), { calls: 1, lettersSent: 2 });
  });

  it("puts the embassy in the supporter's country first, with its reason, and the others after", async () => {
    const { campaign, berlin, paris } = await world(db());
    const de = await getCallSheet(db(), campaign, "en", "DE");
    assert.equal(de.nearest?.target.id, berlin.id);
    assert.equal(de.nearest?.reason, "embassyInCountry");
    assert.deepEqual(de.others.map((t) => t.id), [paris.id]);
    assert.equal(de.demands, "1. Release the workers.");
    const fr = await getCallSheet(db(), campaign, "en", "FR");
    assert.equal(fr.nearest?.target.id, paris.id);
    const none = await getCallSheet(db(), campaign, "en", null);
    assert.equal(none.nearest, null);
    assert.equal(none.others.length, 2);
  });
});

describe("an office's status, worded so it is true in any zone", () => {
  const hours = "Mo-Fr 09:00-17:00";
  it("is open with the hours until closing", () => {
    // Thursday 3 December 2026, 10:00 in Berlin (09:00 UTC).
    const view = officeStatusView(hours, "Europe/Berlin", new Date("2026-12-03T09:00:00Z"));
    assert.deepEqual(view.kind === "open" && [view.closesInHours, view.closesInMinutes], [7, null]);
  });
  it("is closed with the hours until opening the same night", () => {
    const view = officeStatusView(hours, "Europe/Berlin", new Date("2026-12-03T05:00:00Z"));
    assert.deepEqual(view.kind === "closed" && [view.opensInHours, view.opensWeekday], [3, null]); // 06:00 in Berlin
  });
  it("names the weekday when the opening is more than a day away", () => {
    // Saturday 5 December 2026, noon in Berlin: opens Monday.
    const view = officeStatusView(hours, "Europe/Berlin", new Date("2026-12-05T11:00:00Z"));
    assert.deepEqual(view.kind === "closed" && [view.opensInHours, view.opensWeekday], [null, 0]);
  });
  it("says nothing it does not know", () => {
    assert.equal(officeStatusView(null, "Europe/Berlin", new Date()).kind, "unknown");
    assert.equal(officeStatusView("whenever", "Europe/Berlin", new Date()).kind, "unknown");
  });
});
