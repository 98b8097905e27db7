import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { fillEventForm } from "./support/events";
import { lastSeq, linkTo, waitForEmail } from "./support/mailbox";
import { startMovedClockApp, type MovedClockApp } from "./support/moved-clock-app";
import { randomIp } from "./support/team";
import { shoot } from "./support/screenshots";
import { holdsGpsLatitude, jpegWithGps, png, SVG } from "../lib/events/photos/fixtures";

// A union branch in Cologne registers a picket outside the consulate, confirms it from the email, and a
// moderator publishes it (and trusts the branch). It is in the events list, on the map page, in the month
// calendar and in the campaign's calendar feed, read by a real iCal parser, at the right instant in two time zones. The branch moves it to another
// street through its private link, and the change shows at once (a trusted host). The day before, the branch
// is reminded, with a new private link. When the picket is over
// (the app's clock moved on), the branch reports 40 people with a photo whose GPS position is gone from the
// stored and the served file; an SVG, a renamed PNG, a text file and a 12 MB file are each refused first,
// and nothing is stored; the moderator hides a second photo and its file is deleted. The app runs on a database and a clock of the story's own.

let app: MovedClockApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

const BLANK_TILE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

/** "YYYY-MM-DD" of the day `days` after `from` (UTC calendar). */
const dayAfter = (from: number, days: number) => new Date(from + days * 86_400_000).toISOString().slice(0, 10);

function storedFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

test("a Cologne branch's picket: registered, confirmed, published, in the calendar feed, moved, and reported with a photo stripped of its GPS", async ({ browser }, info) => {
  test.setTimeout(300_000);
  const start = Date.now();
  app = await startMovedClockApp("clock-picket", info.project.name, new Date(start));
  const headers = { "X-Forwarded-For": randomIp() };
  const host = await (await browser.newContext({ baseURL: app.url, extraHTTPHeaders: headers })).newPage();
  const moderator = await (await browser.newContext({ baseURL: app.url, extraHTTPHeaders: { "X-Forwarded-For": randomIp() } })).newPage();
  const tag = crypto.randomBytes(3).toString("hex");
  const email = uniqueEmail(`cologne-${tag}`);
  const title = `Picket outside the consulate ${tag}`;
  const day = dayAfter(start, 2);

  // Registered: 17:00 to 19:00 Cologne time, two days ahead; the zone comes from the country.
  await host.goto("/en/campaigns/zhanaozen/events/new");
  await fillEventForm(host, { title, email, startsAt: `${day}T17:00`, endsAt: `${day}T19:00` });
  const beforeRegister = lastSeq();
  await host.getByRole("button", { name: "Register the event" }).click();
  await expect(host.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const confirmation = await waitForEmail(email, { after: beforeRegister, subject: /Confirm your event/ });
  await host.goto(linkTo(confirmation, "/events/confirm"));
  await host.getByRole("button", { name: "Confirm the event" }).click();
  await expect(host.getByRole("status")).toHaveText("Confirmed. A moderator will read it soon.");
  const hostPage = host.url().replace(/\?.*$/, "");
  await host.goto("/en/campaigns/zhanaozen/events");
  await expect(host.getByText(title)).toHaveCount(0);

  // Published, and the branch trusted.
  await signInAs(moderator);
  await moderator.goto("/en/organise/campaigns/zhanaozen/moderation");
  const item = moderator.getByRole("listitem").filter({ has: moderator.getByRole("heading", { name: title }) });
  const beforePublish = lastSeq();
  await item.getByRole("button", { name: "Publish and trust this host" }).click();
  await expect(moderator.getByText("The event is published, and its host's later events will go live without waiting.")).toBeVisible();
  await waitForEmail(email, { after: beforePublish, subject: new RegExp(`Published: ${title}`) });

  await host.goto("/en/campaigns/zhanaozen/events");
  const listed = host.getByRole("article").filter({ has: host.getByRole("heading", { name: title }) });
  await expect(listed).toContainText("Outside the consulate, Köln, Germany");

  // On the map page: listed, and a pin (the tiles answered with a blank one: no internet here).
  await host.route("https://tile.openstreetmap.org/**", (route) => route.fulfill({ status: 200, contentType: "image/png", body: BLANK_TILE }));
  await host.goto("/en/campaigns/zhanaozen/events/map");
  await expect(host.locator("section", { has: host.getByRole("heading", { name: "Every coming event" }) }).getByRole("listitem").filter({ hasText: title })).toContainText("Outside the consulate, Köln, Germany");
  await host.getByRole("region", { name: /Map of the coming events/ }).getByRole("button", { name: title }).click();
  await expect(host.locator(".leaflet-popup").getByRole("link", { name: title })).toBeVisible();

  // In the month calendar, on its day, at its own time.
  await host.goto(`/en/campaigns/zhanaozen/events/calendar?month=${day.slice(0, 7)}`);
  const cell = host.getByRole("table").locator(`td[data-date="${day}"]`);
  await expect(cell.getByRole("link", { name: title })).toBeVisible();
  await expect(cell.getByRole("listitem").filter({ hasText: title })).toContainText("5:00 PM");

  // In the campaign's calendar feed: 17:00 in Cologne is 16:00 UTC in December, 11:00 in New York.
  const feed = await (await fetch(new URL("/feeds/en/campaigns/zhanaozen/events.ics", app.url))).text();
  const vevent = new ICAL.Component(ICAL.parse(feed)).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c)).find((e) => e.summary === `Picket: ${title}`);
  expect(vevent, "the picket is in the feed").toBeTruthy();
  const startsAt = vevent!.startDate.toJSDate();
  const inZone = (zone: string, at: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: zone, dateStyle: "short", timeStyle: "short" }).format(at);
  const expected = (time: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}, ${time}`;
  expect(inZone("Europe/Berlin", startsAt)).toBe(expected("17:00"));
  expect(inZone("America/New_York", startsAt)).toBe(expected("11:00"));
  expect(inZone("Europe/Berlin", vevent!.endDate.toJSDate())).toBe(expected("19:00"));
  expect(vevent!.description).toContain("Konsulatstraße 1");
  expect(vevent!.uid).toBeTruthy();

  // Moved to the other side of the square through the private link: a trusted host's change shows at once.
  await host.goto(hostPage);
  await host.getByLabel("Street and number").fill("Konsulatstraße 3");
  await host.getByRole("button", { name: "Save the changes" }).click();
  await expect(host.getByRole("status")).toHaveText("Your changes are saved and shown.");
  const moved = await (await fetch(new URL("/feeds/en/campaigns/zhanaozen/events.ics", app.url))).text();
  expect(moved).toContain("Konsulatstraße 3");

  // The day before at 11:00 in Cologne (10:00 UTC), the reminder, with a new private link: the old one is gone.
  const dayBefore = dayAfter(start, 1);
  const beforeReminder = lastSeq();
  await app.setClock(new Date(`${dayBefore}T10:05:00Z`));
  const reminder = await waitForEmail(email, { after: beforeReminder, subject: new RegExp(`Tomorrow: ${title}`) });
  expect(reminder.text).toContain("Outside the consulate, Köln, Germany");
  const newHostPage = new URL(linkTo(reminder, "/events/host/"), app.url).pathname;
  expect(newHostPage).not.toBe(new URL(hostPage).pathname);
  expect((await host.goto(hostPage))!.status()).toBe(404);

  // Half an hour after the end, the report.
  await app.setClock(new Date(Date.parse(`${day}T18:00:00Z`) + 30 * 60_000));
  // Without JavaScript, a report without its text comes back with the message at the field and the count kept.
  const plain = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false, extraHTTPHeaders: headers });
  const plainPage = await plain.newPage();
  await plainPage.goto(`${newHostPage}/report`);
  await plainPage.getByLabel("How many came").fill("40");
  await plainPage.getByLabel("Photos (optional)").setInputFiles({ name: "picket.jpg", mimeType: "image/jpeg", buffer: await jpegWithGps() });
  await plainPage.getByRole("button", { name: "Send the report" }).click();
  await expect(plainPage.locator(".field", { has: plainPage.getByLabel("What happened") })).toContainText("Write a few sentences about what happened.");
  await expect(plainPage.getByLabel("How many came")).toHaveValue("40");
  await expect(plainPage.getByText("If you chose photos, choose them again")).toBeVisible();
  expect(storedFiles(app.photoDir)).toEqual([]);
  await plain.close();

  await host.goto(newHostPage);
  await host.getByRole("link", { name: "Write the report" }).click();
  await expect(host.getByRole("heading", { level: 1 })).toHaveText(`Report: ${title}`);
  await expect(host.getByText("Faces can put people in danger")).toBeVisible();
  await shoot(host, "picket", "report-form");
  await host.getByLabel("How many came").fill("40");
  await host.getByLabel("What happened").fill("Forty of us stood for two hours.\nThe consulate's staff took our letter.");
  await host.getByLabel(/I have checked these photos/).check();
  const photos = host.getByLabel("Photos (optional)");
  const photoField = host.locator(".field", { has: photos });
  const send = host.getByRole("button", { name: "Send the report" });
  const refused: [string, { name: string; mimeType: string; buffer: Buffer }, string][] = [
    ["an SVG", { name: "logo.svg", mimeType: "image/svg+xml", buffer: SVG }, "“logo.svg” is an SVG drawing"],
    ["a PNG named .jpg", { name: "banner.jpg", mimeType: "image/jpeg", buffer: await png() }, "“banner.jpg” is not what its name says"],
    ["a text file", { name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("minutes of the branch meeting") }, "“notes.jpg” is not a JPEG, PNG or WebP photo"],
    ["a 12 MB file", { name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.concat([await jpegWithGps(), Buffer.alloc(12 * 1024 * 1024)]) }, "“huge.jpg” is larger than 10 MB"],
  ];
  for (const [what, file, message] of refused) {
    await photos.setInputFiles(file);
    await send.click();
    await expect(photoField, what).toContainText(message);
  }
  expect(storedFiles(app.photoDir), "nothing stored").toEqual([]);

  // Two photos: the picket with its GPS position, and one the moderator will hide.
  await photos.setInputFiles([
    { name: "picket.jpg", mimeType: "image/jpeg", buffer: await jpegWithGps() },
    { name: "faces.png", mimeType: "image/png", buffer: await png() },
  ]);
  await host.getByLabel("What the photos show (optional)").fill("Banners outside the consulate");
  await send.click();
  await expect(host.getByRole("status")).toHaveText("Thank you: your report has been received. A moderator reads it before it is shown.");
  const stored = storedFiles(app.photoDir);
  expect(stored).toHaveLength(2);
  for (const file of stored) expect(holdsGpsLatitude(fs.readFileSync(file))).toBe(false);

  // The moderator sees the photo and publishes the report. (The clock goes back first: Next's page cache
  // keeps time by a clock the story cannot move, and a page rebuilt "two days later" would not be rebuilt
  // again when the report is published. The event then shows as coming up again, with its report.)
  await app.setClock(new Date());
  await moderator.goto("/en/organise/campaigns/zhanaozen/moderation");
  const report = moderator.getByRole("listitem").filter({ has: moderator.getByRole("heading", { name: `Report on “${title}”` }) });
  await expect(report).toContainText("40 people came");
  await expect(report.getByRole("img", { name: "Banners outside the consulate" })).toHaveCount(2);
  await expect(report.getByRole("img", { name: "Banners outside the consulate" }).first()).toBeVisible();
  await shoot(moderator, "picket", "report-in-the-queue");
  // The second shows faces: hidden, and its file deleted; the report is published with the first.
  await report.getByLabel("Hide this photo").nth(1).check();
  await report.getByRole("button", { name: "Publish the report" }).click();
  await expect(moderator.getByText("The report is published.")).toBeVisible();
  expect(storedFiles(app.photoDir)).toHaveLength(1);

  // On the public list: the count and the photo, served without its GPS position.
  await host.goto("/en/campaigns/zhanaozen/events");
  const past = host.getByRole("article").filter({ has: host.getByRole("heading", { name: title }) });
  await expect(past).toContainText("40 people took part");
  const image = past.getByRole("img", { name: "Banners outside the consulate" });
  await expect(image).toHaveCount(1);
  await expect(image).toBeVisible();
  await past.scrollIntoViewIfNeeded();
  await shoot(host, "picket", "events-with-the-report");
  const served = await fetch(new URL((await image.getAttribute("src"))!, app.url));
  expect(served.headers.get("content-type")).toBe("image/jpeg");
  const bytes = Buffer.from(await served.arrayBuffer());
  expect(holdsGpsLatitude(bytes)).toBe(false);
  expect(bytes.includes(Buffer.from("PhoneMaker"))).toBe(false);
});
