import { test, expect, uniqueEmail } from "./support/fixtures";
import { confirmationEmail, lastSeq, signThePetition } from "./support/signing";

// A company mail gateway opens every link in incoming mail to check it. Opening the confirmation link
// must confirm nothing: only the supporter's press of the button does.

test("a mail scanner that opens the confirmation link confirms nothing", async ({ page, request }) => {
  const email = uniqueEmail("scanned");
  const after = lastSeq();
  await signThePetition(page, { name: "Scanned Supporter", email });
  const { link } = await confirmationEmail(email, after);

  for (let i = 0; i < 3; i++) {
    const response = await request.get(link);
    expect(response.ok()).toBe(true);
  }
  await request.head(link);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your signature");
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");
});
