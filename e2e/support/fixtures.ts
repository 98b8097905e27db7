import crypto from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { lastSeq, linkTo, waitForEmail } from "./mailbox";
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
  const after = lastSeq();
  await page.goto(`/${locale}/auth/sign-in`);
  await page.getByLabel(/email/i).fill(email);
  await page.locator("form").filter({ has: page.getByLabel(/email/i) }).getByRole("button").click();
  const mail = await waitForEmail(email, { after });
  await page.goto(linkTo(mail, "/auth/confirm"));
  await page.getByRole("main").getByRole("button").click();
  await expect(page).toHaveURL(/\/organise/);
}
