import { test, expect, uniqueEmail } from "./support/fixtures";
import { confirmationEmail, lastSeq, recentNames, signThePetition } from "./support/signing";

// One address sends signature after signature (a script, or a crowded internet café). Past the limit
// (one a minute by default), each one gets the usual pages and emails, but is set aside as suspect
// and not counted until a moderator looks at it.

test("over the rate limit a supporter sees the usual pages, but the signature is not counted", async ({ page }) => {
  const first = { name: `First Caller ${Math.random().toString(36).slice(2, 7)}`, email: uniqueEmail("first"), isPublic: true };
  const second = { name: `Second Caller ${Math.random().toString(36).slice(2, 7)}`, email: uniqueEmail("second"), isPublic: true };
  const after = lastSeq();
  await signThePetition(page, first);
  await signThePetition(page, second); // same client address, within the minute

  for (const supporter of [first, second]) {
    const { link } = await confirmationEmail(supporter.email, after);
    await page.goto(link);
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");
  }

  await expect.poll(() => recentNames(page), { timeout: 15_000, intervals: [1_000] }).toContain(first.name);
  expect(await recentNames(page)).not.toContain(second.name);
});
