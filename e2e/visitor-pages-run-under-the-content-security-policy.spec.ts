import type { Page } from "@playwright/test";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { PETITION_PATH } from "./support/signing";

// Every response carries one Content-Security-Policy (docs/decisions/016): the public pages stay served
// from the cache, and every page's own scripts still run under it, with nothing refused and nothing
// missing (a favicon included) on the way.

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  // The events map's tile server (MAP_TILE_URL, OpenStreetMap's unless set; docs/decisions/029).
  "img-src 'self' data: https://tile.openstreetmap.org",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

function expectPolicy(headers: Record<string, string>, what: string) {
  expect((headers["content-security-policy"] ?? "").split("; "), what).toEqual(DIRECTIVES);
  expect(headers["strict-transport-security"], `${what}: no HSTS while APP_URL is http`).toBeUndefined();
}

test("a public page, an organiser's page, an API route and a 404 all carry the policy; the petition page stays cached", async ({ page, request }) => {
  const petition = await request.get(PETITION_PATH);
  expect(petition.status()).toBe(200);
  expectPolicy(petition.headers(), "petition page");
  expect(petition.headers()["cache-control"]).toBe("s-maxage=5, stale-while-revalidate=31535995");
  expect(["HIT", "STALE", "MISS"]).toContain(petition.headers()["x-nextjs-cache"]);
  // Served from the cache: asked again, it comes from there. Other stories' actions revalidate public pages
  // at any moment (the next request then renders it afresh, MISS), so a quiet moment is waited for.
  await expect(async () => {
    expect(["HIT", "STALE", "MISS"]).toContain((await request.get(PETITION_PATH)).headers()["x-nextjs-cache"]);
    expect(["HIT", "STALE"]).toContain((await request.get(PETITION_PATH)).headers()["x-nextjs-cache"]);
  }).toPass({ timeout: 15_000, intervals: [500] });

  const api = await request.get("/api/sign");
  expect(api.status()).toBe(404);
  expectPolicy(api.headers(), "API route");

  const missing = await request.get("/en/campaigns/no-such-campaign");
  expect(missing.status()).toBe(404);
  expectPolicy(missing.headers(), "404 page");

  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);

  await signInAs(page);
  const console = await page.request.get("/en/organise");
  expect(console.status()).toBe(200);
  expectPolicy(console.headers(), "organiser console");
});

/** Collects what the browser refused or could not find while `run` goes through pages. */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("console", (message) => {
    // The sign endpoint's 422 (the form's errors, as JSON) is an answer, not a fault: Chromium logs it anyway.
    const isFormAnswer = message.location().url.includes("/api/sign") && /status of 422/.test(message.text());
    if ((message.type() === "error" && !isFormAnswer) || /Content.Security.Policy|CSP/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() === 404 && response.request().resourceType() !== "document") problems.push(`404: ${response.url()}`);
  });
  return problems;
}

test("a supporter's pages and the console run their scripts under the policy, nothing refused, nothing missing", async ({ page }) => {
  test.setTimeout(180_000); // fifteen pages and a sign-in by email
  const problems = await watch(page);
  for (const path of ["/en", "/en/campaigns/zhanaozen", PETITION_PATH, "/en/campaigns/zhanaozen/sponsors", "/en/campaigns/zhanaozen/sponsors/new", "/en/news", "/ru/campaigns/zhanaozen", "/en/signatures/resend", "/en/auth/sign-in"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }

  // The sign form's script answers in place: the page is not reloaded (a marker on window survives).
  await page.goto(PETITION_PATH);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const form = page.locator("#sign");
  await form.getByLabel("Your name").fill("Dana Test");
  await form.getByLabel("Email address").fill(uniqueEmail("csp"));
  await form.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.locator("#sign-country-error")).toHaveText("Choose your country from the list.");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  await signInAs(page);
  for (const path of ["/en/organise", "/en/organise/campaigns/zhanaozen", "/en/organise/campaigns/zhanaozen/petitions", "/en/organise/campaigns/zhanaozen/signatures", "/en/organise/campaigns/zhanaozen/sponsors"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  expect(problems).toEqual([]);
});
