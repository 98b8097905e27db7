import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, uniqueEmail, waitForSignInLink } from "./support/fixtures";
import { emailsTo } from "./support/mailbox";
import { E2E_ADMIN_EMAIL } from "./support/ports";

// An organiser (an address in ADMIN_EMAILS) asks for a magic link, reads it from the SMTP server, opens
// it, and signs in only by pressing the button: a mail scanner that opens the link uses nothing up.

/** Asks for a link through the sign-in form; returns the marker that finds its email (see fixtures). */
async function askForLink(page: Page, email: string, locale = "en"): Promise<string> {
  const marker = crypto.randomBytes(6).toString("hex");
  await page.goto(`/${locale}/auth/sign-in?${new URLSearchParams({ callbackUrl: `/${locale}/organise?story=${marker}` })}`);
  const field = page.getByRole("textbox", { name: /email|почт/i });
  await field.fill(email);
  await page.locator("form").filter({ has: field }).getByRole("button").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/auth/check-email$`));
  return marker;
}

test("an organiser signs in with a magic link, confirmed by a button press", async ({ page, request, baseURL }) => {
  const marker = await askForLink(page, E2E_ADMIN_EMAIL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const link = await waitForSignInLink(E2E_ADMIN_EMAIL, marker);
  expect(link.startsWith(`${baseURL}/en/auth/confirm?`)).toBe(true);

  // A mail scanner fetches the link: it gets a page with a button, and no session.
  const scanned = await request.get(link);
  expect(scanned.status()).toBe(200);
  expect(await scanned.text()).toMatch(/<button[^>]*>Sign in<\/button>/);
  expect(scanned.headers()["set-cookie"] ?? "").not.toContain("session-token");
  const consoleForScanner = await request.get("/en/organise", { maxRedirects: 0 });
  expect(consoleForScanner.status()).toBe(307);
  expect(consoleForScanner.headers()["location"]).toContain("/en/auth/sign-in");

  // The person opens the same link: it still works, and the button signs them in.
  await page.goto(link);
  const main = page.getByRole("main");
  await expect(main).toContainText(`sign in as ${E2E_ADMIN_EMAIL}`);
  await main.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/organise\\?story=${marker}$`));
  await expect(page.getByText(`Signed in as ${E2E_ADMIN_EMAIL}`)).toBeVisible();
  await expect(page.getByText("(instance admin)")).toBeVisible();
  await page.locator('a[href="/en/organise/campaigns/zhanaozen"]').click();
  await expect(page.getByRole("heading", { level: 2, name: "Manage" })).toBeVisible();

  // The same link a second time: a polite page with a way to ask for a new one.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This sign-in link no longer works");
  await expect(main).toContainText("It has already been used");
  await expect(main.getByRole("link", { name: "Ask for a new sign-in link" })).toBeVisible();

  // Signing out ends the session.
  await page.goto("/en/organise");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.getByRole("banner").getByRole("link", { name: "Organise" }).click();
  await expect(page).toHaveURL(/\/en\/auth\/sign-in\?callbackUrl=%2Fen%2Forganise$/);
});

test("an unknown address sees exactly the same page, and no email is sent", async ({ page }) => {
  const stranger = uniqueEmail("stranger");
  await askForLink(page, stranger);
  const strangerPage = await page.getByRole("main").innerText();

  // A known address right after: once its email has arrived, the stranger's would have too.
  const marker = await askForLink(page, E2E_ADMIN_EMAIL);
  const knownPage = await page.getByRole("main").innerText();
  expect(strangerPage).toBe(knownPage);
  await waitForSignInLink(E2E_ADMIN_EMAIL, marker);
  expect(emailsTo(stranger)).toHaveLength(0);
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("an organiser signs in in Russian with plain forms", async ({ page }) => {
    const marker = await askForLink(page, E2E_ADMIN_EMAIL, "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Проверьте почту");
    const link = await waitForSignInLink(E2E_ADMIN_EMAIL, marker);
    expect(emailsTo(E2E_ADMIN_EMAIL).find((m) => m.text.includes(new URL(link).search))?.subject).toBe("Ссылка для входа в Placard");
    await page.goto(link);
    await page.getByRole("main").getByRole("button", { name: "Войти" }).click();
    await expect(page).toHaveURL(/\/ru\/organise\?story=/);
    await expect(page.getByText(`Вы вошли как ${E2E_ADMIN_EMAIL}`)).toBeVisible();
  });

  test("a mistyped address is explained in place", async ({ page }) => {
    await page.goto("/en/auth/sign-in");
    // The browser's own check lets "name@host" through; the server's stricter one explains it.
    await page.getByLabel(/email/i).fill("organiser@localhost");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Enter an email address such as name@example.org.")).toBeVisible();
    await expect(page.getByLabel(/email/i)).toHaveValue("organiser@localhost");
  });
});
