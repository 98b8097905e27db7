import type { Page } from "@playwright/test";
import { expect, signInAs, uniqueEmail } from "./fixtures";

// A campaign of the story's own, made live through the console as an admin does it: a draft with its
// title, web address and summary, an appeal, one demand, then "Make the campaign live". `prefix` starts
// its web address (prefix-tag) and names its first owner's address.

export type LiveCampaign = { slug: string; title: string; base: string; publicBase: string };

export async function liveCampaignThroughConsole(page: Page, prefix: string, tag: string): Promise<LiveCampaign> {
  const slug = `${prefix}-${tag}`;
  const title = `Free the Mangystau strikers ${tag}`;
  const base = `/en/organise/campaigns/${slug}`;
  await signInAs(page);
  await page.goto("/en/organise/campaigns/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Web address").fill(slug);
  await page.getByLabel("Summary").fill("Oil workers on strike since May are on trial for it.");
  await page.getByLabel("First owner's email address").fill(uniqueEmail(`${prefix}-owner`));
  await page.getByRole("button", { name: "Create the draft campaign" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}\\?created=1$`));
  await page.goto(`${base}/texts`);
  await page.getByLabel("Appeal").fill("Since May, **oil workers** in Mangystau have been on strike.");
  await page.getByRole("button", { name: "Save the texts" }).click();
  await expect(page.getByText("The texts were saved.")).toBeVisible();
  await page.goto(`${base}/demands`);
  const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Add the demand" }) });
  await add.getByLabel(/Text in English/).fill("Drop the charges against the strikers");
  await add.getByRole("button", { name: "Add the demand" }).click();
  await expect(page.getByRole("heading", { name: "Demand 1", exact: true })).toBeVisible();
  await page.goto(`${base}/settings`);
  await page.getByRole("button", { name: "Make the campaign live" }).click();
  await expect(page.getByRole("status")).toHaveText("The campaign is live: its page is public.");
  return { slug, title, base, publicBase: `/en/campaigns/${slug}` };
}
