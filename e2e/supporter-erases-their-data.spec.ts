import fs from "node:fs";
import { test, expect, uniqueEmail } from "./support/fixtures";
import { lastSeq, linkTo, waitForEmail } from "./support/mailbox";
import { confirmationEmail, PETITION_PATH, readCount, signThePetition } from "./support/signing";

// Dana signed the Zhanaozen petition and later fears what she left behind. Without JavaScript, she asks
// for a link to her data, sees it, downloads it, withdraws her signature, signs again, and finally erases
// herself everywhere. The petition's count ends exactly where it was before she first signed, and no page
// that held a token in its address lets it travel on to another site.

test.use({ javaScriptEnabled: false });

async function signAndConfirm(page: import("@playwright/test").Page, name: string, email: string) {
  const after = lastSeq();
  await signThePetition(page, { name, email, city: "Aktau", isPublic: true, onDeliveredList: true });
  const { link } = await confirmationEmail(email, after);
  await page.goto(link);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "strict-origin");
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");
}

test("a supporter sees, downloads, withdraws and erases her data through an emailed link", async ({ page }) => {
  const before = await readCount(page);
  const name = `Dana Test ${Math.random().toString(36).slice(2, 8)}`;
  const email = uniqueEmail("dana");

  await signAndConfirm(page, name, email);
  await expect.poll(() => readCount(page), { timeout: 15_000, intervals: [1_000] }).toBe(before + 1);

  // The share links on the "thanks" page carry the petition's address only.
  await page.goto(`${PETITION_PATH}/thanks`);
  for (const href of await page.locator("a[href*='wa.me'], a[href*='t.me'], a[href^='mailto:']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) {
    expect(decodeURIComponent(href)).not.toContain(email);
    expect(decodeURIComponent(href)).not.toContain("Dana");
  }

  await page.goto("/en/about");
  await page.getByRole("link", { name: "See, download or erase your data" }).click();
  await expect(page).toHaveURL(/\/en\/my-data$/);
  const asked = lastSeq();
  await page.getByLabel("Email address").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Email me the link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");

  const mail = await waitForEmail(email, { after: asked, subject: /Your data/ });
  expect(mail.text).not.toContain(name);
  expect(mail.text).not.toContain(email.toUpperCase());
  const link = linkTo(mail, "/my-data/open");

  const opening = await page.goto(link);
  expect(opening?.headers()["referrer-policy"]).toBe("same-origin");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "strict-origin");
  await page.getByRole("button", { name: "Show my data" }).click();
  await expect(page).toHaveURL(/\/en\/my-data\/view$/);
  const main = page.getByRole("main");
  await expect(main).toContainText(name);
  await expect(main).toContainText("Justice for Zhanaozen");
  await expect(main).toContainText("On the list for the addressees");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const file = await (await downloading).path();
  const exported = JSON.parse(fs.readFileSync(file, "utf8")) as { signatures: { name: string; deliveryConsent: boolean }[] };
  expect(exported.signatures.map((s) => [s.name, s.deliveryConsent])).toEqual([[name, true]]);

  await page.getByRole("button", { name: "Withdraw this signature" }).click();
  await expect(page.getByRole("status")).toContainText("Your signature is withdrawn and deleted");
  await expect(main).toContainText("No signatures.");
  await expect.poll(() => readCount(page), { timeout: 15_000, intervals: [1_000] }).toBe(before);

  // The opened link works from this browser only; a second press of the emailed link opens nothing.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");

  // She signs again, from another network (one address signs once a minute: a second signature from the
  // same one would be held as suspect and not counted).
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `10.99.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}` });
  await signAndConfirm(page, name, email);
  await expect.poll(() => readCount(page), { timeout: 15_000, intervals: [1_000] }).toBe(before + 1);

  await page.goto("/en/my-data/view");
  await page.getByRole("button", { name: "Erase my data" }).click();
  await expect(page.getByRole("alert")).toContainText("Tick the box to confirm");
  await expect(main).toContainText(name);
  await page.getByLabel("I understand: erase everything under this address").check();
  await page.getByRole("button", { name: "Erase my data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data is erased");
  await expect.poll(() => readCount(page), { timeout: 15_000, intervals: [1_000] }).toBe(before);

  await page.goto("/en/my-data/view");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
});
