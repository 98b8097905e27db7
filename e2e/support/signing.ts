import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { lastSeq, linkTo, waitForEmail, type ReceivedEmail } from "./mailbox";

// Steps of the supporter's stories on the demo petition (see lib/seed): sign, read the email, confirm.

export const PETITION_PATH = "/en/campaigns/zhanaozen/petitions/justice-for-zhanaozen";

export type Supporter = { name: string; email: string; country?: string; city?: string; isPublic?: boolean; onDeliveredList?: boolean };

/** Fills the sign form on the petition page and sends it; ends on the "check your email" page. */
export async function signThePetition(page: Page, supporter: Supporter, path = PETITION_PATH): Promise<void> {
  await page.goto(path);
  const form = page.locator("#sign");
  await form.getByLabel("Your name").fill(supporter.name);
  await form.getByLabel("Email address").fill(supporter.email);
  await form.getByLabel("Country").selectOption(supporter.country ?? "KZ");
  if (supporter.city) await form.getByLabel(/City or postcode/).fill(supporter.city);
  if (supporter.isPublic) await form.getByLabel(/Show my name/).check();
  if (supporter.onDeliveredList) await form.getByLabel(/Put me on the list/).check();
  await form.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page).toHaveURL(/\/thanks$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
}

/** Waits for the next confirmation email to `address` (after `after`), and returns it with its link. */
export async function confirmationEmail(address: string, after: number): Promise<{ email: ReceivedEmail; link: string }> {
  const email = await waitForEmail(address, { after, subject: /confirm your signature/i });
  return { email, link: linkTo(email, "/signatures/confirm") };
}

/** The count on the petition page, as a number. */
export async function readCount(page: Page, path = PETITION_PATH): Promise<number> {
  await page.goto(path);
  const text = (await page.getByTestId("signature-count").textContent()) ?? "";
  const digits = text.replace(/\D/g, "");
  return digits ? Number(digits) : 0;
}

/** The public names in the petition's recent signatures. */
export async function recentNames(page: Page, path = PETITION_PATH): Promise<string> {
  await page.goto(path);
  return (await page.getByTestId("recent-signers").textContent()) ?? "";
}

export { lastSeq };
