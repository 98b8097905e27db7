import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { type GridDay, monthBounds, monthGrid, monthName, parseMonth, shiftMonth, weekdayNames } from "./month-grid";
import { zonedToUtc } from "./zoned-time";

const event = (title: string, local: string, timeZone: string) => ({ title, startsAt: zonedToUtc(local, timeZone)!, timeZone });
type E = ReturnType<typeof event>;
const dayOf = <D,>(weeks: GridDay<E, D>[][], date: string) => weeks.flat().find((d) => d.date === date)!;

describe("the month calendar's grid", () => {
  it("starts each week on Monday; a month that starts on Sunday has six leading days of the month before", () => {
    // 1 November 2026 is a Sunday.
    const weeks = monthGrid("2026-11", []);
    assert.equal(weeks.length, 6);
    assert.deepEqual(weeks[0]!.map((d) => d.date), ["2026-10-26", "2026-10-27", "2026-10-28", "2026-10-29", "2026-10-30", "2026-10-31", "2026-11-01"]);
    assert.deepEqual(weeks[0]!.map((d) => d.inMonth), [false, false, false, false, false, false, true]);
    assert.deepEqual(weeks.at(-1)!.map((d) => d.date), ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
    assert.equal(weeks.flat().filter((d) => d.inMonth).length, 30);
  });

  it("fits February 2027, which starts on Monday and ends on Sunday, in exactly four weeks", () => {
    const weeks = monthGrid("2027-02", []);
    assert.equal(weeks.length, 4);
    assert.equal(weeks[0]![0]!.date, "2027-02-01");
    assert.equal(weeks[3]![6]!.date, "2027-02-28");
  });

  it("puts each event on its day in its own time zone, not the server's or UTC's", () => {
    const late = event("Vigil at 23:30 in Almaty", "2026-12-10T23:30", "Asia/Almaty"); // 18:30 UTC on the 10th
    const afterMidnight = event("Vigil at 00:30 in Almaty", "2026-12-11T00:30", "Asia/Almaty"); // 19:30 UTC on the 10th
    const newYork = event("Rally at 21:00 in New York", "2026-12-10T21:00", "America/New_York"); // 02:00 UTC on the 11th
    const cologne = event("Picket in Cologne", "2026-12-10T17:00", "Europe/Berlin");
    assert.equal(afterMidnight.startsAt.toISOString(), "2026-12-10T19:30:00.000Z");
    assert.equal(newYork.startsAt.toISOString(), "2026-12-11T02:00:00.000Z");
    const weeks = monthGrid("2026-12", [afterMidnight, newYork, cologne, late]);
    assert.deepEqual(dayOf(weeks, "2026-12-10").events.map((e) => e.title), ["Picket in Cologne", "Vigil at 23:30 in Almaty", "Rally at 21:00 in New York"]);
    assert.deepEqual(dayOf(weeks, "2026-12-11").events.map((e) => e.title), ["Vigil at 00:30 in Almaty"]);
  });

  it("leaves out events of the neighbouring months, even on the days that fill the first and last weeks", () => {
    const weeks = monthGrid("2026-12", [event("Last of November", "2026-11-30T12:00", "Europe/Berlin"), event("New Year in Almaty", "2027-01-01T00:30", "Asia/Almaty")]);
    assert.deepEqual(weeks.flat().flatMap((d) => d.events), []);
    assert.equal(dayOf(weeks, "2026-11-30").inMonth, false);
  });

  it("marks the days of action of the month", () => {
    const weeks = monthGrid("2026-12", [], [{ date: "2026-12-16", title: "Day of solidarity" }, { date: "2027-01-05", title: "Next month" }]);
    assert.deepEqual(weeks.flat().filter((d) => d.dayOfAction).map((d) => [d.date, d.dayOfAction!.title]), [["2026-12-16", "Day of solidarity"]]);
  });

  it("reads the month from the query, and falls back to today's month on a bad one", () => {
    const today = new Date("2026-12-04T18:00:00Z");
    assert.deepEqual(parseMonth(undefined, today), { month: "2026-12", bad: false });
    assert.deepEqual(parseMonth("2027-02", today), { month: "2027-02", bad: false });
    for (const bad of ["2026-13", "2026-1", "December", "2026-12-01", "1999-12", ["2026-11", "2026-12"]]) assert.deepEqual(parseMonth(bad, today), { month: "2026-12", bad: true }, String(bad));
    assert.equal(shiftMonth("2026-12", 1), "2027-01");
    assert.equal(shiftMonth("2026-01", -1), "2025-12");
    assert.deepEqual(monthBounds("2026-12"), { from: new Date("2026-11-30T10:00:00Z"), to: new Date("2027-01-01T12:00:00Z") });
  });

  it("names the weekdays from Monday and the month in the page's language", () => {
    assert.deepEqual(weekdayNames("en").map((d) => d.long), ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
    assert.equal(weekdayNames("de")[0]!.long, "Montag");
    assert.equal(weekdayNames("ru")[6]!.long, "воскресенье");
    assert.equal(monthName("2026-12", "en"), "December 2026");
    assert.equal(monthName("2026-12", "de"), "Dezember 2026");
  });
});
