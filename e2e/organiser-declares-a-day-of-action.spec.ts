import crypto from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { shoot } from "./support/screenshots";
import { liveCampaignThroughConsole } from "./support/live-campaign";
import { test, expect, uniqueEmail } from "./support/fixtures";
import { dayFromNow, fillEventForm } from "./support/events";
import { lastSeq, linkTo, waitForEmail } from "./support/mailbox";
import { randomIp } from "./support/team";

// The admin starts a campaign of the story's own and declares a day of action in its console. Two
// branches register an event each for that day: a picket in Cologne, and a vigil at 23:30 in Almaty
// (18:30 UTC: on the day where it is held). They confirm by email; a moderator publishes them. The
// public list gathers both under the day; the filters by country and kind find the picket, and a filter
// for Kazakhstan does not; the calendar shows both on their day and marks it; a bad month is answered
// with a message. The campaign page's totals go up by exactly one event when the picket is published.

test.describe.configure({ timeout: 240_000 });

function liveCampaign(page: Page, tag: string) {
  return liveCampaignThroughConsole(page, "day", tag);
}

/** A branch registers its event and confirms it from the email; it then waits for a moderator. */
async function registerAndConfirm(browser: Browser, slug: string, answers: { title: string; startsAt: string; endsAt: string; timeZone?: string; city?: string; country?: string; kind?: string }) {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": randomIp() } });
  const page = await context.newPage();
  const email = uniqueEmail("day-host");
  await page.goto(`/en/campaigns/${slug}/events/new`);
  await fillEventForm(page, { ...answers, email, latitude: "", longitude: "", street: "Main street 1", venue: "Outside the consulate" });
  if (answers.kind) await page.getByLabel("Kind of event").selectOption({ label: answers.kind });
  const after = lastSeq();
  await page.getByRole("button", { name: "Register the event" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const mail = await waitForEmail(email, { after, subject: /Confirm your event/ });
  await page.goto(linkTo(mail, "/events/confirm"));
  await page.getByRole("button", { name: "Confirm the event" }).click();
  await expect(page.getByRole("status")).toHaveText("Confirmed. A moderator will read it soon.");
  await context.close();
}

async function publish(moderator: Page, base: string, title: string) {
  await moderator.goto(`${base}/moderation`);
  const item = moderator.getByRole("listitem").filter({ has: moderator.getByRole("heading", { name: title }) });
  await item.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(moderator.getByText("The event is published, and its host was told.")).toBeVisible();
}

async function readTotals(page: Page, path: string) {
  await page.goto(path);
  const totals = page.getByRole("region", { name: "Events", exact: true });
  const number = async (key: string) => Number((await totals.locator(`[data-total="${key}"] strong`).innerText()).replace(/\D/g, ""));
  return { events: await number("events"), countries: await number("countries"), people: await number("people") };
}


test("an organiser declares a day of action, and the list, the filters, the calendar and the totals show its events", async ({ page, browser }) => {
  const tag = crypto.randomBytes(3).toString("hex");
  const campaign = await liveCampaign(page, tag);
  const date = dayFromNow(20, "00:00").slice(0, 10);
  const month = date.slice(0, 7);
  const dayTitle = `Day of solidarity with Mangystau ${tag}`;

  // The admin declares the day in the console, reached from the campaign's overview.
  await page.goto(campaign.base);
  await page.getByRole("link", { name: "Days of action", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Days of action");
  await expect(page.getByText("No days of action are declared yet.")).toBeVisible();
  const declare = page.getByRole("region", { name: "Declare a day of action" });
  await declare.getByLabel("Day", { exact: true }).fill(date);
  await declare.getByLabel("Title", { exact: true }).fill(dayTitle);
  await declare.getByLabel("What the day is about (optional)").fill("Pickets at every Kazakh embassy and consulate.");
  await declare.getByRole("button", { name: "Declare the day" }).click();
  await expect(declare.getByText("The day of action is declared.")).toBeVisible();
  const declared = page.getByRole("region", { name: "Declared days" }).getByRole("listitem");
  await expect(declared).toHaveCount(1);
  await expect(declared.getByRole("heading")).toContainText(dayTitle);
  // A second day, renamed, then removed: the first stays.
  const second = dayFromNow(21, "00:00").slice(0, 10);
  await declare.getByLabel("Day", { exact: true }).fill(second);
  await declare.getByLabel("Title", { exact: true }).fill("A second day");
  await declare.getByRole("button", { name: "Declare the day" }).click();
  await expect(declared).toHaveCount(2);
  const secondItem = declared.filter({ hasText: "A second day" });
  await secondItem.getByLabel("Title", { exact: true }).fill("A second day, renamed");
  await secondItem.getByRole("button", { name: /^Save the day of/ }).click();
  await expect(secondItem.getByText("The day of action is saved.")).toBeVisible();
  await expect(secondItem.getByRole("heading")).toContainText("A second day, renamed");
  await secondItem.getByRole("button", { name: /^Remove the day of/ }).click();
  await expect(declared).toHaveCount(1);
  await expect(declared.getByRole("heading")).toContainText(dayTitle);
  await page.goto(`${campaign.base}/audit`);
  await expect(page.getByRole("cell", { name: "Day of action declared" })).toHaveCount(2);
  await expect(page.getByRole("cell", { name: "Day of action edited" })).toHaveCount(1);
  await expect(page.getByRole("cell", { name: "Day of action removed" })).toHaveCount(1);
  // The same day twice is refused at its field.
  await page.goto(`${campaign.base}/events`);
  await declare.getByLabel("Day", { exact: true }).fill(date);
  await declare.getByLabel("Title", { exact: true }).fill("Twice");
  await declare.getByRole("button", { name: "Declare the day" }).click();
  await expect(declare.getByText("There is already a day of action on that day.")).toBeVisible();
  await shoot(page, "day-of-action", "console");

  // Two branches register for the day; the vigil in Almaty is published first.
  const picket = `Picket at the consulate ${tag}`;
  const vigil = `Vigil at the akimat ${tag}`;
  await registerAndConfirm(browser, campaign.slug, { title: picket, startsAt: `${date}T17:00`, endsAt: `${date}T18:00`, city: "Köln", country: "Deutschland" });
  await registerAndConfirm(browser, campaign.slug, { title: vigil, startsAt: `${date}T23:30`, endsAt: `${date}T23:55`, timeZone: "Asia/Almaty", city: "Almaty", country: "Kazakhstan", kind: "Vigil" });
  await publish(page, campaign.base, vigil);
  const before = await readTotals(page, campaign.publicBase);
  expect(before).toEqual({ events: 1, countries: 1, people: 0 });
  await publish(page, campaign.base, picket);
  expect(await readTotals(page, campaign.publicBase)).toEqual({ events: before.events + 1, countries: before.countries + 1, people: 0 });
  await shoot(page, "day-of-action", "campaign-totals");
  await page.getByRole("link", { name: "See all events" }).click();
  await expect(page).toHaveURL(new RegExp(`${campaign.publicBase}/events$`));

  // The list gathers both under the day, with its description.
  const visitor = await browser.newPage();
  await visitor.goto(`${campaign.publicBase}/events`);
  const day = visitor.getByRole("region", { name: dayTitle });
  await expect(day).toContainText("Pickets at every Kazakh embassy and consulate.");
  await expect(day.getByRole("heading", { level: 3 })).toHaveText([dayTitle, picket, vigil]);

  // The filters, a plain GET form: Germany and pickets find the picket alone; Kazakhstan does not find it.
  const filters = visitor.getByRole("form", { name: "Find events" });
  await filters.getByLabel("Country").selectOption({ label: "Germany" });
  await filters.getByLabel("Kind of event").selectOption({ label: "Picket" });
  await filters.getByRole("button", { name: "Show events" }).click();
  await expect(visitor).toHaveURL(/\?country=DE&kind=PICKET&from=&to=$/);
  await expect(visitor.getByRole("status")).toHaveText("1 event matches this filter.");
  await expect(visitor.getByRole("heading", { name: picket })).toBeVisible();
  await expect(visitor.getByRole("heading", { name: vigil })).toHaveCount(0);
  await expect(visitor.getByRole("region", { name: dayTitle })).toBeVisible();
  await shoot(visitor, "day-of-action", "list-filtered");
  await visitor.getByRole("form", { name: "Find events" }).getByLabel("Country").selectOption({ label: "Kazakhstan" });
  await visitor.getByRole("form", { name: "Find events" }).getByLabel("Kind of event").selectOption({ label: "All kinds" });
  await visitor.getByRole("button", { name: "Show events" }).click();
  await expect(visitor.getByRole("status")).toHaveText("1 event matches this filter.");
  await expect(visitor.getByRole("heading", { name: vigil })).toBeVisible();
  await expect(visitor.getByRole("heading", { name: picket })).toHaveCount(0);
  // The day filter, on the day itself, finds both; a country that has no events is a message, not an error page.
  await visitor.goto(`${campaign.publicBase}/events?from=${date}&to=${date}`);
  await expect(visitor.getByRole("status")).toHaveText("2 events match this filter.");
  const refused = await visitor.goto(`${campaign.publicBase}/events?country=FR`);
  expect(refused!.status()).toBe(200);
  await expect(visitor.getByRole("alert").filter({ hasText: /./ })).toHaveText("There are no events in that country. Showing all events.");
  await expect(visitor.getByRole("heading", { name: picket })).toBeVisible();

  // The calendar, from the list: the day is marked, both events on it, the vigil at its own 23:30.
  await visitor.goto(`${campaign.publicBase}/events`);
  await visitor.getByRole("link", { name: "See the events in a month calendar" }).click();
  await expect(visitor).toHaveURL(new RegExp(`${campaign.publicBase}/events/calendar$`));
  await visitor.goto(`${campaign.publicBase}/events/calendar?month=${month}`);
  const table = visitor.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
  const cell = table.locator(`td[data-date="${date}"]`);
  await expect(cell).toContainText(`Day of action: ${dayTitle}`);
  await expect(cell.getByRole("link")).toHaveText([picket, vigil]);
  await expect(cell.getByRole("listitem").nth(1)).toContainText("11:30 PM"); // its own time in Almaty (18:30 UTC), in English
  await expect(table.getByRole("link", { name: picket })).toHaveCount(1);
  await shoot(visitor, "day-of-action", "calendar");
  await expect(visitor.getByRole("link", { name: /^Next month/ })).toHaveAttribute("href", new RegExp(`month=\\d{4}-\\d{2}$`));

  // A bad month: a message and this month, never an error page.
  const bad = await visitor.goto(`${campaign.publicBase}/events/calendar?month=2026-13`);
  expect(bad!.status()).toBe(200);
  await expect(visitor.getByRole("alert").filter({ hasText: /./ })).toHaveText("That is not a month we can show (write it as YYYY-MM, for example 2026-12). Showing this month instead.");
  await expect(visitor.getByRole("table")).toBeVisible();
  await visitor.close();
});
