import { test, expect, uniqueEmail } from "./support/fixtures";
import { emailsTo } from "./support/mailbox";
import { confirmationEmail, lastSeq, recentNames, signThePetition } from "./support/signing";

// One address sends signature after signature (a script, or a crowded internet café). Past the limit
// (one a minute by default), each one gets the usual pages, but is set aside as suspect: not counted
// until a moderator looks at it, and not mailed (issue 9: Placard must not mail strangers in bulk).

test("over the rate limit a supporter sees the usual pages, but gets no email and is not counted", async ({ page, browser }) => {
  const first = { name: `First Caller ${Math.random().toString(36).slice(2, 7)}`, email: uniqueEmail("first"), isPublic: true };
  const second = { name: `Second Caller ${Math.random().toString(36).slice(2, 7)}`, email: uniqueEmail("second"), isPublic: true };
  const third = { name: `Third Caller ${Math.random().toString(36).slice(2, 7)}`, email: uniqueEmail("third"), isPublic: true };
  const after = lastSeq();
  await signThePetition(page, first);
  await signThePetition(page, second); // same client address, within the minute: the usual pages
  // Someone else, from another address, a moment later: the worker sends in the order mail was queued,
  // so once this email has arrived, one for the second signature would have too.
  const elsewhere = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `10.254.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 2}` } });
  await signThePetition(await elsewhere.newPage(), third);
  await confirmationEmail(third.email, after);
  await elsewhere.close();

  const { link } = await confirmationEmail(first.email, after);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");
  expect(emailsTo(second.email).filter((m) => m.seq > after)).toHaveLength(0);

  await expect.poll(() => recentNames(page), { timeout: 15_000, intervals: [1_000] }).toContain(first.name);
  expect(await recentNames(page)).not.toContain(second.name);
});
