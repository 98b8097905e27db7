import crypto from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { emailsTo, linksIn } from "./mailbox";
import { E2E_ADMIN_EMAIL } from "./ports";

// Each test gets its own client address (the e2e servers trust one proxy hop, TRUSTED_PROXY=one),
// so that per-IP rate limits of one story never touch another. A story about rate limits keeps one address.

function randomTestIp(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${(b[2]! % 250) + 2}`;
}

/** A fresh address under example.org for one story. */
export function uniqueEmail(label: string): string {
  return `${label}-${crypto.randomBytes(4).toString("hex")}@example.org`;
}

export const test = base.extend<{ clientIp: string }>({
  clientIp: async ({}, use) => {
    await use(randomTestIp());
  },
  context: async ({ context, clientIp }, use) => {
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": clientIp });
    await use(context);
  },
});

export { expect };

/**
 * Signs `page` in through the real magic-link flow: the sign-in form, the email read from the SMTP
 * server, the confirmation page and its button. Defaults to the instance admin of the e2e servers.
 */
export async function signInAs(page: Page, email = E2E_ADMIN_EMAIL, locale = "en"): Promise<void> {
  const marker = crypto.randomBytes(6).toString("hex");
  await page.goto(`/${locale}/auth/sign-in?${new URLSearchParams({ callbackUrl: `/${locale}/organise?signin=${marker}` })}`);
  await page.getByLabel(/email/i).fill(email);
  await page.locator("form").filter({ has: page.getByLabel(/email/i) }).getByRole("button").click();
  await page.goto(await waitForSignInLink(email, marker));
  await page.getByRole("main").getByRole("button").click();
  await expect(page).toHaveURL(/\/organise/);
}

/**
 * The sign-in link to `address` whose callback carries `marker` (put it in the sign-in page's
 * callbackUrl). Both projects' servers and parallel stories may ask for a link to the same address
 * at once, through one SMTP server: the marker says which email answers which request.
 */
export async function waitForSignInLink(address: string, marker: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const mail of emailsTo(address)) {
      const link = linksIn(mail).find((l) => l.includes("/auth/confirm?") && new URL(l).searchParams.get("callbackUrl")?.includes(marker));
      if (link) return link;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no sign-in link to ${address} for request ${marker} within ${timeoutMs} ms`);
}
