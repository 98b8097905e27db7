import crypto from "node:crypto";
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { PDFParse } from "pdf-parse";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { confirmationEmail, lastSeq, signThePetition } from "./support/signing";

// Dana organises the Zhanaozen campaign. She drafts a petition from two of the appeal's demands,
// addressed to one target, edits its title and opens it. A supporter signs and confirms. Dana closes
// the petition, records that she handed it in, and downloads the CSV and the PDF for delivery: both
// hold the supporter's Cyrillic name, and the public page now says the petition was delivered.

const CONSOLE = "/en/organise/campaigns/zhanaozen/petitions";

test("an organiser opens a petition from demands, closes it, records the delivery and exports it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const tag = crypto.randomBytes(3).toString("hex");
  const slug = `e2e-delivery-${tag}`;
  const title = `Free the strikers' lawyer (${tag})`;
  await signInAs(page);

  // Draft from demands.
  await page.goto(`${CONSOLE}/new`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New petition from demands");
  const demands = page.getByRole("group", { name: "Demands" }).getByRole("checkbox");
  await demands.nth(0).check();
  await demands.nth(1).check();
  const target = page.getByRole("group", { name: "Addressed to" }).getByRole("checkbox").first();
  await target.check();
  const targetName = ((await page.locator(`label[for="${await target.getAttribute("id")}"]`).textContent()) ?? "").trim();
  await page.getByLabel("Goal (signatures)").fill("100");
  await page.getByLabel("Web address").fill(slug);
  await page.getByRole("button", { name: "Draft the petition" }).click();
  await expect(page).toHaveURL(new RegExp(`${CONSOLE}/${slug}$`));
  await expect(page.getByLabel("Addressed to").first()).toHaveValue(targetName);
  await expect(page.getByLabel("Text").first()).toHaveValue(/^We, the undersigned.*\n\n1\. .+\n2\. .+$/s);

  // Edit, then open.
  await page.getByLabel("Title").first().fill(title);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Open the petition" }).click();
  await expect(page.getByText("The petition is open.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // A supporter signs and confirms, from her own browser and address.
  const supporterContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `10.77.${crypto.randomInt(250)}.${crypto.randomInt(2, 250)}` } });
  const supporter = await supporterContext.newPage();
  const name = `Жанар Қасымова ${tag}`;
  const email = uniqueEmail("zhanar");
  const after = lastSeq();
  await signThePetition(supporter, { name, email, city: "Жаңаөзен", isPublic: true, onDeliveredList: true }, `/en/campaigns/zhanaozen/petitions/${slug}`);
  const { link } = await confirmationEmail(email, after);
  await supporter.goto(link);
  await supporter.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(supporter.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");

  await expect
    .poll(async () => (await page.reload(), await page.getByText(/\d+ of 100 signatures/).textContent()), { timeout: 20_000, intervals: [1_000] })
    .toBe("1 of 100 signatures");

  // Close, then record the delivery.
  await page.getByRole("button", { name: "Close the petition" }).click();
  await expect(page.getByText("The petition is closed.")).toBeVisible();
  await page.getByLabel("Delivered to").selectOption({ label: targetName });
  await page.getByLabel("How it was delivered").selectOption("BY_HAND");
  await page.getByLabel("Notes").fill("Handed in at the gate; receipt no. 42.");
  await page.getByRole("button", { name: "Record the delivery" }).click();
  await expect(page.getByText("Delivery recorded.", { exact: false })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: `${targetName}, By hand` })).toBeVisible();
  await expect(page.getByText("Delivered", { exact: true }).first()).toBeVisible();

  // The CSV for delivery: the supporter chose to be on the list handed to the addressees.
  await expect(page.getByText("Every counted signer chose to be on the delivered list.")).toBeVisible();
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Signatures (CSV)" }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`^zhanaozen-${slug}-\\d{4}-\\d{2}-\\d{2}-signatures\\.csv$`));
  const csv = fs.readFileSync((await csvDownload.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const rows: string[][] = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true });
  expect(rows[0]).toEqual(["Petition", title]);
  expect(rows[2]).toEqual(["Confirmed signatures", "1"]);
  expect(rows[4]?.[1]).toBe("Name");
  expect(rows.slice(5).map((r) => [r[1], r[2]])).toEqual([[name, "Жаңаөзен"]]);
  expect(csv).not.toContain(email);

  // The printable PDF.
  const [pdfDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Signatures and sponsors (PDF, for print)" }).click(),
  ]);
  const parser = new PDFParse({ data: new Uint8Array(fs.readFileSync((await pdfDownload.path())!)) });
  const { text } = await parser.getText();
  await parser.destroy();
  expect(text).toContain(title);
  expect(text).toContain(name);
  expect(text).toContain("1 confirmed signature");
  expect(text).toContain("Page 2");

  // Only known options, only existing petitions.
  const exportBase = `${CONSOLE}/${slug}/export`;
  expect((await page.request.get(`${exportBase}/signatures.csv?everything=1`)).status()).toBe(400);
  expect((await page.request.get(`${CONSOLE}/no-such-petition-${tag}/export/petition.pdf`)).status()).toBe(404);

  // The public page (served from a cache that the delivery refreshes) says it was delivered within seconds.
  await supporter.goto(`/en/campaigns/zhanaozen/petitions/${slug}`);
  await expect
    .poll(async () => (await supporter.reload(), (await supporter.getByTestId("delivered").count()) ? await supporter.getByTestId("delivered").textContent() : ""), {
      timeout: 15_000,
      intervals: [1_000],
    })
    .toContain(targetName);
  await supporterContext.close();
});
