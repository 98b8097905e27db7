import crypto from "node:crypto";
import type { Browser } from "@playwright/test";
import { expect, signInAs } from "./fixtures";

// A petition of a story's own on the demo campaign, drafted and opened by the admin through the console
// (in a browser of its own), so that the story's counts start at 0 and nobody else signs it.

/** The new open petition's public path. */
export async function openOwnPetition(browser: Browser, label: string): Promise<string> {
  const slug = `${label}-${crypto.randomBytes(4).toString("hex")}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page);
  const base = "/en/organise/campaigns/zhanaozen/petitions";
  await page.goto(`${base}/new`);
  await page.getByRole("group", { name: "Demands" }).getByRole("checkbox").first().check();
  await page.getByLabel("Web address").fill(slug);
  await page.getByRole("button", { name: "Draft the petition" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/${slug}$`));
  await page.getByLabel("Addressed to").first().fill("The Prosecutor General of Kazakhstan");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Open the petition" }).click();
  await expect(page.getByText("The petition is open.")).toBeVisible();
  await context.close();
  return `/en/campaigns/zhanaozen/petitions/${slug}`;
}
