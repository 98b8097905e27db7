import { describe, it } from "node:test";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { getTranslator } from "../i18n/translate";
import { icalEventOf } from "./calendar-feed";
import { DEFAULT_DURATION_MS, writeCalendar, type IcalEvent } from "./ical";

// The calendar as a calendar app reads it: every check parses the output with ical.js (a real RFC 5545
// parser), except those about the bytes themselves (line endings, folding), which a lenient parser forgives.

const stamp = new Date("2026-12-03T10:00:00Z");
const event = (overrides: Partial<IcalEvent> = {}): IcalEvent => ({
  uid: "ev1@placard.example.org",
  url: "https://placard.example.org/en/campaigns/zhanaozen/events/ev1",
  summary: "Picket: Free the oil workers",
  description: "Bring a placard.",
  location: "Outside the consulate, Rheinallee 1, Cologne, Germany",
  geo: null,
  startsAt: new Date("2026-12-10T17:00:00+01:00"),
  endsAt: new Date("2026-12-10T19:00:00+01:00"),
  cancelled: false,
  categories: ["Picket"],
  updatedAt: new Date("2026-12-02T08:00:00Z"),
  ...overrides,
});

// ical.js knows RFC 5545's properties; the calendar's name (X-WR-CALNAME, and NAME of RFC 7986) is TEXT
// as calendar apps read it: taught here, so that its escapes are undone as theirs are.
for (const name of ["name", "x-wr-calname", "x-wr-caldesc"]) ICAL.design.icalendar.property[name] = { defaultType: "text" };

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((component) => ({ component, event: new ICAL.Event(component) }));
  return { calendar, events };
}

/** The wall-clock time an app in `timeZone` shows for an instant ("17:00"). */
const wallClock = (date: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);

describe("an iCal calendar of events", () => {
  it("is a published calendar with its name, and each event has its UID, DTSTAMP, URL and times in UTC", () => {
    const ics = writeCalendar({ name: "Zhanaozen: events", stamp, events: [event()] });
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"), "nothing before BEGIN");
    const { calendar, events } = parse(ics);
    assert.equal(calendar.getFirstPropertyValue("version"), "2.0");
    assert.match(String(calendar.getFirstPropertyValue("prodid")), /Placard/);
    assert.equal(calendar.getFirstPropertyValue("calscale"), "GREGORIAN");
    assert.equal(calendar.getFirstPropertyValue("method"), "PUBLISH");
    assert.equal(calendar.getFirstPropertyValue("x-wr-calname"), "Zhanaozen: events");
    assert.equal(events.length, 1);
    const [{ component, event: parsed }] = events as [(typeof events)[number]];
    assert.equal(parsed.uid, "ev1@placard.example.org");
    assert.equal(String(component.getFirstPropertyValue("dtstamp")), "2026-12-03T10:00:00Z");
    assert.equal(component.getFirstPropertyValue("url"), "https://placard.example.org/en/campaigns/zhanaozen/events/ev1");
    assert.equal(component.getFirstPropertyValue("status"), "CONFIRMED");
    assert.equal(String(component.getFirstPropertyValue("last-modified")), "2026-12-02T08:00:00Z");
    assert.match(ics, /\r\nDTSTART:20261210T160000Z\r\n/);
  });

  it("gives the same instants in two time zones: 17:00 in Berlin in December, 12:00 in New York in July", () => {
    const berlin = event({ uid: "berlin@x", startsAt: new Date("2026-12-10T17:00:00+01:00"), endsAt: new Date("2026-12-10T19:30:00+01:00") });
    const newYork = event({ uid: "ny@x", startsAt: new Date("2027-07-04T12:00:00-04:00"), endsAt: null });
    const { events } = parse(writeCalendar({ name: "x", stamp, events: [berlin, newYork] }));
    const [b, n] = events.map((e) => e.event) as [ICAL.Event, ICAL.Event];
    assert.equal(b.startDate.zone?.tzid, "UTC");
    assert.equal(b.startDate.toJSDate().toISOString(), "2026-12-10T16:00:00.000Z");
    assert.equal(b.endDate.toJSDate().toISOString(), "2026-12-10T18:30:00.000Z");
    assert.equal(wallClock(b.startDate.toJSDate(), "Europe/Berlin"), "17:00", "an app in Berlin shows 17:00");
    assert.equal(n.startDate.toJSDate().toISOString(), "2027-07-04T16:00:00.000Z");
    assert.equal(wallClock(n.startDate.toJSDate(), "America/New_York"), "12:00", "an app in New York shows 12:00 (summer time)");
    assert.equal(n.endDate.toJSDate().getTime() - n.startDate.toJSDate().getTime(), DEFAULT_DURATION_MS, "no end: two hours");
  });

  it("keeps commas, semicolons, backslashes and new lines in every text as they were typed", () => {
    const summary = "Picket; vigil, and a \\ backslash";
    const description = "Line one, with a comma;\nline two\r\nline three \\n not a newline";
    const location = "Outside the consulate, Rheinallee 1; gate 2, Cologne";
    const ics = writeCalendar({ name: "Pickets, rallies; more", stamp, events: [event({ summary, description, location, categories: ["Rally, big"] })] });
    assert.match(ics, /\r\nSUMMARY:Picket\\; vigil\\, and a \\\\ backslash\r\n/);
    const { calendar, events } = parse(ics);
    const parsed = events[0]!.event;
    assert.equal(calendar.getFirstPropertyValue("x-wr-calname"), "Pickets, rallies; more");
    assert.equal(calendar.getFirstPropertyValue("name"), "Pickets, rallies; more");
    assert.equal(parsed.summary, summary);
    assert.equal(parsed.description, "Line one, with a comma;\nline two\nline three \\n not a newline");
    assert.equal(parsed.location, location);
    assert.deepEqual(events[0]!.component.getFirstProperty("categories")?.getValues(), ["Rally, big"]);
  });

  it("folds long Cyrillic text at 75 octets, in CRLF lines, never inside a character", () => {
    const description = "Пикет у консульства Казахстана в поддержку нефтяников Жанаозена. ".repeat(12) + "Конец 🪧✊.";
    const ics = writeCalendar({ name: "Жанаозен: акции", stamp, events: [event({ description, summary: "Пикет: ".padEnd(60, "ж") + "🪧" })] });
    assert.doesNotMatch(ics, /[^\r]\n/, "no bare LF");
    assert.doesNotMatch(ics, /\r(?!\n)/, "no bare CR");
    assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
    const bytes = Buffer.from(ics, "utf8");
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let start = 0;
    let folded = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
      const line = bytes.subarray(start, i);
      assert.ok(line.length <= 75, `a line of ${line.length} octets: ${line.toString()}`);
      assert.doesNotThrow(() => decoder.decode(line), "every physical line is whole UTF-8");
      if (line[0] === 0x20) folded++;
      start = i + 2;
    }
    assert.ok(folded > 10, "the description was folded");
    const parsed = parse(ics).events[0]!.event;
    assert.equal(parsed.description, description, "unfolded, the text is as it was");
    assert.equal(parsed.summary, "Пикет: ".padEnd(60, "ж") + "🪧");
  });

  it("marks a cancelled event CANCELLED, and gives GEO only where the event has a position", () => {
    const cancelled = event({ uid: "c@x", cancelled: true, geo: { latitude: 50.9375, longitude: 6.9603 } });
    const { events } = parse(writeCalendar({ name: "x", stamp, events: [cancelled, event({ uid: "p@x" })] }));
    assert.equal(events[0]!.component.getFirstPropertyValue("status"), "CANCELLED");
    assert.deepEqual(events[0]!.component.getFirstPropertyValue("geo"), [50.9375, 6.9603]);
    assert.equal(events[1]!.component.getFirstPropertyValue("status"), "CONFIRMED");
    assert.equal(events[1]!.component.getFirstProperty("geo"), null);
  });

  it("raises SEQUENCE when the event changes, so apps take the new version", () => {
    const sequenceOf = (updatedAt: Date) => Number(parse(writeCalendar({ name: "x", stamp, events: [event({ updatedAt })] })).events[0]!.component.getFirstPropertyValue("sequence"));
    const before = sequenceOf(new Date("2026-12-02T08:00:00Z"));
    const after = sequenceOf(new Date("2026-12-02T08:00:05Z"));
    assert.ok(after > before && after < 2 ** 31, `${before} → ${after}`);
  });
});

describe("an event in the feed's words", () => {
  const row = {
    id: "ev1",
    kind: "PICKET" as const,
    status: "PUBLISHED" as const,
    title: "Solidarity picket",
    description: "Bring a placard.",
    startsAt: new Date("2026-12-10T16:00:00Z"),
    endsAt: null,
    timeZone: "Europe/Berlin",
    venue: "Outside the consulate",
    streetAddress: "Rheinallee 1",
    city: "Köln",
    country: "DE",
    latitude: 50.9375,
    longitude: 6.9603,
    organisationName: "ver.di Köln",
    updatedAt: new Date("2026-12-02T08:00:00Z"),
  };
  const context = (locale: "en" | "ru" | "de") => ({ locale, t: getTranslator(locale), appUrl: "https://placard.example.org", host: "placard.example.org", campaignSlug: "zhanaozen" });

  it("carries the address and the event page in DESCRIPTION, the local time, and the kind in the reader's language", () => {
    const en = icalEventOf(row, context("en"));
    assert.equal(en.uid, "ev1@placard.example.org");
    assert.equal(en.url, "https://placard.example.org/en/campaigns/zhanaozen/events/ev1");
    assert.equal(en.summary, "Picket: Solidarity picket");
    assert.equal(en.location, "Outside the consulate, Rheinallee 1, Köln, Germany");
    assert.match(en.description, /^Bring a placard\.\n\nWhen: Thursday, December 10, 2026.*5:00\sPM/);
    assert.match(en.description, /\nWhere: Outside the consulate, Rheinallee 1, Köln, Germany\n/);
    assert.match(en.description, /\nOrganised by: ver\.di Köln\n/);
    assert.match(en.description, /\nEvent page: https:\/\/placard\.example\.org\/en\/campaigns\/zhanaozen\/events\/ev1$/);
    assert.deepEqual(en.geo, { latitude: 50.9375, longitude: 6.9603 });

    const ru = icalEventOf({ ...row, status: "CANCELLED" }, context("ru"));
    assert.equal(ru.summary, "Отменено · Пикет: Solidarity picket");
    assert.equal(ru.location, "Outside the consulate, Rheinallee 1, Köln, Германия");
    assert.match(ru.description, /^Эта акция отменена\./);
    assert.equal(ru.cancelled, true);
    const de = icalEventOf(row, context("de"));
    assert.deepEqual(de.categories, ["Mahnwache"]);
    assert.match(de.description, /\nWann: .*17:00/, "the time where the event is held");
  });
});
