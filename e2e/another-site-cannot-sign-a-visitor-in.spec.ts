import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, waitForSignInLink } from "./support/fixtures";
import { E2E_ADMIN_EMAIL } from "./support/ports";

// Login CSRF: someone with an account asks for a sign-in link of their own, and puts its token in a page
// on their site that posts it to our sign-in callback as soon as it opens. A visitor who opens that page
// must not end up signed in to the attacker's account (where whatever they typed would be the attacker's
// to read), and the token stays as it was: only our own confirmation page's button uses it.

/** A page on another origin (a loopback server of the test's own) that posts `action` the moment it opens. */
async function attackerSite(action: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html><body><p>Win a prize!</p>
<form method="post" action="${action.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"><input type="hidden" name="x" value="1"></form>
<script>document.forms[0].submit()</script></body></html>`;
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/prize`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The attacker asks for a link to their own account, as anyone with an account can. */
async function attackersLink(page: Page): Promise<URL> {
  const marker = crypto.randomBytes(6).toString("hex");
  await page.goto(`/en/auth/sign-in?${new URLSearchParams({ callbackUrl: `/en/organise?attack=${marker}` })}`);
  await page.getByLabel(/email/i).fill(E2E_ADMIN_EMAIL);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/en\/auth\/check-email$/);
  return new URL(await waitForSignInLink(E2E_ADMIN_EMAIL, marker));
}

async function isSignedIn(context: BrowserContext, baseURL: string): Promise<boolean> {
  const cookies = await context.cookies(baseURL);
  const session = cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token") && cookie.value !== "");
  const console = await context.request.get(`${baseURL}/en/organise`, { maxRedirects: 0 });
  return session || console.status() === 200;
}

test("another site's page that posts a valid sign-in token signs the visitor in to nothing, and the link still works", async ({ page, browser, baseURL, clientIp }) => {
  const link = await attackersLink(page);
  const callback = `${baseURL}/api/auth/callback/email?${new URLSearchParams({
    token: link.searchParams.get("token")!,
    email: link.searchParams.get("email")!,
    callbackUrl: link.searchParams.get("callbackUrl")!,
  })}`;
  const site = await attackerSite(callback);
  const visitor = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientIp } });
  try {
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(site.url);
    // The post arrived and was turned away with an explanation, on our site.
    await expect(visitorPage).toHaveURL(`${baseURL}/en/auth/error?error=NotFromOurPage`);
    await expect(visitorPage.getByRole("heading", { level: 1 })).toHaveText("We could not sign you in");
    await expect(visitorPage.getByRole("main")).toContainText("sent from another website, not from our own page, so nobody was signed in");
    expect(await isSignedIn(visitor, baseURL!)).toBe(false);

    // The same token in a plain GET (a link or an image on the attacker's page) shows our confirmation
    // page, which names the account, and signs in nobody.
    await visitorPage.goto(callback);
    await expect(visitorPage).toHaveURL(/\/en\/auth\/confirm\?/);
    await expect(visitorPage.getByRole("main")).toContainText(`Press the button to sign in as ${E2E_ADMIN_EMAIL}.`);
    expect(await isSignedIn(visitor, baseURL!)).toBe(false);
  } finally {
    await visitor.close();
    await site.close();
  }

  // Nothing was used up: the link's owner opens it and signs in with the button, as always.
  await page.goto(link.toString());
  await expect(page.getByRole("main")).toContainText(`Press the button to sign in as ${E2E_ADMIN_EMAIL}.`);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/organise\?attack=/);
  await expect(page.getByText(`Signed in as ${E2E_ADMIN_EMAIL}`)).toBeVisible();
});
