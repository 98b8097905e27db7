import crypto from "node:crypto";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { lastSeq, linkTo, waitForEmail } from "./support/mailbox";
import { confirmationEmail, signThePetition } from "./support/signing";

// Someone gets hold of a link that was already used (a forwarded email, a shared screen, browser history)
// and tries it again; or sends an organiser a sign-in page whose callbackUrl names their own site.

// Each story signs in and waits for mail: on a busy two-core machine that can take more than the default minute.
test.describe.configure({ timeout: 120_000 });

test("a confirmation link opened and sent again after use counts nothing more", async ({ page, request, baseURL }) => {
  const email = uniqueEmail("replayed");
  const after = lastSeq();
  await signThePetition(page, { name: "Replayed Supporter", email });
  const { link } = await confirmationEmail(email, after);

  await page.goto(link);
  // What the confirm button posts, kept to send again once the signature counts.
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Confirm my signature" }) });
  const fields = await form.evaluate((f) => [...new FormData(f as HTMLFormElement)].map(([name, value]) => [name, String(value)] as const));
  await form.getByRole("button").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Already counted");
  await expect(page.getByRole("button", { name: "Confirm my signature" })).toHaveCount(0);

  const replay = await request.post(link, { multipart: Object.fromEntries(fields), headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
  expect(replay.status()).toBe(303);
  expect(replay.headers().location).not.toContain("done=1"); // "done" is what says "your signature now counts"
  await page.goto(new URL(replay.headers().location!, baseURL).toString());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Already counted");
});

test.describe("an organiser's sign-in link", () => {
  let organiser: string;

  test.beforeEach(async ({ page, browser }) => {
    // A new editor of the demo campaign, so that the sign-in email read below is this story's own: the
    // admin invites them, and they join through the invitation (which mails them a first sign-in link).
    organiser = uniqueEmail("organiser");
    await signInAs(page);
    await page.goto("/en/organise/campaigns/zhanaozen/members");
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Send the invitation" }) });
    await form.getByLabel("Their email address").fill(organiser);
    await form.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.getByText(`An invitation went to ${organiser}.`)).toBeVisible();
    await page.context().clearCookies();
    const invited = await browser.newContext();
    const joining = await invited.newPage();
    await joining.goto(linkTo(await waitForEmail(organiser, { subject: /invited to the team/ }), "/auth/invitation/"));
    const before = lastSeq();
    await joining.getByRole("main").getByRole("button", { name: "Join the team" }).click();
    await expect(joining).toHaveURL(/\/auth\/check-email$/);
    await waitForEmail(organiser, { subject: /sign-in link/, after: before });
    await invited.close();
  });

  test("asked for with a callbackUrl on another site, even typed into the form, ends on ours; used again, signs nobody in", async ({ page, browser, baseURL }) => {
    const attacker = `https://attacker.example/phish?${crypto.randomBytes(4).toString("hex")}`;
    await page.goto(`/en/auth/sign-in?${new URLSearchParams({ callbackUrl: attacker })}`);
    const callback = page.locator('input[name="callbackUrl"]');
    expect(await callback.inputValue()).toMatch(/^\/(?!\/)/);
    await callback.evaluate((input, value) => ((input as HTMLInputElement).value = value), attacker);
    const after = lastSeq();
    await page.getByLabel(/email/i).fill(organiser);
    await page.locator("form").filter({ has: page.getByLabel(/email/i) }).getByRole("button").click();
    const link = linkTo(await waitForEmail(organiser, { after }), "/auth/confirm?");
    expect(new URL(link).searchParams.get("callbackUrl")).toMatch(/^\/(?!\/)/);

    // The link itself altered to name the attacker's site: still our console.
    const altered = new URL(link);
    altered.searchParams.set("callbackUrl", attacker);
    await page.goto(altered.toString());
    await page.getByRole("main").getByRole("button").click();
    await expect(page).toHaveURL(/\/organise/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

    // The same link, later, in another browser: not signed in.
    const other = await browser.newContext();
    const replay = await other.newPage();
    await replay.goto(link);
    const button = replay.getByRole("main").getByRole("button");
    if (await button.count()) await button.first().click();
    await replay.goto("/en/organise");
    await expect(replay).toHaveURL(/\/auth\/sign-in/);
    await other.close();
  });
});
