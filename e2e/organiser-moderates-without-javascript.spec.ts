import crypto from "node:crypto";
import { test, expect, signInAs } from "./support/fixtures";
import { signThePetition } from "./support/signing";

// Timur organises from an old laptop with JavaScript switched off. Every console form still works as a
// plain form post: a mistake comes back in place, a petition is drafted, opened, closed and delivered,
// a flood of signatures from one fake domain is invalidated after the confirmation step, and a union
// office's address goes on the allow-list and off again.

const CONSOLE = "/en/organise/campaigns/zhanaozen";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an organiser drafts, opens, closes and delivers a petition, then invalidates a fake domain", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const tag = crypto.randomBytes(3).toString("hex");
    const slug = `no-js-${tag}`;
    await signInAs(page);

    await page.goto(`${CONSOLE}/petitions/new`);
    await page.getByRole("button", { name: "Draft the petition" }).click();
    await expect(page.getByText("Choose at least one demand.")).toBeVisible();
    await page.getByRole("group", { name: "Demands" }).getByRole("checkbox").first().check();
    await page.getByRole("group", { name: "Addressed to" }).getByRole("checkbox").first().check();
    await page.getByLabel("Goal (signatures)").fill("-3");
    await page.getByLabel("Web address").fill(slug);
    await page.getByRole("button", { name: "Draft the petition" }).click();
    await expect(page.getByText("The goal must be a whole number")).toBeVisible();
    await expect(page.getByLabel("Web address")).toHaveValue(slug);
    await page.getByLabel("Goal (signatures)").fill("50");
    await page.getByRole("button", { name: "Draft the petition" }).click();
    await expect(page).toHaveURL(new RegExp(`/petitions/${slug}$`));

    await page.getByRole("button", { name: "Open the petition" }).click();
    await expect(page.getByText("The petition is open.")).toBeVisible();

    // A bot signs from a throwaway domain (and never confirms).
    const botContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `10.88.${crypto.randomInt(250)}.${crypto.randomInt(2, 250)}` } });
    const bot = await botContext.newPage();
    await signThePetition(bot, { name: `Bot ${tag}`, email: `bot@${tag}.example.org` }, `/en/campaigns/zhanaozen/petitions/${slug}`);
    await botContext.close();

    await page.getByRole("button", { name: "Close the petition" }).click();
    await expect(page.getByText("The petition is closed.")).toBeVisible();
    await page.getByLabel("Notes").fill("Posted, recorded delivery.");
    await page.getByLabel("How it was delivered").selectOption("POST");
    await page.getByRole("button", { name: "Record the delivery" }).click();
    await expect(page.getByText("Delivery recorded.", { exact: false })).toBeVisible();

    // Moderation: filter by the fake domain, confirm the number, give a reason.
    await page.goto(`${CONSOLE}/signatures`);
    await page.getByLabel("Email domain").fill(`${tag}.example.org`);
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByText("1 signature matches.")).toBeVisible();
    await page.getByRole("link", { name: "Invalidate the matching signatures…" }).click();
    await expect(page.getByRole("heading", { name: "Invalidate 1 signature?" })).toBeVisible();
    await page.getByLabel("Reason").fill("Throwaway domain");
    await page.getByRole("button", { name: "Invalidate 1 signature" }).click();
    await expect(page.getByText("1 signature invalidated.")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: `Bot ${tag}` })).toContainText("Invalidated");

    // The allow-list.
    const address = `192.0.2.${crypto.randomInt(2, 250)}`;
    await page.getByLabel("IP address", { exact: true }).last().fill("not an address");
    await page.getByRole("button", { name: "Add to the allow-list" }).click();
    await expect(page.getByText("Enter an IPv4 or IPv6 address.")).toBeVisible();
    await page.locator("#allow-address").fill(address);
    await page.getByLabel("Note").fill(`Union office ${tag}`);
    await page.getByRole("button", { name: "Add to the allow-list" }).click();
    await expect(page.getByText("Address added to the allow-list.")).toBeVisible();
    await page.getByRole("button", { name: `Remove ${address} from the allow-list` }).click();
    await expect(page.getByText("Address removed from the allow-list.")).toBeVisible();
    await expect(page.getByRole("cell", { name: `Union office ${tag}` })).toHaveCount(0);
  });
});
