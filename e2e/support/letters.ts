import type { Browser, Page } from "@playwright/test";
import { expect, uniqueEmail } from "./fixtures";
import { lastSeq, linkTo, waitForEmail } from "./mailbox";
import { randomIp } from "./team";

// Steps of the letter stories on the demo campaign: an organiser adds an office of their own to the
// directory and offers it with the companies' protest letter; a supporter writes to that office alone,
// through Placard, and confirms.

export type Office = { slug: string; name: string };

/** Imports one directory row (`columns` and `row` in the console's CSV) and ticks it on the companies' letter. */
export async function offerOfficeWithCompanyLetter(page: Page, office: Office, columns: string, row: string): Promise<void> {
  await page.goto("/en/organise/campaigns/zhanaozen/targets");
  const importForm = page.getByRole("region", { name: "Import a CSV file" });
  await importForm.getByLabel("CSV text").fill([columns, row].join("\n"));
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported: 1 added, 0 updated.")).toBeVisible();
  await page.goto("/en/organise/campaigns/zhanaozen/letters/protest-company");
  await page.getByRole("checkbox", { name: new RegExp(`^${office.name}`) }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
}

/**
 * A supporter, in a browser of their own (own client address), writes the companies' letter to `office`
 * alone through Placard and confirms it; returns once their copy has arrived (it leaves at once, whatever
 * the office's cap: the worker has then seen the letter). Returns the supporter's address.
 */
export async function writeToOffice(browser: Browser, baseURL: string, office: Office, label: string): Promise<string> {
  const context = await browser.newContext({ baseURL, locale: "en-GB", extraHTTPHeaders: { "X-Forwarded-For": randomIp() } });
  const page = await context.newPage();
  const email = uniqueEmail(label);
  await page.goto("/en/campaigns/zhanaozen/letters/protest-company");
  await page.locator('input[name="targets"][value="kazmunaygaz"]').uncheck();
  await page.locator('input[name="targets"][value="citic"]').uncheck();
  await expect(page.locator(`input[name="targets"][value="${office.slug}"]`)).toBeChecked();
  await page.getByLabel("Your name").fill(`Supporter ${label}`);
  await page.getByLabel("Your email").fill(email);
  const after = lastSeq();
  await page.getByRole("button", { name: "Send through Placard" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await page.goto(linkTo(await waitForEmail(email, { after, subject: /Confirm your letter/ }), "/letters/confirm"));
  await page.getByRole("button", { name: "Yes, send my letter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your letter is on its way");
  await waitForEmail(email, { after, subject: /A copy of your letter/ });
  await context.close();
  return email;
}

/** The deliveries console's counts for one target row, read afresh. */
export async function deliveryCounts(page: Page, name: string): Promise<Record<"sent" | "queued" | "bounced" | "cancelled", number>> {
  await page.goto("/en/organise/campaigns/zhanaozen/deliveries");
  const row = page.getByRole("row", { name });
  const cell = async (status: string) => Number(await row.locator(`td[data-status="${status}"]`).innerText());
  return { sent: await cell("SENT"), queued: await cell("QUEUED"), bounced: await cell("BOUNCED"), cancelled: await cell("CANCELLED") };
}
