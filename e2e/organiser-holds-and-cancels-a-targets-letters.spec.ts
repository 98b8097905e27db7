import { PDFParse } from "pdf-parse";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { E2E_ADMIN_EMAIL } from "./support/ports";
import { lastSeq, linkTo, waitForEmail } from "./support/mailbox";

// The campaign's organiser pauses letters to CITIC (no other story writes to it). A supporter writes the
// protest to the companies, to CITIC alone: first from their own mail app (a mailto link with the same
// text) and on paper (a PDF with CITIC's address and the letter), then through Placard. Once confirmed, the
// letter waits, held; the organiser sees it queued, cancels the queue (exactly one letter), resumes the
// target, and sends themselves a test of the email CITIC gets.

const DELIVERIES = "/en/organise/campaigns/zhanaozen/deliveries";
const CITIC = "CITIC Group";

test("an organiser pauses a target, sees the letter held, cancels it and sends themselves a test", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await signInAs(page);
  await page.goto(DELIVERIES);
  const row = () => page.getByRole("row", { name: CITIC });
  const count = async (status: string) => Number(await row().locator(`td[data-status="${status}"]`).innerText());
  const queuedBefore = await count("QUEUED");
  const cancelledBefore = await count("CANCELLED");
  await row().getByRole("button", { name: "Pause" }).click();
  await expect(page.getByText(/^Paused: /)).toBeVisible();

  // The supporter, in a browser of their own.
  const supporter = await (await browser.newContext({ locale: "en-GB" })).newPage();
  const email = uniqueEmail("citic-writer");
  const name = `Sam Writer${Math.random().toString(36).slice(2, 6)}`;
  await supporter.goto("/en/campaigns/zhanaozen/letters/protest-company");
  await supporter.locator('input[name="targets"][value="kazmunaygaz"]').uncheck();
  await expect(supporter.locator('input[name="targets"][value="citic"]')).toBeChecked();
  await supporter.getByLabel("Your name").fill(name);
  await supporter.getByLabel("Your email").fill(email);

  // From my own mail app: a link to CITIC's address, within what mail apps accept, carrying the letter.
  await supporter.getByRole("button", { name: "Open in my mail app" }).click();
  const link = supporter.getByRole("link", { name: `Open in my mail app: to ${CITIC}` });
  const href = (await link.getAttribute("href"))!;
  expect(href.startsWith("mailto:contact@jv-partner-cn.example.com?")).toBe(true);
  expect(href.length).toBeLessThanOrEqual(1900);
  const body = new URLSearchParams(href.split("?")[1]).get("body")!;
  expect(body).toContain(name);
  expect(body).toContain(CITIC);

  // On paper: the PDF carries CITIC's postal address and the letter's text.
  const printed = supporter.context().waitForEvent("response", (r) => r.url().endsWith("/api/letters/print"));
  await supporter.getByRole("button", { name: "Print (PDF)" }).click();
  const pdf = await printed;
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  // The browser hands the PDF to its viewer; the same form, posted again from this page, gives its bytes.
  const posted = await supporter.evaluate(() => new URLSearchParams(new FormData(document.querySelector<HTMLFormElement>("form:not([method=get])")!) as never).toString());
  const again = await supporter.request.post("/api/letters/print", {
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: new URL(supporter.url()).origin },
    data: posted,
  });
  expect(again.headers()["content-type"]).toBe("application/pdf");
  const parser = new PDFParse({ data: new Uint8Array(await again.body()) });
  const text = (await parser.getText()).text.replace(/\s+/g, " ");
  await parser.destroy();
  expect(text).toContain("CITIC Group head office, Chaoyang District");
  expect(text).toContain(name);
  expect(text).not.toContain(email);

  // Through Placard: confirmed, the letter to the paused target waits.
  const after = lastSeq();
  await supporter.getByRole("button", { name: "Send through Placard" }).click();
  await expect(supporter.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expect(supporter.getByText(email)).toBeVisible();
  const mail = await waitForEmail(email, { after, subject: /Confirm your letter/ });
  await supporter.goto(linkTo(mail, "/letters/confirm"));
  await supporter.getByRole("button", { name: "Yes, send my letter" }).click();
  await expect(supporter.getByRole("heading", { level: 1 })).toHaveText("Your letter is on its way");
  await supporter.context().close();

  await page.reload();
  await expect(row()).toContainText("Paused");
  expect(await count("QUEUED")).toBe(queuedBefore + 1);
  await row().getByRole("button", { name: "Cancel queued letters" }).click();
  await expect(page.getByText("1 queued letter cancelled.")).toBeVisible();
  await page.reload();
  expect(await count("CANCELLED")).toBe(cancelledBefore + 1);
  expect(await count("QUEUED")).toBe(queuedBefore);

  await row().getByRole("button", { name: "Resume" }).click();
  await expect(page.getByText(/^Resumed: nothing was held\.$/)).toBeVisible();
  const testSince = lastSeq();
  await page.getByRole("row", { name: CITIC }).getByRole("button", { name: "Send me a test" }).click();
  await expect(page.getByText(`A test of this target's letter is on its way to ${E2E_ADMIN_EMAIL}.`)).toBeVisible();
  const test_ = await waitForEmail(E2E_ADMIN_EMAIL, { after: testSince, subject: /^\[TEST\]/ });
  expect(test_.text).toContain(CITIC);
  expect(test_.from).toContain("via Placard");
});
