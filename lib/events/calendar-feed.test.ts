import { it } from "node:test";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import type { Database } from "../db/client";
import type { EventStatus } from "../generated/prisma/enums";
import { openPetition } from "../signatures/fixtures";
import { describeOnDatabases } from "../testing/db";
import { buildCampaignCalendar, buildEventCalendar } from "./calendar-feed";

// The feeds from the database, read by a real iCal parser: only published (and cancelled) events of the
// campaign, never one that is unconfirmed, waiting, rejected or another campaign's; the past year only.

const APP_URL = "https://placard.example.org";
const now = new Date("2026-12-03T12:00:00Z");

async function eventIn(db: Database, campaignId: string, title: string, status: EventStatus, startsAt: Date, extra: { timeZone?: string; endsAt?: Date } = {}) {
  return db.prisma.event.create({
    data: {
      campaignId, kind: "PICKET", title, status, startsAt, endsAt: extra.endsAt ?? null, timeZone: extra.timeZone ?? "Europe/Berlin",
      venue: "Outside the consulate", streetAddress: "Rheinallee 1", city: "Köln", country: "DE", latitude: 50.9375, longitude: 6.9603,
      organiserName: "Private Host", organisationName: "ver.di Köln", email: "host@example.org", emailNormalised: "host@example.org",
      // A cancelled event is public only if it was published before it was cancelled.
      publishedAt: status === "PUBLISHED" || status === "CANCELLED" ? new Date("2026-11-01T00:00:00Z") : null,
    },
    select: { id: true },
  });
}

const eventsOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((component) => ({ component, event: new ICAL.Event(component) }));

describeOnDatabases("the iCal feeds of a campaign's events", (db) => {
  it("hold the published and cancelled events of the campaign, at their times, and none that the public may not see", async () => {
    const mine = await openPetition(db());
    const other = await openPetition(db());
    const cologne = await eventIn(db(), mine.campaignId, "Picket in Cologne", "PUBLISHED", new Date("2026-12-10T17:00:00+01:00"), { endsAt: new Date("2026-12-10T19:00:00+01:00") });
    const newYork = await eventIn(db(), mine.campaignId, "Vigil in New York", "CANCELLED", new Date("2027-07-04T12:00:00-04:00"), { timeZone: "America/New_York" });
    const lastSpring = await eventIn(db(), mine.campaignId, "Last spring's rally", "PUBLISHED", new Date("2026-04-01T10:00:00Z"));
    await eventIn(db(), mine.campaignId, "Two years ago", "PUBLISHED", new Date("2024-11-01T10:00:00Z"));
    const hidden = await Promise.all(
      (["UNCONFIRMED", "AWAITING_MODERATION", "REJECTED"] as const).map((status) => eventIn(db(), mine.campaignId, `Hidden ${status}`, status, new Date("2026-12-20T10:00:00Z"))),
    );
    const foreign = await eventIn(db(), other.campaignId, "Another campaign's picket", "PUBLISHED", new Date("2026-12-11T10:00:00Z"));

    const feed = (await buildCampaignCalendar(db(), "en", APP_URL, mine.campaignSlug, now))!;
    const events = eventsOf(feed.ics);
    assert.deepEqual(events.map((e) => e.event.uid), [lastSpring.id, cologne.id, newYork.id].map((id) => `${id}@placard.example.org`), "in time order, the past year and the future");
    assert.equal(feed.count, 3);
    const calendar = new ICAL.Component(ICAL.parse(feed.ics));
    assert.match(String(calendar.getFirstProperty("x-wr-calname")?.getFirstValue()), /^Justice for the oil workers of Zhanaozen: events$/);

    const [, c, n] = events as [unknown, (typeof events)[number], (typeof events)[number]];
    assert.equal(c.event.summary, "Picket: Picket in Cologne");
    assert.equal(c.event.startDate.toJSDate().toISOString(), "2026-12-10T16:00:00.000Z", "17:00 in Cologne is 16:00 UTC");
    assert.equal(c.event.endDate.toJSDate().toISOString(), "2026-12-10T18:00:00.000Z");
    assert.equal(c.event.location, "Outside the consulate, Rheinallee 1, Köln, Germany");
    assert.match(c.event.description, /Where: Outside the consulate, Rheinallee 1, Köln, Germany/);
    assert.match(c.event.description, new RegExp(`Event page: ${APP_URL}/en/campaigns/${mine.campaignSlug}/events/${cologne.id}`));
    assert.equal(c.component.getFirstPropertyValue("status"), "CONFIRMED");
    assert.equal(n.event.startDate.toJSDate().toISOString(), "2027-07-04T16:00:00.000Z", "12:00 in New York in summer is 16:00 UTC");
    assert.equal(n.component.getFirstPropertyValue("status"), "CANCELLED");
    assert.doesNotMatch(feed.ics, /Hidden|Another campaign|Two years ago|Private Host|host@example\.org/);

    const ru = (await buildCampaignCalendar(db(), "ru", APP_URL, mine.campaignSlug, now))!;
    assert.equal(new ICAL.Component(ICAL.parse(ru.ics)).getFirstProperty("x-wr-calname")?.getFirstValue(), "Справедливость для нефтяников Жанаозена: акции");
    assert.equal(eventsOf(ru.ics)[1]!.event.summary, "Пикет: Picket in Cologne");

    const one = (await buildEventCalendar(db(), "de", APP_URL, mine.campaignSlug, cologne.id, now))!;
    assert.deepEqual(eventsOf(one.ics).map((e) => e.event.uid), [`${cologne.id}@placard.example.org`], "the same UID as in the campaign's feed");
    assert.match(eventsOf(one.ics)[0]!.event.description, /Wann: .*17:00/);
    for (const { id } of hidden) assert.equal(await buildEventCalendar(db(), "en", APP_URL, mine.campaignSlug, id, now), null);
    assert.equal(await buildEventCalendar(db(), "en", APP_URL, mine.campaignSlug, foreign.id, now), null, "another campaign's event under this campaign's address");
    assert.equal(await buildEventCalendar(db(), "en", APP_URL, mine.campaignSlug, "nosuchevent", now), null);
    assert.equal(await buildCampaignCalendar(db(), "en", APP_URL, "no-such-campaign", now), null);

    await db().prisma.campaign.update({ where: { id: mine.campaignId }, data: { status: "DRAFT" } });
    assert.equal(await buildCampaignCalendar(db(), "en", APP_URL, mine.campaignSlug, now), null, "a draft campaign has no feed");
    assert.equal(await buildEventCalendar(db(), "en", APP_URL, mine.campaignSlug, cologne.id, now), null);
  });
});
