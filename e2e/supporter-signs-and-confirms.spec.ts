import { test, expect, uniqueEmail } from "./support/fixtures";
import { confirmationEmail, lastSeq, readCount, recentNames, signThePetition } from "./support/signing";

// Aigul signs the Zhanaozen petition on her phone, confirms from her mailbox, and sees her signature
// counted and her name among the recent signers. Then the same story in a browser without JavaScript.

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a supporter signs and confirms (${javaScriptEnabled ? "with" : "without"} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test("signs, reads the email, presses confirm, and sees the count rise and her name listed", async ({ page }) => {
      const before = await readCount(page);
      const name = `Aigul Test ${Math.random().toString(36).slice(2, 8)}`;
      const email = uniqueEmail("aigul");
      const after = lastSeq();
      await signThePetition(page, { name, email, city: "Aktau", isPublic: true });

      const { email: mail, link } = await confirmationEmail(email, after);
      // Nothing she typed is in it: until the link is used, nobody knows the address is hers (issue 9).
      expect(mail.text).not.toContain(name.split(" ")[0]);
      expect(mail.text).not.toContain("Aktau");
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your signature");
      await page.getByRole("button", { name: "Confirm my signature" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");

      // The counter job runs every few seconds; the page is at most about ten seconds behind.
      await expect.poll(() => readCount(page), { timeout: 15_000, intervals: [1_000] }).toBeGreaterThan(before);
      // Another story may sign the same petition meanwhile: her name is what says that her signature is listed.
      await expect.poll(() => recentNames(page), { timeout: 15_000, intervals: [1_000] }).toContain(name);

      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Already counted");
    });
  });
}
