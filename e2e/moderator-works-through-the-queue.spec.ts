import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { liveCampaignThroughConsole } from "./support/live-campaign";
import { test, expect, uniqueEmail } from "./support/fixtures";
import { waitForEmail } from "./support/mailbox";
import { lastSeq, signThePetition } from "./support/signing";
import { offerSponsorship } from "./support/sponsoring";
import { fieldError, joinThroughInvitation, randomIp } from "./support/team";

// A campaign of the story's own goes live with one petition. A supporter signs it twice from one
// connection within a minute (the second signature is held as suspect); a union branch and a person
// offer their names as sponsors and confirm them. The moderator, invited into the team, sees
// "Moderation (3)" in the console's navigation and works through the queue without JavaScript, oldest
// first: counts the held signature, approves the branch (which then shows on the public list), and
// rejects the person with a reason, which reaches them by email. The count ends at exactly 0.

test.describe.configure({ timeout: 240_000 });

async function liveCampaignWithPetition(page: Page, tag: string) {
  const { slug, title, base } = await liveCampaignThroughConsole(page, "queue", tag);
  const petitionSlug = `drop-the-charges-${tag}`;
  await page.goto(`${base}/petitions/new`);
  await page.getByRole("group", { name: "Demands" }).getByRole("checkbox").first().check();
  await page.getByLabel("Web address").fill(petitionSlug);
  await page.getByRole("button", { name: "Draft the petition" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/petitions/${petitionSlug}$`));
  await page.getByLabel("Addressed to").first().fill("The Prosecutor General of Kazakhstan");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Open the petition" }).click();
  await expect(page.getByText("The petition is open.")).toBeVisible();
  return { slug, title, base, petitionPath: `/en/campaigns/${slug}/petitions/${petitionSlug}` };
}

test("a moderator works through the queue without JavaScript, and it ends empty", async ({ page, browser }) => {
  const tag = crypto.randomBytes(3).toString("hex");
  const campaign = await liveCampaignWithPetition(page, tag);
  const moderatorEmail = uniqueEmail("queue-moderator");
  await page.goto(`${campaign.base}/members`);
  const invite = page.locator("form").filter({ has: page.getByRole("button", { name: "Send the invitation" }) });
  await invite.getByLabel("Their email address").fill(moderatorEmail);
  await invite.getByLabel("Role").selectOption("MODERATOR");
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText(`An invitation went to ${moderatorEmail}.`)).toBeVisible();

  // One connection signs twice within a minute: the second signature is held as suspect, and not mailed.
  const office = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": randomIp() } });
  const desk = await office.newPage();
  await signThePetition(desk, { name: `Asel Counted ${tag}`, email: uniqueEmail("asel") }, campaign.petitionPath);
  const held = `Dana Held ${tag}`;
  await signThePetition(desk, { name: held, email: uniqueEmail("dana") }, campaign.petitionPath);
  await office.close();

  const branch = `Aktau Drivers' Branch ${tag}`;
  await offerSponsorship(browser, campaign.slug, async (p) => {
    await p.getByLabel("An organisation").check();
    await p.getByLabel("Name of the organisation").fill(branch);
    await p.getByLabel("Kind of organisation").selectOption({ label: "Union branch" });
    await p.getByLabel("Website", { exact: true }).fill(`https://aktau-${tag}.example.org`);
    await p.getByLabel("Country", { exact: true }).selectOption({ label: "Kazakhstan" });
  }, uniqueEmail("branch"));
  const person = `Ingrid Solvang ${tag}`;
  const personEmail = uniqueEmail("ingrid");
  await offerSponsorship(browser, campaign.slug, async (p) => {
    await p.getByLabel("Myself, as an individual").check();
    await p.getByLabel("Your name", { exact: true }).fill(person);
    await p.getByLabel("Country", { exact: true }).selectOption("NO");
  }, personEmail);

  // The moderator joins, without JavaScript, and sees the number waiting in the console's navigation.
  const { page: m, context } = await joinThroughInvitation(browser, moderatorEmail, campaign.title, { javaScriptEnabled: false });
  await expect(m).toHaveURL(new RegExp(`${campaign.base}$`));
  const nav = m.getByRole("navigation", { name: "This campaign" });
  await expect(nav.getByRole("link")).toHaveText("Moderation (3)");
  await nav.getByRole("link", { name: "Moderation (3)" }).click();
  await expect(m.getByRole("heading", { level: 1 })).toHaveText(`Moderation queue of “${campaign.title}”`);
  await expect(m.getByText("3 items wait for a decision.")).toBeVisible();
  const items = m.getByRole("main").getByRole("listitem").filter({ has: m.getByRole("heading", { level: 2 }) });
  await expect(items.getByRole("heading", { level: 2 })).toHaveText([`Suspect signature: ${held}`, `Sponsor entry: ${branch}`, `Sponsor entry: ${person}`]);
  await expect(items.nth(0)).toContainText("Held because: too many signatures from one connection");
  await expect(items.nth(0)).toContainText("To decide: count this signature, or invalidate it?");
  await expect(items.nth(1)).toContainText("To decide: show this entry on the public list of sponsors?");

  // Keyboard: the reason field and the buttons are reached with Tab, and a button is pressed with Enter.
  const signature = items.nth(0);
  await signature.getByLabel("Reason (needed to reject)").focus();
  await m.keyboard.press("Tab");
  await expect(signature.getByRole("button", { name: "Count it" })).toBeFocused();
  await m.keyboard.press("Enter");
  await expect(m.getByRole("status")).toHaveText("The signature counts now.");
  await expect(nav.getByRole("link")).toHaveText("Moderation (2)");

  const branchItem = items.filter({ hasText: branch });
  await branchItem.getByRole("button", { name: "Approve" }).click();
  await expect(m.getByRole("status")).toHaveText("Sponsor approved: it is on the public list now.");
  await expect(nav.getByRole("link")).toHaveText("Moderation (1)");

  // Rejecting needs a reason: the message is at the field, and nothing is decided.
  const personItem = items.filter({ hasText: person });
  await personItem.getByRole("button", { name: "Reject" }).click();
  await expect.poll(() => fieldError(m, "Reason (needed to reject)")).toBe("Give a reason for rejecting.");
  await expect(nav.getByRole("link")).toHaveText("Moderation (1)");
  const before = lastSeq();
  const reason = `We could not find you among the union's delegates ${tag}`;
  await items.filter({ hasText: person }).getByLabel("Reason (needed to reject)").fill(reason);
  await items.filter({ hasText: person }).getByRole("button", { name: "Reject" }).click();
  await expect(m.getByRole("status")).toHaveText("Sponsor rejected: the reason is on its way to them.");
  await expect(nav.getByRole("link")).toHaveText("Moderation (0)");
  await expect(m.getByText("The queue is empty: there is nothing to decide.")).toBeVisible();

  const rejection = await waitForEmail(personEmail, { after: before, subject: /was not published/ });
  expect(rejection.subject).toBe(`Your sponsorship of “${campaign.title}” was not published`);
  expect(rejection.text).toContain(`Their reason: “${reason}”`);

  // The public list shows the approved branch and not the rejected person.
  const visitor = await browser.newPage();
  await visitor.goto(`/en/campaigns/${campaign.slug}/sponsors`);
  await expect(visitor.getByText(branch)).toBeVisible();
  await expect(visitor.getByText(person)).toHaveCount(0);
  await visitor.close();
  await context.close();
});
