import crypto from "node:crypto";
import { test, expect, signInAs } from "./support/fixtures";

// The campaign hears back: an admin logs the reply the Kazakh embassy in Berlin sent, publishes it, and
// the public campaign page (and its wall page) shows its summary under "Replies from the targets";
// unpublished, it is gone from both. (The wall's own story, a solidarity message written through the
// composer, confirmed and approved in the queue, is supporter-writes-to-the-workers-and-the-wall-shows-it.spec.ts.)

const CONSOLE = "/en/organise/campaigns/zhanaozen/replies";
const PUBLIC = "/en/campaigns/zhanaozen";

test("an organiser logs a reply from the Berlin embassy, publishes it, and withdraws it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const summary = `The embassy promises an answer from Astana (${crypto.randomBytes(4).toString("hex")}).`;
  await signInAs(page);

  await page.goto("/en/organise/campaigns/zhanaozen");
  await page.getByRole("link", { name: "Replies from targets" }).click();
  await expect(page).toHaveURL(new RegExp(`${CONSOLE}$`));
  await page.getByLabel("Target").selectOption({ label: "Embassy of the Republic of Kazakhstan in Germany" });
  await page.getByLabel("Received on").fill("2026-12-01");
  await page.getByLabel("Summary").fill(summary);
  await page.getByLabel("Full text (optional)").fill("Dear campaign,\n<b>we</b> have received your letters.");
  await page.getByRole("button", { name: "Log the reply" }).click();
  await expect(page.getByText("The reply is logged. It is not public until you publish it.")).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: summary });
  await expect(item).toContainText("Not published");
  await expect(item).toContainText("<b>we</b> have received your letters.");

  const visitor = await browser.newPage();
  await visitor.goto(PUBLIC);
  await expect(visitor.getByText(summary)).toHaveCount(0);

  await item.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("The reply is published on the campaign page.")).toBeVisible();

  await visitor.goto(PUBLIC);
  const replies = visitor.getByRole("region", { name: "Replies from the targets" });
  await expect(replies).toContainText(summary);
  await expect(replies).toContainText("Embassy of the Republic of Kazakhstan in Germany");
  await visitor.getByRole("link", { name: "All replies" }).click();
  await expect(visitor.getByText(summary)).toBeVisible();

  await page.getByRole("listitem").filter({ hasText: summary }).getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByText("The reply is no longer public.")).toBeVisible();
  await visitor.goto(PUBLIC);
  await expect(visitor.getByText(summary)).toHaveCount(0);
  await visitor.close();
});
