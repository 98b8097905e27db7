import { test, expect, uniqueEmail } from "./support/fixtures";
import { lastSeq, linkTo, readAllEmails, waitForEmail } from "./support/mailbox";

// Lena lives in Germany. She opens the demo campaign's protest letter, is proposed the embassy in Berlin
// with the reason, keeps the company ticked, and sends through Placard. The confirmation email holds
// nothing she typed; once she confirms, the embassy and the company each get the letter from "<her name>
// via Placard" at Placard's own address, Reply-To her, Cc the campaign; and she gets her copy. A forged
// post that adds a recipient, or a line break in her name, is refused with a clear message.

test.describe("a supporter in Germany writes to the embassy", () => {
  test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9,en;q=0.5" } });

  test("is proposed the Berlin embassy, sends, confirms, and the letters go out", async ({ page }) => {
    test.setTimeout(90_000);
    const name = `Lena Typed${Math.random().toString(36).slice(2, 7)}`;
    const email = uniqueEmail("lena");
    const after = lastSeq();
    await page.goto("/en/campaigns/zhanaozen/letters");
    const write = page.getByRole("link", { name: "Write this letter" }).first();
    await expect(write).toHaveAttribute("href", "/en/campaigns/zhanaozen/letters/protest-embassy");
    await page.goto("/en/campaigns/zhanaozen/letters/protest-embassy");
    await expect(page.locator("#letter-mission")).toHaveValue("kz-embassy-berlin");
    await expect(page.locator("#letter-mission-reason")).toContainText("the embassy in your country");
    await expect(page.locator('input[name="targets"][value="kazmunaygaz"]')).toBeChecked();
    await page.getByLabel("Your name").fill(name);
    await page.getByLabel("Your email").fill(email);
    await page.getByLabel("City (optional)").fill("Leipzig");
    await page.getByRole("button", { name: "Send through Placard" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    await expect(page.getByText(email)).toBeVisible();

    const mail = await waitForEmail(email, { after, subject: /Confirm your letter/ });
    expect(mail.text).not.toContain(name);
    expect(mail.text).not.toContain("Leipzig");
    expect(mail.text).toContain("Embassy of the Republic of Kazakhstan in Germany");
    await page.goto(linkTo(mail, "/letters/confirm"));
    await page.getByRole("button", { name: "Yes, send my letter" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your letter is on its way");

    const letters = async () => readAllEmails().filter((m) => m.seq > after && m.headers.some((h) => /^reply-to:/i.test(h) && h.includes(email)));
    await expect.poll(async () => (await letters()).length, { timeout: 20_000 }).toBe(2);
    const sent = await letters();
    const embassy = sent.find((m) => m.envelopeTo.some((a) => a.startsWith("berlin@")))!;
    const company = sent.find((m) => m.envelopeTo.includes("info@kmg.example.com"))!;
    for (const letter of [embassy, company]) {
      expect(letter).toBeTruthy();
      expect(letter.from).toContain(`${name} via Placard`);
      expect(letter.from).toContain("placard@example.org");
      expect(letter.from).not.toContain(email);
      expect(letter.envelopeTo).toContain("campaign@zhanaozen-solidarity.example.org");
      expect(letter.text).toContain(name);
      expect(letter.text).toContain("I am writing from Germany"); // the filled text: {{sender_country}} from the form
    }
    const copy = await waitForEmail(email, { after, subject: /A copy of your letter/ });
    expect(copy.text).toContain(name);

    await page.goto(linkTo(mail, "/letters/confirm"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This letter was already confirmed");
  });

  test("a forged extra recipient or a line break in the name is refused", async ({ page }) => {
    await page.goto("/en/campaigns/zhanaozen/letters/protest-embassy");
    await page.getByLabel("Your email").fill(uniqueEmail("forger"));
    await page.evaluate(() => {
      const form = document.querySelector("form:not([method=get])")!;
      const extra = document.createElement("input");
      extra.type = "hidden";
      extra.name = "to";
      extra.value = "victim@example.com";
      form.appendChild(extra);
    });
    await page.getByLabel("Your name").fill("Mallory");
    await page.getByRole("button", { name: "Send through Placard" }).click();
    await expect(page.getByText("The form held a field it does not have")).toBeVisible();

    await page.goto("/en/campaigns/zhanaozen/letters/protest-embassy");
    await page.getByLabel("Your email").fill(uniqueEmail("forger"));
    await page.evaluate(() => {
      const name = document.querySelector<HTMLInputElement>('input[name="name"]')!;
      const area = document.createElement("textarea");
      area.name = "name";
      area.value = "Mallory\r\nBcc: victim@example.com";
      name.replaceWith(area);
    });
    await page.getByRole("button", { name: "Send through Placard" }).click();
    await expect(page.locator("#letter-name-error, .field-error").first()).toBeVisible();
    expect(readAllEmails().some((m) => m.envelopeTo.includes("victim@example.com"))).toBe(false);
  });
});
