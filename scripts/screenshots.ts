// `npm run screenshots`: photographs the pages people see, at a cheap phone's width and a desktop's,
// and prints the paper ones to PDF, from a running app (BASE_URL, default http://localhost:3000).
// Output in ./screenshots (not committed). Look at them after every change to a page.
// With SIGN_IN_AS=<an address in the app's ADMIN_EMAILS> (and the app on its development mailbox, no
// SMTP_URL), it signs in through the magic link and photographs the organisers' console too, in English
// and German.
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../e2e/support/browser";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const out = "screenshots";
const pages: [string, string][] = [
  ["home-en", "/en"],
  ["home-ru", "/ru"],
  ["campaign-en", "/en/campaigns/zhanaozen"],
  ["campaign-ru", "/ru/campaigns/zhanaozen"],
  ["campaign-de", "/de/campaigns/zhanaozen"],
  ["petition-en", "/en/campaigns/zhanaozen/petitions/justice-for-zhanaozen"],
  ["petition-ru", "/ru/campaigns/zhanaozen/petitions/justice-for-zhanaozen"],
  ["sponsors-en", "/en/campaigns/zhanaozen/sponsors"],
  ["sponsor-form-en", "/en/campaigns/zhanaozen/sponsors/new"],
  ["letters-en", "/en/campaigns/zhanaozen/letters"],
  ["call-en", "/en/campaigns/zhanaozen/call"],
  ["call-ru", "/ru/campaigns/zhanaozen/call"],
  ["composer-en", "/en/campaigns/zhanaozen/letters/protest-embassy"],
  ["composer-solidarity-ru", "/ru/campaigns/zhanaozen/letters/solidarity-strikers"],
  ["targets-de", "/de/campaigns/zhanaozen/targets"],
  ["wall-en", "/en/campaigns/zhanaozen/wall"],
  ["events-en", "/en/campaigns/zhanaozen/events"],
  ["events-map-en", "/en/campaigns/zhanaozen/events/map"],
  ["news-en", "/en/news"],
  ["sign-in-en", "/en/auth/sign-in"],
  ["mailbox-en", "/en/dev/mailbox"],
];
const printed: [string, string][] = [
  ["poster", "/en/campaigns/zhanaozen/petitions/justice-for-zhanaozen/poster"],
  ["campaign-print", "/en/campaigns/zhanaozen"],
  ["letters-print", "/en/campaigns/zhanaozen/letters"],
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
fs.mkdirSync(out, { recursive: true });
for (const [width, height, label] of [[390, 844, "phone"], [1280, 900, "desktop"]] as const) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: label === "desktop" });
  const page = await context.newPage();
  for (const [name, path] of pages) {
    const response = await page.goto(base + path, { waitUntil: "load" });
    await page.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: true });
    console.log(`${response?.status() ?? "?"} ${label.padEnd(7)} ${path}  ${JSON.stringify(await page.evaluate(() => document.documentElement.outerHTML.length))} bytes of HTML`);
  }
  await context.close();
}
const context = await browser.newContext();
const page = await context.newPage();
for (const [name, path] of printed) {
  await page.goto(base + path, { waitUntil: "load" });
  await page.pdf({ path: `${out}/${name}.pdf`, format: "A4", printBackground: true });
  console.log(`pdf     ${path}`);
}

const signInAs = process.env.SIGN_IN_AS;
if (signInAs) {
  const campaign = "/organise/campaigns/zhanaozen";
  const consolePages = ["/organise", campaign, `${campaign}/petitions`, `${campaign}/petitions/new`, `${campaign}/signatures`, `${campaign}/sponsors`, `${campaign}/texts`, `${campaign}/targets`, `${campaign}/letters`, `${campaign}/deliveries`, `${campaign}/calls`, `${campaign}/replies`];
  const signedIn = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await signedIn.newPage();
  await page.goto(`${base}/en/auth/sign-in`);
  await page.getByLabel(/email/i).fill(signInAs);
  await page.locator("form").filter({ has: page.getByLabel(/email/i) }).getByRole("button").click();
  await page.waitForURL(/check-email/);
  await page.goto(`${base}/en/dev/mailbox?${new URLSearchParams({ to: signInAs })}`);
  const link = await page.locator('a[href*="/auth/confirm?"]').first().getAttribute("href");
  if (!link) throw new Error(`no sign-in link to ${signInAs} in the development mailbox`);
  await page.goto(link);
  await page.getByRole("main").getByRole("button").click();
  await page.waitForURL(/\/organise/);
  for (const [width, height, label] of [[390, 844, "phone"], [1280, 900, "desktop"]] as const) {
    await page.setViewportSize({ width, height });
    for (const locale of ["en", "de"]) {
      for (const path of consolePages) {
        const response = await page.goto(`${base}/${locale}${path}`, { waitUntil: "load" });
        const name = `console-${locale}${path.replace(campaign, "-campaign").replace("/organise", "").replaceAll("/", "-")}`;
        await page.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: true });
        console.log(`${response?.status() ?? "?"} ${label.padEnd(7)} /${locale}${path}`);
      }
    }
  }
  await signedIn.close();
}
await browser.close();
