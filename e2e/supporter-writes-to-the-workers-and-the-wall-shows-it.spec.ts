import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { lastSeq, linkTo, readAllEmails, waitForEmail } from "./support/mailbox";

// The demo campaign's admin publishes a solidarity letter to the strikers that senders may write in
// their own words. Aigul, a docker in Bremen, writes her own message in the composer, agrees to the wall,
// sends it through Placard and confirms by email: the letter reaches the campaign's mailbox for the
// strikers from "<her name> via Placard", Reply-To her. Before a moderator decides, the wall does not
// show it; approved in the moderation queue, it stands on the wall exactly once, under her name,
// organisation and city as she typed them, and the page holds nothing private (not her address).

const CAMPAIGN = "/en/campaigns/zhanaozen";
const CONSOLE = "/en/organise/campaigns/zhanaozen";
const STRIKERS = "strikers@zhanaozen-solidarity.example.org";

async function publishEditableSolidarityTemplate(page: Page, tag: string): Promise<string> {
  const slug = `solidarity-own-words-${tag}`;
  await page.goto(`${CONSOLE}/letters`);
  const form = page.getByRole("region", { name: "New template" });
  await form.getByLabel("Kind").selectOption("SOLIDARITY");
  await form.getByLabel("Title", { exact: true }).fill(`Greetings to the strikers in your own words ${tag}`);
  await form.getByLabel("Address (slug)").fill(slug);
  await form.getByLabel("Language").selectOption("en");
  await form.getByRole("button", { name: "Draft the template" }).click();
  await expect(page.getByText("The template was drafted from the demands.")).toBeVisible();
  await page.getByLabel("Subject", { exact: true }).fill("Solidarity from {{sender_country}}");
  await page.getByLabel("Letter", { exact: true }).fill("Dear friends in Zhanaozen,\n\nWe stand with you.\n\nIn solidarity,\n{{sender_name}}");
  await page.getByRole("checkbox", { name: "Senders may edit the text" }).check();
  await page.getByLabel("Longest letter a sender may send (characters)").fill("2000");
  for (const box of await page.getByRole("group", { name: "Default targets" }).getByRole("checkbox").all()) await box.uncheck();
  await page.getByRole("checkbox", { name: /^The oil workers of Zhanaozen/ }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published: it is offered on the letters page.")).toBeVisible();
  return slug;
}

/** The wall's "N messages" line as a number (0 when it says it is empty). */
async function wallCount(page: Page): Promise<number> {
  const section = page.getByRole("region", { name: "Wall of solidarity" });
  const text = (await section.locator("p.muted").first().textContent()) ?? "";
  const match = /(\d+) messages?/.exec(text);
  return match ? Number(match[1]) : 0;
}

test("a supporter writes to the workers in her own words, and the wall shows it once a moderator approves", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const tag = crypto.randomBytes(3).toString("hex");
  const name = `Aigul Wall${tag}`;
  const email = uniqueEmail("aigul-wall");
  const organisation = `Bremen Dockers ${tag}`;
  const sentence = `The dockers of Bremen refuse to unload the oil until you are free (${tag}).`;

  await signInAs(page);
  const slug = await publishEditableSolidarityTemplate(page, tag);

  const supporterContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `10.77.${crypto.randomInt(250)}.${crypto.randomInt(2, 250)}` } });
  const supporter = await supporterContext.newPage();
  await supporter.goto(`${CAMPAIGN}/wall`);
  const before = await wallCount(supporter);
  await expect(supporter.getByText(sentence)).toHaveCount(0);

  // The letters page offers the letter; the composer has her write it in her own words.
  await supporter.goto(`${CAMPAIGN}/letters`);
  await expect(supporter.locator(`a[href="${CAMPAIGN}/letters/${slug}"]`)).toBeVisible();
  await supporter.goto(`${CAMPAIGN}/letters/${slug}`);
  await expect(supporter.locator('input[name="targets"][value="zhanaozen-strikers"]')).toBeChecked();
  await supporter.getByLabel("Your name").fill(name);
  await supporter.getByLabel("Your email").fill(email);
  await supporter.getByLabel("Organisation (optional)").fill(organisation);
  await supporter.getByLabel("City (optional)").fill("Bremen");
  await supporter.getByLabel("Country", { exact: true }).fill("Germany");
  await supporter.locator("#letter-body").fill(`Dear friends in Zhanaozen,\n\n${sentence}\n\nIn solidarity,\n${name}`);
  await supporter.getByLabel("Show my message on the campaign's public wall once a moderator approves it.").check();
  const after = lastSeq();
  await supporter.getByRole("button", { name: "Send through Placard" }).click();
  await expect(supporter.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expect(supporter.getByText(`We sent a link to ${email}.`)).toBeVisible();

  const mail = await waitForEmail(email, { after, subject: /Confirm your letter/ });
  await supporter.goto(linkTo(mail, "/letters/confirm"));
  await supporter.getByRole("button", { name: "Yes, send my letter" }).click();
  await expect(supporter.getByRole("heading", { level: 1 })).toHaveText("Your letter is on its way");

  // The letter reaches the campaign's mailbox for the strikers, in her words, from her via Placard.
  const letters = () => readAllEmails().filter((m) => m.seq > after && m.envelopeTo.includes(STRIKERS) && m.text.includes(sentence));
  await expect.poll(() => letters().length, { timeout: 20_000 }).toBe(1);
  const [letter] = letters();
  expect(letter!.from).toContain(`${name} via Placard`);
  expect(letter!.from).not.toContain(email);
  expect(letter!.headers.find((h) => /^reply-to:/i.test(h))).toContain(email);
  expect(letter!.subject).toBe("Solidarity from Germany");

  // Confirmed but not yet approved: not on the wall.
  await supporter.goto(`${CAMPAIGN}/wall`);
  await expect(supporter.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(supporter.getByText(sentence)).toHaveCount(0);
  expect(await wallCount(supporter)).toBe(before);

  // The moderator approves it in the one queue, where it shows without her address.
  await page.goto(`${CONSOLE}/moderation`);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `Message from ${name}` }) });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(sentence);
  await expect(item).toContainText(`${organisation} · Bremen, Germany`);
  await expect(item).not.toContainText(email);
  await item.getByRole("button", { name: "Show on the wall" }).click();
  await expect(page.getByText("The message is now on the wall.")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Message from ${name}` })).toHaveCount(0);

  // On the wall, once, under the name she chose, and nothing private.
  await supporter.goto(`${CAMPAIGN}/wall`);
  const shown = supporter.getByRole("listitem").filter({ hasText: sentence });
  await expect(shown).toHaveCount(1);
  await expect(shown.locator("strong")).toHaveText(name);
  await expect(shown).toContainText(`${name} · ${organisation} · Bremen, Germany`);
  expect(await wallCount(supporter)).toBe(before + 1);
  const html = await supporter.content();
  expect(html).not.toContain(email);
  expect(html).not.toContain(email.split("@")[0]!);
  await supporterContext.close();
});
