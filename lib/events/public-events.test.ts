import { it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import { EventKind, EventStatus } from "../generated/prisma/enums";
import { liveCampaign } from "../sponsors/test-world";
import { describeOnDatabases } from "../testing/db";
import { listUpcomingPublicEvents } from "./public-events";

// The map's query: a campaign's coming events the public may see, soonest first, with or without a position.

const NOW = new Date("2026-12-01T10:00:00Z");
const HOUR = 60 * 60 * 1000;
let n = 0;

async function event(db: Database, campaignId: string, title: string, at: Date, status: EventStatus, { published = true, position = true } = {}) {
  await db.prisma.event.create({
    data: {
      campaignId,
      kind: EventKind.PICKET,
      status,
      title,
      startsAt: at,
      endsAt: new Date(at.getTime() + 2 * HOUR),
      timeZone: "Europe/Berlin",
      venue: "Outside the consulate",
      city: "Köln",
      country: "DE",
      latitude: position ? 50.9375 : null,
      longitude: position ? 6.9603 : null,
      organiserName: "Branch secretary",
      email: `map-host-${++n}@example.org`,
      emailNormalised: `map-host-${n}@example.org`,
      publishedAt: published ? NOW : null,
    },
  });
}

describeOnDatabases("the events map", (db) => {
  it("lists the coming published and cancelled-after-publishing events, soonest first, with or without a position; nothing past, waiting or never published", async () => {
    const campaign = await liveCampaign(db());
    const at = (days: number) => new Date(NOW.getTime() + days * 24 * HOUR);
    await event(db(), campaign.id, "Picket next week", at(7), EventStatus.PUBLISHED);
    await event(db(), campaign.id, "Meeting tomorrow, no address on a map", at(1), EventStatus.PUBLISHED, { position: false });
    await event(db(), campaign.id, "Cancelled vigil", at(3), EventStatus.CANCELLED);
    await event(db(), campaign.id, "Cancelled before anyone read it", at(4), EventStatus.CANCELLED, { published: false });
    await event(db(), campaign.id, "Waiting for a moderator", at(5), EventStatus.AWAITING_MODERATION, { published: false });
    await event(db(), campaign.id, "Held last week", at(-7), EventStatus.PUBLISHED);
    const other = await liveCampaign(db());
    await event(db(), other.id, "Another campaign's picket", at(2), EventStatus.PUBLISHED);

    const listed = await listUpcomingPublicEvents(db(), campaign.id, NOW);
    assert.deepEqual(
      listed.map((e) => [e.title, e.status, e.latitude, e.longitude]),
      [
        ["Meeting tomorrow, no address on a map", "PUBLISHED", null, null],
        ["Cancelled vigil", "CANCELLED", 50.9375, 6.9603],
        ["Picket next week", "PUBLISHED", 50.9375, 6.9603],
      ],
    );
  });
});
