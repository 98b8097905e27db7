import { it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import { renderedEmailsTo } from "../mail/render";
import { liveCampaign } from "../sponsors/test-world";
import { describeOnDatabases } from "../testing/db";
import { findEventByHostToken, newHostToken } from "./host-link";
import { reminderDueAt, sendEventHostNudges } from "./reminders";

// The host's two emails: the reminder the day before at 11:00 in the event's zone, the request for the
// report an hour after the end; once each, with a private link that replaces the earlier one.

let n = 0;

async function picket(db: Database, startsAt: Date, { zone = "Europe/Berlin", hours = 2, status = "PUBLISHED" as "PUBLISHED" | "CANCELLED" } = {}) {
  const campaign = await liveCampaign(db);
  const { token, tokenHash } = newHostToken();
  const email = `nudged.${process.pid}.${++n}@example.org`;
  const event = await db.prisma.event.create({
    data: {
      campaignId: campaign.id, kind: "PICKET", title: `Picket ${n}`, startsAt, endsAt: new Date(startsAt.getTime() + hours * 3_600_000), timeZone: zone,
      venue: "Outside the consulate", city: "Köln", country: "DE", organiserName: "Secretary", email, emailNormalised: email, status,
      publishedAt: new Date("2026-12-01T00:00:00Z"), hostTokenHash: tokenHash, locale: "de",
    },
  });
  return { event, email, token };
}

const linkIn = (text: string | null | undefined) => /\/events\/host\/([A-Za-z0-9_-]{43})/.exec(text ?? "")?.[1];

it("is due the day before at 11:00 where the event is held", () => {
  assert.equal(reminderDueAt(new Date("2026-12-10T16:00:00Z"), "Europe/Berlin").toISOString(), "2026-12-09T10:00:00.000Z");
  // 02:00 in Almaty on the 11th is still the 10th in UTC: the reminder follows Almaty's calendar.
  assert.equal(reminderDueAt(new Date("2026-12-10T21:00:00Z"), "Asia/Almaty").toISOString(), "2026-12-10T06:00:00.000Z");
  assert.equal(reminderDueAt(new Date("2026-07-10T16:00:00Z"), "Europe/Berlin").toISOString(), "2026-07-09T09:00:00.000Z");
});

describeOnDatabases("the host's reminder and report request", (db) => {
  it("sends the reminder once, at 11:00 the day before, with a new private link that replaces the old one", async () => {
    const { event, email, token } = await picket(db(), new Date("2026-12-10T16:00:00Z"));
    const mine = async (at: string) => {
      await sendEventHostNudges(db(), new Date(at));
      return (await renderedEmailsTo(db(), email)).filter((m) => m.subject.includes(event.title));
    };
    assert.equal((await mine("2026-12-09T09:59:00Z")).length, 0);
    const sent = await mine("2026-12-09T10:01:00Z");
    assert.equal(sent.length, 1);
    assert.match(sent[0]!.subject, /^Morgen: Picket/);
    assert.match(sent[0]!.text, /Outside the consulate, Köln, Deutschland/);
    const fresh = linkIn(sent[0]!.text);
    assert.ok(fresh);
    assert.equal((await findEventByHostToken(db(), fresh))?.id, event.id);
    assert.equal(await findEventByHostToken(db(), token), null, "the earlier link no longer opens the event");
    assert.equal((await mine("2026-12-09T12:00:00Z")).length, 1, "once");
  });

  it("asks for the report an hour after the end, once, and not when a report is in, nor for a cancelled event", async () => {
    const held = await picket(db(), new Date("2026-12-10T16:00:00Z"));
    const reported = await picket(db(), new Date("2026-12-10T16:00:00Z"));
    await db().prisma.eventReport.create({ data: { eventId: reported.event.id, authorName: "", attendance: 12, body: "We were there.", pressLinks: [] } });
    const cancelled = await picket(db(), new Date("2026-12-10T16:00:00Z"), { status: "CANCELLED" });
    const count = async (email: string) => (await renderedEmailsTo(db(), email)).filter((m) => m.subject.startsWith("Wie war es?")).length;
    await sendEventHostNudges(db(), new Date("2026-12-10T18:59:00Z"));
    assert.equal(await count(held.email), 0);
    await sendEventHostNudges(db(), new Date("2026-12-10T19:01:00Z"));
    await sendEventHostNudges(db(), new Date("2026-12-10T19:30:00Z"));
    assert.deepEqual([await count(held.email), await count(reported.email), await count(cancelled.email)], [1, 0, 0]);
    const request = (await renderedEmailsTo(db(), held.email)).find((m) => m.subject.startsWith("Wie war es?"));
    assert.match(request!.text, /\/events\/host\/[A-Za-z0-9_-]{43}\/report/);
  });

  it("sends no reminder for an event registered too close to its start, and no report request a week after the end", async () => {
    const late = await picket(db(), new Date("2026-12-20T12:00:00Z"));
    await sendEventHostNudges(db(), new Date("2026-12-20T10:30:00Z"));
    const old = await picket(db(), new Date("2026-11-01T12:00:00Z"));
    await sendEventHostNudges(db(), new Date("2026-11-09T12:00:00Z"));
    assert.deepEqual([(await renderedEmailsTo(db(), late.email)).length, (await renderedEmailsTo(db(), old.email)).length], [0, 0]);
  });
});
