import crypto from "node:crypto";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { dayFromNow, fillEventForm, type PicketAnswers } from "./support/events";
import { lastSeq, linkTo, waitForEmail } from "./support/mailbox";

// A branch registers a picket with its position, and another event without one; the host confirms each
// from the email and a moderator publishes them. A visitor follows the "published" email's link to the
// event's page (its details, its calendar file, its share links), prints its poster (a QR code to that
// page), and finds it on the campaign's map: a pin whose popup leads to the page, with the other event
// listed as not on the map. Without JavaScript the map page is the same list. The form's map picker
// writes a clicked point into the coordinates. No internet here: the tile server is answered with a
// blank tile, as a reader's browser would show a grey map.

const ARTIFACTS = path.join(import.meta.dirname, ".artifacts");
const TILE = "https://tile.openstreetmap.org/**";
const BLANK_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

async function blankTiles(page: Page): Promise<void> {
  await page.route(TILE, (route) => route.fulfill({ status: 200, contentType: "image/png", body: BLANK_PNG }));
}

/**
 * Whether the page fetched Leaflet's script, and whether Leaflet's styles (from our origin: the CSP allows
 * no other) apply to it. (Next may prefetch a linked page's stylesheet; only the map's pages apply it.)
 */
async function leafletLoaded(page: Page): Promise<{ script: boolean; styles: boolean }> {
  const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((name) => /\.js(\?|$)/.test(name)));
  let script = false;
  for (const url of scripts) if ((await (await page.request.get(url)).text()).includes("leaflet-container")) script = true;
  const styles = await page.evaluate(() =>
    [...document.styleSheets].some((sheet) => sheet.href?.startsWith(location.origin) && [...sheet.cssRules].some((rule) => rule.cssText.includes(".leaflet-container"))),
  );
  return { script, styles };
}

/** Registers, confirms and publishes an event; returns the "published" email's link to its page, and the host's private link. */
async function publishedEvent(browser: Browser, clientIp: string, answers: PicketAnswers & { email: string }, extra?: (page: Page) => Promise<void>): Promise<{ eventUrl: string; hostUrl: string }> {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientIp } });
  const page = await context.newPage();
  await page.goto("/en/campaigns/zhanaozen/events/new");
  await fillEventForm(page, answers);
  await extra?.(page);
  const after = lastSeq();
  await page.getByRole("button", { name: "Register the event" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const confirm = await waitForEmail(answers.email, { after, subject: /Confirm your event/ });
  await page.goto(linkTo(confirm, "/events/confirm"));
  await page.getByRole("button", { name: "Confirm the event" }).click();
  await expect(page.getByRole("status")).toHaveText("Confirmed. A moderator will read it soon.");
  const hostUrl = page.url();

  await signInAs(page);
  await page.goto("/en/organise/campaigns/zhanaozen/moderation");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: answers.title }) });
  const beforePublish = lastSeq();
  await item.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("The event is published, and its host was told.")).toBeVisible();
  const published = await waitForEmail(answers.email, { after: beforePublish, subject: new RegExp(`Published: ${answers.title}`) });
  await context.close();
  return { eventUrl: linkTo(published, "/campaigns/zhanaozen/events/"), hostUrl };
}

test("a visitor reads a picket's page, prints its poster and finds it on the map, with or without JavaScript", async ({ browser, page, clientIp }, testInfo) => {
  test.setTimeout(180_000);
  const tag = crypto.randomBytes(3).toString("hex");
  const title = `Picket at the consulate ${tag}`;
  const elsewhere = `Meeting in the union hall ${tag}`;
  const email = uniqueEmail(`map-host-${tag}`);
  const { eventUrl } = await publishedEvent(browser, clientIp, { title, email, startsAt: dayFromNow(9, "17:00"), endsAt: dayFromNow(9, "19:00"), timeZone: "Europe/Berlin" }, async (form) => {
    await form.getByLabel("Description").fill("We stand with the sacked oil workers. Bring a placard.");
    await form.getByLabel("Accessibility").fill("Step-free; a bench nearby.");
  });
  const meeting = await publishedEvent(browser, clientIp, { title: elsewhere, email: uniqueEmail(`map-hall-${tag}`), startsAt: dayFromNow(10, "18:00"), endsAt: dayFromNow(10, "20:00"), timeZone: "Europe/Berlin", latitude: "", longitude: "" });
  const eventPath = new URL(eventUrl).pathname;
  expect(eventPath).toMatch(/^\/en\/campaigns\/zhanaozen\/events\/[a-z0-9]+$/);
  const eventId = eventPath.split("/").at(-1)!;
  const shot = (name: string) => path.join(ARTIFACTS, `map-${testInfo.project.name}-${name}.png`);

  // The event's page, from the email's link.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|CSP/i.test(message.text())) violations.push(message.text());
  });
  await blankTiles(page);
  await page.goto(eventPath);
  await expect(page).toHaveTitle(new RegExp(`^Picket: ${title} · `));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const facts = page.locator("dl");
  await expect(page.getByText("Picket", { exact: true })).toBeVisible();
  const noon = new Date(`${dayFromNow(9, "12:00")}:00Z`);
  const day = new Intl.DateTimeFormat("en", { dateStyle: "full", timeZone: "Europe/Berlin" }).format(noon);
  const zone = new Intl.DateTimeFormat("en", { timeZoneName: "short", timeZone: "Europe/Berlin" }).formatToParts(noon).find((p) => p.type === "timeZoneName")!.value;
  await expect(facts).toContainText(`${day} at 5:00 PM (${zone}), until 7:00 PM`);
  await expect(facts).toContainText("Outside the consulate, Konsulatstraße 1, Köln, Germany");
  await expect(facts).toContainText("Rhine Transport Workers, Cologne branch");
  await expect(facts).toContainText("+49 221 000000");
  await expect(facts).toContainText("Step-free; a bench nearby.");
  await expect(page.getByText("We stand with the sacked oil workers. Bring a placard.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Show on OpenStreetMap" })).toHaveAttribute("href", "https://www.openstreetmap.org/?mlat=50.9375&mlon=6.9603#map=17/50.9375/6.9603");
  await expect(page.getByRole("link", { name: "Add to calendar (.ics)" })).toHaveAttribute("href", `/feeds/en/campaigns/zhanaozen/events/${eventId}.ics`);
  const ics = await page.request.get(`/feeds/en/campaigns/zhanaozen/events/${eventId}.ics`);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain(`SUMMARY:Picket: ${title}`);
  await expect(page.getByRole("link", { name: "Subscribe to all events" })).toHaveAttribute("href", /^webcal:\/\/.*\/feeds\/en\/campaigns\/zhanaozen\/events\.ics$/);
  const shareText = encodeURIComponent(`Picket: ${title}`);
  await expect(page.getByRole("link", { name: "WhatsApp" })).toHaveAttribute("href", `https://wa.me/?text=${shareText}%20${encodeURIComponent(eventUrl)}`);
  await expect(page.getByRole("link", { name: "Telegram" })).toHaveAttribute("href", `https://t.me/share/url?url=${encodeURIComponent(eventUrl)}&text=${shareText}`);
  await expect(page.getByRole("link", { name: "By email" })).toHaveAttribute("href", /^mailto:\?subject=Picket%3A%20/);
  await expect(page.getByLabel("The address of this page, to copy")).toHaveValue(eventUrl);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: shot(`event-${width}`), fullPage: true });
  }
  // Its own map: one pin, at its street.
  const own = page.getByRole("region", { name: "Where the event is, on a map" });
  await expect(own.getByRole("button", { name: title })).toBeVisible();
  expect(await leafletLoaded(page), "the event page draws its map").toEqual({ script: true, styles: true });

  // The list links each title to its page, and to the map.
  await page.goto("/en/campaigns/zhanaozen/events");
  expect(await leafletLoaded(page), "the events list loads no map").toEqual({ script: false, styles: false });
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(eventUrl);

  // The poster: the QR code is an image of the event page's address.
  await page.getByRole("link", { name: "Poster to print" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const qr = page.getByRole("img", { name: eventUrl });
  await expect(qr).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.locator("section")).toContainText("Outside the consulate, Konsulatstraße 1, Köln, Germany");
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: shot(`poster-${width}`), fullPage: true });
  }
  // On paper: A4 less the 12 mm margins is 186 × 273 mm, 703 × 1032 CSS pixels.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 703, height: 1032 });
  await expect(page.getByRole("button", { name: "Print the poster" })).toBeHidden();
  await page.screenshot({ path: shot("poster-print"), fullPage: true });
  const pdf = await page.pdf({ format: "A4", path: path.join(ARTIFACTS, `map-${testInfo.project.name}-poster.pdf`) });
  // One A4 sheet.
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  await page.emulateMedia({ media: "screen" });

  // The map: a pin for the picket whose popup leads to its page; the hall meeting listed, not on the map.
  await page.goto("/en/campaigns/zhanaozen/events");
  await page.getByRole("link", { name: "See the coming events on a map" }).click();
  await expect(page).toHaveURL(/\/en\/campaigns\/zhanaozen\/events\/map$/);
  const list = page.getByRole("region", { name: "Every coming event" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Every coming event" }) }));
  await expect(list.getByRole("listitem").filter({ hasText: title })).toContainText("Outside the consulate, Köln, Germany");
  await expect(list.getByRole("listitem").filter({ hasText: title })).not.toContainText("not on the map");
  await expect(list.getByRole("listitem").filter({ hasText: elsewhere })).toContainText("not on the map");
  const map = page.getByRole("region", { name: /Map of the coming events/ });
  await expect(map).toBeVisible();
  await expect(map.getByRole("button", { name: elsewhere })).toHaveCount(0);
  await expect(page.getByText("The map needs JavaScript. Every event is in the list below.")).toBeHidden();
  expect(await leafletLoaded(page), "the map page loads Leaflet, from this origin").toEqual({ script: true, styles: true });
  const popupLink = map.locator(".leaflet-popup").getByRole("link", { name: title });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.reload();
    await map.getByRole("button", { name: title }).click();
    await expect(popupLink).toHaveAttribute("href", eventPath);
    await expect(popupLink).toBeInViewport();
    await page.screenshot({ path: shot(`map-${width}`), fullPage: true });
  }
  await popupLink.click();
  await expect(page).toHaveURL(eventUrl);
  expect(violations).toEqual([]);

  // Without JavaScript: no map, the same list.
  const plain = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": clientIp } });
  const noJs = await plain.newPage();
  await noJs.goto("/en/campaigns/zhanaozen/events/map");
  await expect(noJs.getByRole("region", { name: /Map of the coming events/ })).toBeHidden();
  await expect(noJs.getByText("The map needs JavaScript. Every event is in the list below.")).toBeVisible();
  await expect(noJs.getByRole("link", { name: title })).toHaveAttribute("href", eventPath);
  await expect(noJs.getByRole("listitem").filter({ hasText: elsewhere })).toContainText("not on the map");
  await noJs.screenshot({ path: shot("map-nojs-390"), fullPage: true });
  await plain.close();

  // The meeting's host cancels it: its page says so and offers no calendar file; the map's list marks it.
  await page.goto(meeting.hostUrl);
  await page.getByLabel("Yes, cancel this event").check();
  await page.getByRole("button", { name: "Cancel the event" }).click();
  await expect(page.getByRole("status")).toHaveText("The event is cancelled.");
  await page.goto(meeting.eventUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(elsewhere);
  await expect(page.getByRole("note")).toHaveText("This event has been cancelled.");
  await expect(page.getByRole("link", { name: "Add to calendar (.ics)" })).toHaveCount(0);
  await page.screenshot({ path: shot("event-cancelled-390"), fullPage: true });
  await page.goto("/en/campaigns/zhanaozen/events/map");
  await expect(page.getByRole("listitem").filter({ hasText: elsewhere })).toContainText("Cancelled · Picket");
});

test("the event form's map picker writes a clicked point into the coordinates, and typed coordinates move it", async ({ page }, testInfo) => {
  await blankTiles(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en/campaigns/zhanaozen/events/new");
  const picker = page.getByRole("region", { name: "Map to choose where the event takes place" });
  await expect(picker).toBeVisible();
  const latitude = page.getByLabel("Latitude");
  const longitude = page.getByLabel("Longitude");
  await expect(latitude).toHaveValue("");
  await picker.click();
  await expect(latitude).toHaveValue(/^-?\d{1,2}\.\d{5}$/);
  await expect(longitude).toHaveValue(/^-?\d{1,3}\.\d{5}$/);
  await expect(picker.locator(".leaflet-marker-icon")).toHaveCount(1);
  await picker.screenshot({ path: path.join(ARTIFACTS, `map-${testInfo.project.name}-picker-390.png`) });

  // Typed: the map goes there (zoomed in), so a click at its middle lands beside the typed point.
  await latitude.fill("50.9375");
  await longitude.fill("6.9603");
  await longitude.press("Tab");
  await expect(async () => {
    await picker.click();
    expect(Math.abs(Number(await latitude.inputValue()) - 50.9375)).toBeLessThan(0.01);
    expect(Math.abs(Number(await longitude.inputValue()) - 6.9603)).toBeLessThan(0.01);
  }).toPass({ timeout: 10_000 });
});
