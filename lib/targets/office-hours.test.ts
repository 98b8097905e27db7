import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isOpenAt, isValidTimeZone, nextOpenInstant, officeStatus, parseOfficeHours } from "./office-hours";

const parsed = (text: string) => {
  const r = parseOfficeHours(text);
  assert.ok(r.ok, text);
  return r.hours;
};

describe("office hours as organisers write them", () => {
  it("reads days, ranges and split hours", () => {
    const hours = parsed("Mo-Fr 09:00-13:00, 14:00-17:00; Sa 10:00-12:00");
    assert.deepEqual(hours[0], [{ start: 540, end: 780 }, { start: 840, end: 1020 }]);
    assert.deepEqual(hours[5], [{ start: 600, end: 720 }]);
    assert.deepEqual(hours[6], []);
  });

  it("refuses what it cannot read, naming the part", () => {
    assert.deepEqual(parseOfficeHours("Mo-Fr 9-5"), { ok: false, error: "time", part: "9-5" });
    assert.deepEqual(parseOfficeHours("Xx 09:00-10:00"), { ok: false, error: "day", part: "Xx" });
    assert.deepEqual(parseOfficeHours("Mo 17:00-09:00"), { ok: false, error: "order", part: "17:00-09:00" });
    assert.deepEqual(parseOfficeHours("whenever"), { ok: false, error: "format", part: "whenever" });
  });

  it("knows real time zones", () => {
    assert.equal(isValidTimeZone("Europe/Berlin"), true);
    assert.equal(isValidTimeZone("Mars/Olympus"), false);
  });

  it("says whether the Berlin embassy is open and when that changes, across a summer-time change", () => {
    const hours = parsed("Mo-Fr 09:00-13:00, 14:00-17:00");
    // Thursday 3 December 2026, 08:30 UTC = 09:30 in Berlin (winter time, UTC+1).
    assert.equal(isOpenAt(hours, "Europe/Berlin", new Date("2026-12-03T08:30:00Z")), true);
    assert.deepEqual(officeStatus(hours, "Europe/Berlin", new Date("2026-12-03T08:30:00Z")), { open: true, changesAt: new Date("2026-12-03T12:00:00Z") });
    // Saturday: closed until Monday 09:00 Berlin time.
    assert.deepEqual(officeStatus(hours, "Europe/Berlin", new Date("2026-12-05T10:00:00Z")), { open: false, changesAt: new Date("2026-12-07T08:00:00Z") });
    // Friday 27 March 2026 evening; Monday 30 March is summer time (UTC+2), so 09:00 is 07:00 UTC.
    assert.deepEqual(nextOpenInstant(hours, "Europe/Berlin", new Date("2026-03-27T18:00:00Z")), new Date("2026-03-30T07:00:00Z"));
  });

  it("says the same in Almaty's zone, five hours ahead", () => {
    const hours = parsed("Mo-Fr 09:00-18:00");
    assert.deepEqual(officeStatus(hours, "Asia/Almaty", new Date("2026-12-03T02:00:00Z")), { open: false, changesAt: new Date("2026-12-03T04:00:00Z") });
  });
});
