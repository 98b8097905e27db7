import crypto from "node:crypto";
import { test, expect, signInAs } from "./support/fixtures";
import { lastSeq, linkTo, waitForEmail } from "./support/mailbox";

// The Riverside dockers' branch reads the appeal and adds its name to the campaign's sponsors. It
// confirms from the email the branch secretary receives, but is not listed yet: an organiser checks it
// first, in the console, and approves it. Then it appears under its country and kind, marked as
// having written from its own website's domain. A supporter without JavaScript can do the same.

test.describe("a union branch becomes a sponsor", () => {
  test("fills the form, confirms from the email, is approved by the organiser and listed", async ({ page }) => {
    const tag = crypto.randomBytes(3).toString("hex");
    const branch = `Riverside Dockers' Branch ${tag}`;
    const domain = `riverside-${tag}.example.org`;
    const email = `secretary@${domain}`;

    await page.goto("/en/campaigns/zhanaozen/sponsors");
    await page.getByRole("link", { name: "Add your name to the sponsors" }).click();
    await expect(page).toHaveURL(/\/en\/campaigns\/zhanaozen\/sponsors\/new$/);

    await page.getByLabel("An organisation").check();
    await page.getByLabel("Name of the organisation").fill(branch);
    await page.getByLabel("Kind of organisation").selectOption({ label: "Union branch" });
    await page.getByLabel("Website", { exact: true }).fill(`https://www.${domain}`);
    await page.getByLabel("Contact person").fill("Branch secretary");
    await page.getByLabel("Country", { exact: true }).selectOption({ label: "United Kingdom" });
    await page.getByLabel("Email address", { exact: true }).fill(email);
    await page.getByLabel(/I agree that the name above/).check();
    const after = lastSeq();
    await page.getByRole("button", { name: "Add my name" }).click();

    await expect(page).toHaveURL(/\/sponsors\/check-email$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");

    const mail = await waitForEmail(email, { after, subject: /Confirm your sponsorship/ });
    // The email does not repeat the typed name (issue 9); the page its link opens shows it.
    expect(mail.text).not.toContain(branch);
    await page.goto(linkTo(mail, "/sponsors/confirm"));
    await expect(page.getByText(`“${branch}” sponsors the campaign`)).toBeVisible();
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: confirmed");

    await page.goto("/en/campaigns/zhanaozen/sponsors");
    await expect(page.getByText(branch)).toHaveCount(0);

    await signInAs(page);
    await page.goto("/en/organise/campaigns/zhanaozen/sponsors");
    const entry = page.getByRole("listitem").filter({ hasText: branch });
    await expect(entry).toContainText("Awaiting a decision");
    await expect(entry).toContainText(email);
    await expect(entry).toContainText("Email at the website’s domain");
    await entry.getByRole("button", { name: `Approve ${branch}` }).click();
    await expect(page.getByText("1 sponsor approved.")).toBeVisible();
    // Decided entries are folded away; opening the approved ones shows it there.
    await expect(page.getByRole("listitem").filter({ hasText: branch })).toBeHidden();
    await page.getByRole("heading", { name: /^Approved \(\d+\)$/ }).click();
    await expect(page.getByRole("listitem").filter({ hasText: branch })).toContainText("Approved");

    // The public page is served from the cache (decision 022): a render begun just before the approval may
    // stand for its 5 s. A reader who reloads sees the branch within a few seconds.
    const uk = page.getByRole("region", { name: /United Kingdom/ });
    const listed = uk.getByRole("listitem").filter({ hasText: branch });
    await expect(async () => {
      await page.goto("/en/campaigns/zhanaozen/sponsors");
      await expect(listed).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 15_000, intervals: [1_000] });
    await expect(listed).toContainText("Email at the website’s domain");
    await expect(listed.getByRole("link", { name: domain })).toHaveAttribute("href", `https://www.${domain}`);
    // It sits under the union branches' heading, and nobody's address is on the public page.
    await expect(uk.getByRole("heading", { name: /^Union branches \(\d+\)$/ })).toBeVisible();
    await expect(page.locator("main")).not.toContainText("@");
  });
});

test.describe("a supporter without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("is told what is missing, then adds their name as an individual", async ({ page }) => {
    await page.goto("/en/campaigns/zhanaozen/sponsors/new");
    await page.getByRole("button", { name: "Add my name" }).click();
    await expect(page.getByText("Please correct the marked fields.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Enter your name." })).toBeVisible();
    await expect(page.getByText("Choose a country.").first()).toBeVisible();
    await expect(page.getByText("Tick the box to agree to your name being listed.").first()).toBeVisible();

    const email = `ingrid-${crypto.randomBytes(3).toString("hex")}@example.org`;
    await page.getByLabel("Myself, as an individual").check();
    await page.getByLabel("Your name", { exact: true }).fill("=Ingrid Solvang");
    await page.getByLabel("Country", { exact: true }).selectOption("NO");
    await page.getByLabel("Email address", { exact: true }).fill(email);
    await page.getByLabel(/I agree that the name above/).check();
    await page.getByRole("button", { name: "Add my name" }).click();
    await expect(page.getByText("Names cannot contain links or web addresses such as example.com (after a dot, put a space: J. R. Smith), nor start with =, +, - or @.").first()).toBeVisible();
    // What was typed is still there.
    await expect(page.getByLabel("Email address", { exact: true })).toHaveValue(email);

    await page.getByLabel("Your name", { exact: true }).fill("Ingrid Solvang");
    await page.getByLabel(/I agree that the name above/).check();
    await page.getByRole("button", { name: "Add my name" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    await waitForEmail(email, { subject: /Confirm your sponsorship/ });
  });
});
