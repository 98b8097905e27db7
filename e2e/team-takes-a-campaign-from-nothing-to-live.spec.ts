import crypto from "node:crypto";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { confirmationEmail, lastSeq, signThePetition } from "./support/signing";
import { offerSponsorship } from "./support/sponsoring";
import { fieldError, joinThroughInvitation, randomIp } from "./support/team";

// Issue 10, campaigns from nothing. An admin starts a campaign, and its owner makes it a live one: the
// appeal (a Markdown <script> refused at its field), five demands (one moved up), a Russian translation,
// a petition drafted from three demands, the preview of the draft in both languages, and going live,
// refused until nothing is missing. The owner invites a moderator, who approves a union branch as
// sponsor and may not export signatures (no export in the page; the export's address refused); the
// owner removes the moderator, whose next request is refused. A supporter signs the new petition, and
// its count is exactly 1. The story makes all of its own data.

test("an owner takes a new campaign from a draft to live, with a translation, a petition and a moderator", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const tag = crypto.randomBytes(4).toString("hex");
  const title = `Free the Mangystau strikers ${tag}`;
  const slug = `mangystau-${tag}`;
  const owner = uniqueEmail("owner");
  const moderator = uniqueEmail("moderator");
  const base = `/en/organise/campaigns/${slug}`;

  // The admin starts the campaign and names its owner.
  await signInAs(page);
  await page.goto("/en/organise/campaigns/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Web address").fill(slug);
  await page.getByLabel("Summary").fill("Oil workers on strike since May are on trial for it.");
  await page.getByLabel("First owner's email address").fill(owner);
  await page.getByRole("button", { name: "Create the draft campaign" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}\\?created=1$`));

  const { page: o, context: ownerContext } = await joinThroughInvitation(browser, owner, title, { javaScriptEnabled: true });
  await expect(o).toHaveURL(new RegExp(`${base}$`));

  // Going live is refused, with what is missing.
  await o.getByRole("link", { name: "State and settings" }).click();
  await expect(o.getByRole("heading", { level: 1 })).toHaveText("State and settings");
  const missing = o.locator(".notice").filter({ hasText: "Before it can go live" });
  await expect(missing.getByRole("listitem")).toHaveText(["the appeal's text in English", "at least one demand"]);
  await o.getByRole("button", { name: "Make the campaign live" }).click();
  await expect(o.getByRole("main").getByRole("alert")).toHaveText("The campaign cannot go live yet: the list on this page says what is missing.");
  expect((await o.request.get(`/en/campaigns/${slug}`)).status()).toBe(404);

  // The appeal: HTML is refused at its field and what was typed is kept; Markdown is saved.
  await o.goto(`${base}/texts`);
  const scripted = "The strikers are on trial. <script>alert('x')</script>";
  await o.getByLabel("Appeal").fill(scripted);
  await o.getByRole("button", { name: "Save the texts" }).click();
  await expect.poll(() => fieldError(o, "Appeal")).toBe("Write the appeal in Markdown: HTML tags (such as a script tag) are not allowed.");
  await expect(o.getByLabel("Appeal")).toHaveValue(scripted);
  await o.getByLabel("Appeal").fill("Since May, **oil workers** in Mangystau have been on strike.\n\nFourteen of them are on trial for it.");
  await o.getByRole("button", { name: "Save the texts" }).click();
  await expect(o.getByText("The texts were saved.")).toBeVisible();

  // Five demands; the fifth moved up; an empty one refused at its field.
  await o.goto(`${base}/demands`);
  await expect(o.getByText("No demands yet")).toBeVisible();
  const demands = ["Drop the charges against the strikers", "Reinstate the sacked workers", "Recognise the independent union", "Pay the wages owed since May", "Let observers into the trial"];
  const add = o.locator("form").filter({ has: o.getByRole("button", { name: "Add the demand" }) });
  await add.getByRole("button", { name: "Add the demand" }).click(); // empty: the browser's own check stops it (required)
  await add.getByLabel(/Text in English/).fill("   ");
  await add.getByRole("button", { name: "Add the demand" }).click();
  await expect.poll(() => add.locator(".field-error").innerText()).toBe("Write the demand's text.");
  for (const [i, text] of demands.entries()) {
    await add.getByLabel(/Text in English/).fill(text);
    await add.getByRole("button", { name: "Add the demand" }).click();
    await expect(o.getByRole("heading", { name: `Demand ${i + 1}`, exact: true })).toBeVisible();
  }
  await expect(o.getByRole("button", { name: "Move Demand 1 up" })).toHaveCount(0); // out of range: not offered
  await o.getByRole("button", { name: "Move Demand 5 up" }).click();
  await expect(o.getByRole("status")).toHaveText("The demand was moved.");
  const order = [demands[0], demands[1], demands[2], demands[4], demands[3]];
  const english = o.locator("main ol").first().getByLabel("Text in English (main language)");
  await expect(english).toHaveCount(5);
  for (const [i, text] of order.entries()) await expect(english.nth(i)).toHaveValue(text!);
  // Retired, it leaves the list; restored, it is back in its place.
  await o.getByRole("button", { name: "Retire Demand 2" }).click();
  await expect(o.getByRole("status")).toHaveText("The demand was retired.");
  await expect(english).toHaveCount(4);
  const retired = o.getByRole("region", { name: "Retired demands" });
  await expect(retired).toContainText(demands[1]!);
  await retired.getByRole("button", { name: "Restore" }).click();
  await expect(o.getByRole("status")).toHaveText("The demand was restored to its place in the list.");
  for (const [i, text] of order.entries()) await expect(english.nth(i)).toHaveValue(text!);

  // Russian joins the campaign's languages; the texts page says what is untranslated; the owner translates.
  await o.goto(`${base}/settings`);
  await o.getByRole("group", { name: "Languages of the campaign" }).getByLabel("Русский").check();
  await o.getByLabel("Donation link").fill("http://give.example.org");
  await o.getByRole("button", { name: "Save the settings" }).click();
  await expect.poll(() => fieldError(o, "Donation link")).toBe("Enter an address that starts with https://, or leave it empty.");
  await expect(o.getByRole("group", { name: "Languages of the campaign" }).getByLabel("Русский")).toBeChecked(); // what was chosen is kept
  await o.getByLabel("Donation link").fill("");
  await o.getByRole("button", { name: "Save the settings" }).click();
  await expect(o.getByText("The settings were saved.")).toBeVisible();
  await o.goto(`${base}/texts`);
  await expect(o.getByRole("navigation", { name: "Languages" }).getByRole("listitem").filter({ hasText: "Русский" })).toHaveText("Русский — still untranslated: title, summary, appeal; 5 demands");
  await o.getByRole("navigation", { name: "Languages" }).getByRole("link", { name: "Русский" }).click();
  await expect(o.getByRole("heading", { name: "Texts in Русский" })).toBeVisible();
  await o.getByLabel("Title").fill(`Свободу бастующим Мангистау ${tag}`);
  await o.getByLabel("Summary").fill("Нефтяников, бастующих с мая, судят за забастовку.");
  await o.getByLabel("Appeal").fill("С мая **нефтяники** Мангистау бастуют.\n\nЧетырнадцать из них под судом.");
  await o.getByRole("button", { name: "Save the texts" }).click();
  await expect(o.getByText("The texts were saved.")).toBeVisible();
  await o.goto(`${base}/demands`);
  const firstDemand = o.getByRole("listitem").filter({ has: o.getByRole("heading", { name: "Demand 1", exact: true }) });
  await firstDemand.getByLabel("Русский").fill("Снять обвинения с бастующих");
  await firstDemand.getByRole("button", { name: "Save Demand 1" }).click();
  await expect(firstDemand.getByText("The demand was saved.")).toBeVisible();
  await o.goto(`${base}/texts`);
  await expect(o.getByRole("navigation", { name: "Languages" }).getByRole("listitem").filter({ hasText: "Русский" })).toHaveText("Русский — still untranslated: —; 4 demands");

  // A petition drafted from three demands.
  const petitionSlug = `free-them-${tag}`;
  await o.goto(`${base}/petitions/new`);
  const choices = o.getByRole("group", { name: "Demands" }).getByRole("checkbox");
  await expect(choices).toHaveCount(5);
  for (const i of [0, 1, 3]) await choices.nth(i).check();
  await o.getByLabel("Web address").fill(petitionSlug);
  await o.getByRole("button", { name: "Draft the petition" }).click();
  await expect(o).toHaveURL(new RegExp(`${base}/petitions/${petitionSlug}$`));
  await expect(o.getByLabel("Text").first()).toHaveValue(new RegExp(`1\\. ${demands[0]}\\n2\\. ${demands[1]}\\n3\\. ${demands[4]}$`));
  await o.getByLabel("Addressed to").first().fill("The Prosecutor General of Kazakhstan");
  await o.getByRole("button", { name: "Save changes" }).click();
  await expect(o.getByText("Saved.")).toBeVisible();

  // The preview of the draft, in English and in Russian (untranslated demands in English).
  await o.goto(`${base}/preview`);
  await expect(o.getByRole("note")).toContainText("Preview for the team.");
  await expect(o.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(o.getByRole("region", { name: "Demands" }).getByRole("listitem")).toHaveText(order as string[]);
  await expect(o.locator("strong", { hasText: "oil workers" })).toBeVisible();
  await o.getByRole("note").getByRole("link", { name: "Русский" }).click();
  await expect(o.getByRole("heading", { level: 1 })).toHaveText(`Свободу бастующим Мангистау ${tag}`);
  const ruDemands = o.getByRole("list").filter({ hasText: "Снять обвинения с бастующих" }).getByRole("listitem");
  await expect(ruDemands).toHaveText(["Снять обвинения с бастующих", ...(order.slice(1) as string[])]);
  await expect(ruDemands.nth(1)).toHaveAttribute("lang", "en");

  // Live: nothing is missing now. Then the petition opens.
  await o.goto(`${base}/settings`);
  await expect(o.getByText("Before it can go live")).toHaveCount(0);
  await o.getByRole("button", { name: "Make the campaign live" }).click();
  await expect(o.getByRole("status")).toHaveText("The campaign is live: its page is public.");
  await o.goto(`${base}/petitions/${petitionSlug}`);
  await o.getByRole("button", { name: "Open the petition" }).click();
  await expect(o.getByText("The petition is open.")).toBeVisible();
  const visitor = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": randomIp() } });
  const v = await visitor.newPage();
  await v.goto(`/en/campaigns/${slug}`);
  await expect(v.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(v.locator("script", { hasText: "alert" })).toHaveCount(0);

  // The owner invites a moderator, who joins.
  await o.goto(`${base}/members`);
  const invite = o.locator("form").filter({ has: o.getByRole("button", { name: "Send the invitation" }) });
  await invite.getByLabel("Their email address").fill(moderator);
  await invite.getByLabel("Role").selectOption("MODERATOR");
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(o.getByText(`An invitation went to ${moderator}.`)).toBeVisible();
  const { page: m, context: moderatorContext } = await joinThroughInvitation(browser, moderator, title, { javaScriptEnabled: true });
  await expect(m).toHaveURL(new RegExp(`${base}$`));
  // The console names the role they hold in this campaign, not one of the whole site.
  await expect(m.getByText("Your role in this campaign: moderator")).toBeVisible();
  await expect(m.getByText("(instance admin)")).toHaveCount(0);

  // A union branch offers its name; the moderator approves it.
  const branch = `Aktau Drivers' Branch ${tag}`;
  const branchEmail = uniqueEmail("branch");
  await offerSponsorship(browser, slug, async (p) => {
    await p.getByLabel("An organisation").check();
    await p.getByLabel("Name of the organisation").fill(branch);
    await p.getByLabel("Kind of organisation").selectOption({ label: "Union branch" });
    await p.getByLabel("Website", { exact: true }).fill(`https://aktau-${tag}.example.org`);
    await p.getByLabel("Country", { exact: true }).selectOption({ label: "Kazakhstan" });
  }, branchEmail);

  await m.goto(`${base}/sponsors`);
  await m.getByRole("listitem").filter({ hasText: branch }).getByRole("button", { name: `Approve ${branch}` }).click();
  await expect(m.getByText("1 sponsor approved.")).toBeVisible();
  await v.goto(`/en/campaigns/${slug}/sponsors`);
  await expect(v.getByText(branch)).toBeVisible();

  // The moderator may not export the supporters' data: not offered in the page, refused at its address.
  await m.goto(`${base}/petitions/${petitionSlug}`);
  await expect(m.getByText("Only the campaign's owners export supporters' data.")).toBeVisible();
  await expect(m.getByRole("button", { name: "Signatures (CSV)" })).toHaveCount(0);
  await expect(m.getByRole("button", { name: "Open the petition" })).toHaveCount(0);
  const exportUrl = `${base}/petitions/${petitionSlug}/export/signatures.csv`;
  const refusedGet = await m.request.get(exportUrl, { maxRedirects: 0 });
  expect(refusedGet.status()).toBe(404);
  expect(await refusedGet.text()).not.toContain("Email");
  const refusedPost = await m.request.post(exportUrl, { maxRedirects: 0, form: { target: "", language: "en" } });
  expect(refusedPost.status()).not.toBe(200);
  expect((await o.request.get(exportUrl, { maxRedirects: 0 })).status()).toBe(200); // the owner's same request is answered

  // The owner removes the moderator; the moderator's next request is refused.
  await o.goto(`${base}/members`);
  await o.getByRole("button", { name: `Remove ${moderator}` }).click();
  await expect(o.getByRole("status")).toHaveText("The member was removed from the team. Their next request in this campaign is refused.");
  await m.goto(`${base}/sponsors`);
  await expect(m.getByRole("heading", { level: 1 })).toHaveText("Page not found");

  // A supporter signs the new petition: its count is exactly 1.
  const petitionPath = `/en/campaigns/${slug}/petitions/${petitionSlug}`;
  const supporter = uniqueEmail("supporter");
  const beforeSign = lastSeq();
  await signThePetition(v, { name: `Aigerim ${tag}`, email: supporter, country: "KZ" }, petitionPath);
  const { link } = await confirmationEmail(supporter, beforeSign);
  await v.goto(link);
  await v.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(v.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");
  await expect
    .poll(async () => (await v.goto(petitionPath), (await v.getByTestId("signature-count").textContent()) ?? ""), { timeout: 30_000, intervals: [1_000] })
    .toMatch(/^\D*1\D*$/);

  // The owner closes the campaign: its petition closes with it, and the page stays readable.
  await o.goto(`${base}/settings`);
  await o.getByRole("button", { name: "Close the campaign" }).click();
  await expect(o.getByRole("status")).toHaveText("The campaign is closed, and 1 open petition was closed with it.");
  await v.goto(`/en/campaigns/${slug}`);
  await expect(v.getByRole("heading", { level: 1 })).toHaveText(title);
  await v.goto(petitionPath);
  await expect(v.locator("#sign")).toHaveCount(0);

  await Promise.all([ownerContext.close(), moderatorContext.close(), visitor.close()]);
});
