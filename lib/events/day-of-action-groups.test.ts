import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { groupByDayOfAction } from "./day-of-action-groups";
import { zonedToUtc } from "./zoned-time";

const event = (title: string, local: string, timeZone: string) => ({ title, startsAt: zonedToUtc(local, timeZone)!, timeZone });

describe("events grouped under their day of action", () => {
  it("gathers the day's events, by their date in their own zone, where its first event was", () => {
    const day = { date: "2026-12-16", title: "Day of solidarity" };
    const events = [
      event("Berlin, the day before", "2026-12-15T18:00", "Europe/Berlin"),
      event("Almaty, after midnight", "2026-12-16T00:30", "Asia/Almaty"), // 19:30 UTC on the 15th
      event("New York, the evening before", "2026-12-15T21:00", "America/New_York"), // 02:00 UTC on the 16th
      event("Cologne, on the day", "2026-12-16T17:00", "Europe/Berlin"),
      event("Cologne, the day after", "2026-12-17T17:00", "Europe/Berlin"),
    ];
    const groups = groupByDayOfAction(events, [day, { date: "2026-12-24", title: "No events" }]);
    assert.deepEqual(
      groups.map((g) => [g.day?.title ?? null, g.events.map((e) => e.title)]),
      [
        [null, ["Berlin, the day before"]],
        ["Day of solidarity", ["Almaty, after midnight", "Cologne, on the day"]],
        [null, ["New York, the evening before"]],
        [null, ["Cologne, the day after"]],
      ],
    );
  });

  it("leaves the list as it was when there are no days of action", () => {
    const events = [event("One", "2026-12-16T12:00", "UTC")];
    assert.deepEqual(groupByDayOfAction(events, []), [{ day: null, events }]);
  });
});
