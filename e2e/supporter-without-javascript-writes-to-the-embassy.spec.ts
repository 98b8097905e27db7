import crypto from "node:crypto";
import { PDFParse } from "pdf-parse";
import { test, expect, uniqueEmail } from "./support/fixtures";
import { lastSeq, linkTo, readAllEmails, waitForEmail } from "./support/mailbox";

// Nurlan writes from an old phone with JavaScript switched off. The protest composer still works as plain
// forms: "I live in Germany" reloads the proposal (the embassy in Berlin, with why); sent without a name,
// the form comes back with the message at the name field and everything he typed kept; "Open in my mail
// app" answers a page with a mailto: link to the embassy, and "Print (PDF)" a PDF; sent through Placard,
// he is told to check his email at his address, confirms on a page that needs no script either, and the
// embassy and the company each get the letter from "<his name> via Placard", to their directory address,
// Reply-To him.

const COMPOSER = "/en/campaigns/zhanaozen/letters/protest-embassy";
const BERLIN = "Embassy of the Republic of Kazakhstan in Germany";
const BERLIN_EMAIL = "berlin@kz-embassy.example.org";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a supporter chooses Germany, corrects the form, opens the mail app and the PDF, sends through Placard and confirms", async ({ page }) => {
    test.setTimeout(120_000);
    const tag = crypto.randomBytes(3).toString("hex");
    const name = `Nurlan Nojs${tag}`;
    const email = uniqueEmail("nurlan-nojs");
    const organisation = `Dresden Bus Drivers ${tag}`;

    // The GET form "I live in …" (the country typed, in any language) reloads the page with the nearest
    // embassy and the reason; the letter's own country field then names it in the page's language.
    await page.goto(COMPOSER);
    await page.getByLabel("I live in").fill("Deutschland");
    await page.getByRole("button", { name: "Show my nearest" }).click();
    await expect(page).toHaveURL(/\/letters\/protest-embassy\?country=Deutschland$/);
    await expect(page.locator("#letter-mission")).toHaveValue("kz-embassy-berlin");
    await expect(page.locator("#letter-mission-reason")).toHaveText(`Proposed: ${BERLIN}, the embassy in your country.`);
    await expect(page.getByLabel("Country", { exact: true })).toHaveValue("Germany");
    await expect(page.locator('input[name="targets"][value="kazmunaygaz"]')).toBeChecked();

    // Sent without a name and with the country misspelt: the page comes back with each message at its
    // field, the rest kept.
    await page.getByLabel("Country", { exact: true }).fill("Germny");
    await page.getByLabel("Your email").fill(email);
    await page.getByLabel("Organisation (optional)").fill(organisation);
    await page.getByLabel("City (optional)").fill("Dresden");
    const before = lastSeq();
    await page.getByRole("button", { name: "Send through Placard" }).click();
    await expect(page.locator("#letter-name-error")).toHaveText("Please give your name.");
    await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Your email")).toHaveValue(email);
    await expect(page.getByLabel("Organisation (optional)")).toHaveValue(organisation);
    await expect(page.getByLabel("City (optional)")).toHaveValue("Dresden");
    await expect(page.locator("#letter-country-error")).toHaveText("We do not know this country. Check its spelling, or pick it from the suggestions.");
    await expect(page.getByLabel("Country", { exact: true })).toHaveValue("Germny");
    await page.getByLabel("Country", { exact: true }).fill("Germany");
    await expect(page.locator("#letter-mission")).toHaveValue("kz-embassy-berlin");
    await expect(page.locator('input[name="targets"][value="kazmunaygaz"]')).toBeChecked();
    expect(readAllEmails().filter((m) => m.seq > before && m.envelopeTo.includes(email))).toEqual([]);
    await page.getByLabel("Your name").fill(name);

    // "Print (PDF)" opens the letter as a PDF in a new tab, and this page keeps the form.
    const printed = page.context().waitForEvent("response", (r) => r.url().endsWith("/api/letters/print"));
    await page.getByRole("button", { name: "Print (PDF)" }).click();
    const pdf = await printed;
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"] ?? "").toMatch(/\.pdf/);
    // The browser hands the PDF to its viewer; the very post it sent, sent again, gives the PDF's bytes.
    const again = await page.request.post("/api/letters/print", {
      headers: { "Content-Type": pdf.request().headers()["content-type"]!, Origin: new URL(page.url()).origin },
      data: pdf.request().postData()!,
    });
    expect(again.headers()["content-type"]).toBe("application/pdf");
    const parser = new PDFParse({ data: new Uint8Array(await again.body()) });
    const printedText = (await parser.getText()).text.replace(/\s+/g, " ");
    await parser.destroy();
    expect(printedText).toContain("Nordsternstraße 14, 10825 Berlin, Germany");
    expect(printedText).toContain(name);
    expect(printedText).not.toContain(email);
    for (const other of page.context().pages()) if (other !== page) await other.close();
    await expect(page.getByLabel("Your name")).toHaveValue(name);

    // "Open in my mail app" answers a page of its own with a mailto: link per recipient.
    await page.getByRole("button", { name: "Open in my mail app" }).click();
    await expect(page).toHaveURL(/\/api\/letters\/mail-app$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your letter, for your own mail app");
    const link = page.getByRole("link", { name: `Open in my mail app: to ${BERLIN}` });
    const href = (await link.getAttribute("href"))!;
    expect(href.startsWith(`mailto:${BERLIN_EMAIL}?`)).toBe(true);
    expect(href.length).toBeLessThanOrEqual(1900);
    const mailBody = new URLSearchParams(href.split("?")[1]).get("body")!;
    expect(mailBody).toContain(name);
    expect(mailBody).toContain("I am writing from Germany");
    await expect(page.getByRole("link", { name: /^Open in my mail app: to KazMunayGaz/ })).toHaveAttribute("href", /^mailto:info@kmg\.example\.com/);
    await page.getByRole("link", { name: "Back to the letter" }).click();
    await expect(page).toHaveURL(new RegExp(`${COMPOSER}$`));

    // Through Placard, from a fresh form (the mail-app page was a page of its own).
    await page.goto(`${COMPOSER}?country=DE`); // the code works too
    await page.getByLabel("Your name").fill(name);
    await page.getByLabel("Your email").fill(email);
    await page.getByLabel("Organisation (optional)").fill(organisation);
    await page.getByLabel("City (optional)").fill("Dresden");
    const after = lastSeq();
    await page.getByRole("button", { name: "Send through Placard" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    await expect(page.getByText(`We sent a link to ${email}.`)).toBeVisible();

    const mail = await waitForEmail(email, { after, subject: /Confirm your letter/ });
    await page.goto(linkTo(mail, "/letters/confirm"));
    await page.getByRole("button", { name: "Yes, send my letter" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your letter is on its way");
    await expect(page.getByRole("listitem").filter({ hasText: BERLIN })).toContainText(BERLIN_EMAIL);

    const letters = () => readAllEmails().filter((m) => m.seq > after && m.headers.some((h) => /^reply-to:/i.test(h) && h.includes(email)));
    await expect.poll(() => letters().length, { timeout: 20_000 }).toBe(2);
    const sent = letters();
    const embassy = sent.filter((m) => m.to.some((a) => a.includes(BERLIN_EMAIL)));
    const company = sent.filter((m) => m.to.some((a) => a.includes("info@kmg.example.com")));
    expect(embassy).toHaveLength(1);
    expect(company).toHaveLength(1);
    for (const letter of [embassy[0]!, company[0]!]) {
      expect(letter.from).toContain(`${name} via Placard`);
      expect(letter.from).toContain("placard@example.org");
      expect(letter.from).not.toContain(email);
      expect(letter.to.join(" ")).not.toContain(email);
      expect(letter.headers.find((h) => /^reply-to:/i.test(h))).toContain(email);
      expect(letter.text).toContain(name);
      expect(letter.text).toContain(organisation);
      expect(letter.text).toContain("I am writing from Germany");
    }
    expect(embassy[0]!.envelopeTo).toEqual(expect.arrayContaining([BERLIN_EMAIL, "campaign@zhanaozen-solidarity.example.org"]));
    expect(company[0]!.envelopeTo).toContain("info@kmg.example.com");
    const copy = await waitForEmail(email, { after, subject: /A copy of your letter/ });
    expect(copy.text).toContain(name);
  });
});
