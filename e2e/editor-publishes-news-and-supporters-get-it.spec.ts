import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { emailsTo, lastSeq, waitForEmail } from "./support/mailbox";
import { openOwnPetition } from "./support/own-petition";
import { confirmationEmail } from "./support/signing";

// Dana signs a petition of the demo campaign and ticks "Email me news about this campaign", then confirms.
// The campaign's editor writes a report: while it is a draft, neither the campaign page nor its feed shows
// it; published, both do. The editor emails it once (a second time is refused): Dana's copy arrives at the
// real SMTP server with a one-click unsubscribe (RFC 8058). Opening the link changes nothing; her mail
// client's one-click POST stops the news, and the next post's email goes to everyone but her.

const CONSOLE = "/en/organise/campaigns/zhanaozen/news";

async function writeAndPublish(page: Page, title: string, slug: string): Promise<void> {
  await page.goto(CONSOLE);
  await page.getByLabel("Kind").selectOption("REPORT");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Address", { exact: true }).fill(slug);
  await page.getByLabel("Summary", { exact: true }).fill("The strikers are still in the square.");
  await page.getByLabel("Text", { exact: true }).fill("**Day 40.** The strike goes on.\n\n- food\n- lawyers");
  await page.getByRole("button", { name: "Save as a draft" }).click();
  await expect(page.getByText("The post is saved as a draft.")).toBeVisible();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publish the English version" }).click();
  await expect(page.getByText("Published: this version is public now.")).toBeVisible();
}

/** Emails the post on the page; the number of emails queued. */
async function emailIt(page: Page): Promise<number> {
  await page.getByRole("button", { name: "Email this post to supporters" }).click();
  const notice = page.getByRole("status").filter({ hasText: "queued" });
  await expect(notice).toContainText("queued");
  return Number(/(\d+) emails? queued/.exec((await notice.textContent()) ?? "")?.[1] ?? "-1");
}

test("an editor publishes news, a supporter who asked for it gets it, and one click stops it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const path = await openOwnPetition(browser, "news-reader");
  const email = uniqueEmail("dana");

  // Dana signs and asks for news, then confirms.
  const beforeSigning = lastSeq();
  await page.goto(path);
  const form = page.locator("#sign");
  await form.getByLabel("Your name").fill("Dana Reader");
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Country").selectOption("KZ");
  await form.getByLabel("Email me news about this campaign").check();
  await form.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const { link } = await confirmationEmail(email, beforeSigning);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");

  // The editor writes a report: a draft is nowhere public.
  const editor = await (await browser.newContext()).newPage();
  await signInAs(editor);
  const tag = crypto.randomBytes(3).toString("hex");
  const title = `Day 40 in the square ${tag}`;
  await writeAndPublish(editor, title, `day-40-${tag}`);
  const campaignPage = () => page.request.get("/en/campaigns/zhanaozen").then((r) => r.text());
  const feed = () => page.request.get("/feeds/en/campaigns/zhanaozen/news.xml").then((r) => r.text());
  expect(await campaignPage()).not.toContain(title);
  expect(await feed()).not.toContain(title);
  expect(await page.request.get(`/en/news/day-40-${tag}`).then((r) => r.status())).toBe(404);

  // Published: on the campaign page (which advertises the campaign's feed) and in that feed.
  await publish(editor);
  await expect.poll(campaignPage, { timeout: 15_000, intervals: [1_000] }).toContain(title);
  expect(await campaignPage()).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*\/feeds\/en\/campaigns\/zhanaozen\/news\.xml"/);
  const xml = await feed();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(xml).toContain(`<title type="text">${title}</title>`);
  expect(xml).toContain("&lt;strong&gt;Day 40.&lt;/strong&gt;");

  // Emailed once; the second time is refused.
  const beforeNews = lastSeq();
  const firstCount = await emailIt(editor);
  expect(firstCount).toBeGreaterThanOrEqual(1);
  await expect(editor.getByText(/Emailed on .* to \d+ supporters?/)).toBeVisible();
  await expect(editor.getByRole("button", { name: "Email this post to supporters" })).toHaveCount(0);

  const news = await waitForEmail(email, { after: beforeNews, subject: new RegExp(title), timeoutMs: 60_000 });
  expect(news.text).toContain("The strikers are still in the square.");
  expect(news.headers).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  // Long header lines arrive folded.
  const header = news.headers.find((h) => /^List-Unsubscribe:\s/.test(h));
  const unsubscribe = /<(https?:\/\/[^>]+)>/.exec(header ?? "")?.[1];
  expect(unsubscribe, "the List-Unsubscribe header names an https or http link").toBeTruthy();
  expect(unsubscribe).not.toContain(email.split("@")[0]);

  // Opening the link (as a mail scanner would) changes nothing: the page still offers the button.
  await page.goto(unsubscribe!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stop the news of this campaign");
  await page.reload();
  await expect(page.getByRole("button", { name: /Stop the news of/ })).toBeVisible();

  // Her mail client's one-click POST (RFC 8058) stops the news, without any sign-in.
  const oneClick = await page.request.post(unsubscribe!, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(oneClick.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("status")).toContainText("This address gets no more news from");

  // The next post goes to everyone who asked, but her.
  const second = `Day 41 in the square ${tag}`;
  await writeAndPublish(editor, second, `day-41-${tag}`);
  await publish(editor);
  const secondCount = await emailIt(editor);
  expect(secondCount).toBe(firstCount - 1);
  await page.waitForTimeout(5_000);
  expect(emailsTo(email).filter((m) => m.subject.includes(second))).toEqual([]);
});
