import crypto from "node:crypto";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { fieldError, joinThroughInvitation } from "./support/team";

// Issue 10, a team with roles that mean something. The instance admin starts a campaign and names its
// first owner; the owner joins through the emailed invitation (in a browser without JavaScript), invites
// a moderator, who joins and can moderate but not manage the team or read the audit log; the owner
// removes the moderator, whose next request is refused; the last owner cannot leave. Each story makes
// its own campaign and addresses.

test("an admin starts a campaign; its owner joins by invitation, adds a moderator and removes them again", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const tag = crypto.randomBytes(4).toString("hex");
  const title = `Solidarity with the oil workers ${tag}`;
  const slug = `oil-workers-${tag}`;
  const owner = uniqueEmail("owner");
  const moderator = uniqueEmail("moderator");

  // The admin starts the campaign. An address that is taken is refused at its field, the rest kept.
  await signInAs(page);
  await page.goto("/en/organise");
  await page.getByRole("link", { name: "Start a campaign" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start a campaign");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Web address").fill("zhanaozen");
  await page.getByLabel("First owner's email address").fill(owner);
  await page.getByRole("button", { name: "Create the draft campaign" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Some answers need correcting: see the messages at the fields.");
  expect(await fieldError(page, "Web address")).toBe("Another campaign already has this address.");
  await expect(page.getByLabel("Title")).toHaveValue(title);

  await page.getByLabel("Web address").fill(slug);
  await page.getByRole("button", { name: "Create the draft campaign" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/organise/campaigns/${slug}\\?created=1$`));
  await expect(page.getByRole("status")).toHaveText("The campaign was created as a draft, and its first owner was sent an invitation.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("main")).toContainText("Draft");
  // A draft has no public page yet.
  expect((await page.request.get(`/en/campaigns/${slug}`)).status()).toBe(404);

  // The owner joins in a browser without JavaScript, and lands in the campaign's console.
  const ownerSide = await joinThroughInvitation(browser, owner, title, { javaScriptEnabled: false });
  const ownerPage = ownerSide.page;
  await expect(ownerPage).toHaveURL(new RegExp(`/en/organise/campaigns/${slug}$`));
  await expect(ownerPage.getByText(`Signed in as ${owner}`)).toBeVisible();
  // The invitation's link, used, joins nobody again.
  await ownerPage.goto(ownerSide.link);
  await expect(ownerPage.getByRole("heading", { level: 1 })).toHaveText("This invitation cannot be used");
  await expect(ownerPage.getByRole("main")).toContainText("already been used");

  // The owner invites a moderator.
  await ownerPage.goto(`/en/organise/campaigns/${slug}`);
  await ownerPage.getByRole("link", { name: "Team" }).click();
  await expect(ownerPage.getByRole("heading", { level: 1 })).toHaveText("Team");
  const invite = ownerPage.locator("form").filter({ has: ownerPage.getByRole("button", { name: "Send the invitation" }) });
  await invite.getByLabel("Their email address").fill(moderator);
  await invite.getByLabel("Role").selectOption("MODERATOR");
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(ownerPage.getByText(`An invitation went to ${moderator}.`)).toBeVisible();
  // Reloading the answer sends the form again (no JavaScript): the link already mailed stays the one.
  await ownerPage.reload();
  await expect(ownerPage.getByText(`An invitation went to ${moderator} a few minutes ago and still works: nothing was sent again.`)).toBeVisible();
  await ownerPage.goto(`/en/organise/campaigns/${slug}/members`);
  await expect(ownerPage.getByRole("main")).toContainText(`${moderator}, as moderator`);

  // The moderator joins; they see the team but cannot change it, and the audit log is not theirs.
  const moderatorSide = await joinThroughInvitation(browser, moderator, title, { javaScriptEnabled: true });
  const moderatorPage = moderatorSide.page;
  await expect(moderatorPage).toHaveURL(new RegExp(`/en/organise/campaigns/${slug}$`));
  await expect(moderatorPage.getByRole("link", { name: "Sponsors" })).toBeVisible();
  await expect(moderatorPage.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await moderatorPage.goto(`/en/organise/campaigns/${slug}/members`);
  await expect(moderatorPage.getByRole("main")).toContainText(owner);
  await expect(moderatorPage.getByRole("button", { name: /Remove|Send the invitation/ })).toHaveCount(0);
  expect((await moderatorPage.request.get(`/en/organise/campaigns/${slug}/audit`)).status()).toBe(404);

  // The owner's audit log: who did what.
  await ownerPage.goto(`/en/organise/campaigns/${slug}/audit`);
  const log = ownerPage.getByRole("table");
  await expect(log.getByRole("row")).toHaveCount(1 + 5); // header; created, invited owner, owner joined, invited moderator, moderator joined
  await expect(log.getByRole("row").nth(1)).toContainText(moderator);
  await expect(log.getByRole("row").nth(1)).toContainText("joined the team");

  // The last owner cannot leave; the moderator can be removed, and their next request is refused.
  await ownerPage.goto(`/en/organise/campaigns/${slug}/members`);
  await ownerPage.getByRole("button", { name: `Remove ${owner}` }).click();
  await expect(ownerPage.getByRole("main").getByRole("alert")).toHaveText("A campaign needs at least one owner: make someone else an owner first.");
  await ownerPage.getByRole("button", { name: `Remove ${moderator}` }).click();
  await expect(ownerPage.getByRole("status")).toHaveText("The member was removed from the team. Their next request in this campaign is refused.");
  await expect(ownerPage.getByRole("main")).not.toContainText(moderator);

  await moderatorPage.goto(`/en/organise/campaigns/${slug}/sponsors`);
  await expect(moderatorPage.getByRole("heading", { level: 1 })).toHaveText("Page not found");

  await ownerSide.context.close();
  await moderatorSide.context.close();
});
