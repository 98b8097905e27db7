import type { Browser, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { linkTo, waitForEmail } from "./mailbox";
import { lastSeq } from "./signing";
import { randomIp } from "./team";

/** A supporter (from a connection of their own) offers a sponsorship with `fill`'s answers and confirms it from the email. */
export async function offerSponsorship(browser: Browser, slug: string, fill: (page: Page) => Promise<void>, email: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": randomIp() } });
  const page = await context.newPage();
  await page.goto(`/en/campaigns/${slug}/sponsors/new`);
  await fill(page);
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel(/I agree that the name above/).check();
  const before = lastSeq();
  await page.getByRole("button", { name: "Add my name" }).click();
  await expect(page).toHaveURL(/\/sponsors\/check-email$/);
  await page.goto(linkTo(await waitForEmail(email, { after: before, subject: /Confirm your sponsorship/ }), "/sponsors/confirm"));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: confirmed");
  await context.close();
}
