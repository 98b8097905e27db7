import { test, expect, uniqueEmail } from "./support/fixtures";
import { emailsTo, waitForEmail } from "./support/mailbox";
import { confirmationEmail, lastSeq, signThePetition } from "./support/signing";

// Marat is not sure his signature went through, so he signs again, with his address written differently.
// He sees the same page both times, gets one email (not a second one minutes later), and one signature.

test("signing twice gives the same page, one email and one signature", async ({ page }) => {
  const email = uniqueEmail("marat");
  const after = lastSeq();
  await signThePetition(page, { name: "Marat Test", email });
  await signThePetition(page, { name: "Marat Test", email: email.toUpperCase() });

  const { link } = await confirmationEmail(email, after);
  await page.waitForTimeout(2_000); // room for a second email, were one (wrongly) queued
  expect(emailsTo(email).filter((m) => m.seq > after)).toHaveLength(1);

  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");

  // Once confirmed, signing again tells the owner of the address that it already counts: one signature.
  const beforeThird = lastSeq();
  await signThePetition(page, { name: "Marat Test", email });
  const note = await waitForEmail(email, { after: beforeThird, subject: /already signed/i });
  expect(note.text).toContain("already counted");
  await signThePetition(page, { name: "Marat Test", email });
  await page.waitForTimeout(2_000);
  expect(emailsTo(email).filter((m) => m.seq > beforeThird)).toHaveLength(1);
});
