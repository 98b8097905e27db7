import crypto from "node:crypto";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { dayFromNow, fillEventForm } from "./support/events";
import { emailsTo, lastSeq, linkTo, waitForEmail } from "./support/mailbox";

// A host whose browser runs no JavaScript registers a picket. The form refuses, each at its field, an end
// before the start, a time zone that does not exist, a latitude off the globe and a start years away, and
// sends nothing until every answer holds. Corrected, the host confirms from the email and lands on the
// private page. A moderator rejects the event with a reason, and the reason reaches the host.

test("a host without JavaScript is refused at each wrong answer, corrects them, and hears why a moderator rejected the event", async ({ browser, clientIp }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": clientIp } });
  const page = await context.newPage();
  const tag = crypto.randomBytes(3).toString("hex");
  const email = uniqueEmail(`host-${tag}`);
  const title = `Picket at the consulate ${tag}`;

  await page.goto("/en/campaigns/zhanaozen/events/new");
  await fillEventForm(page, { title, email, startsAt: dayFromNow(12, "17:00"), endsAt: dayFromNow(12, "16:00"), timeZone: "Mars/Olympus", latitude: "95" });
  await page.getByRole("button", { name: "Register the event" }).click();
  const field = (label: string) => page.locator(".field", { has: page.getByLabel(label, { exact: true }) });
  await expect(field("Ends")).toContainText("The end must come after the start.");
  await expect(field("Time zone (optional)")).toContainText("This is not a time zone we know.");
  await expect(field("Latitude (optional)")).toContainText("A latitude is a number from -90 to 90");
  // What was typed is still there.
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);

  await page.getByLabel("Ends", { exact: true }).fill(dayFromNow(12, "19:00"));
  await page.getByLabel("Time zone").fill("");
  await page.getByLabel("Latitude").fill("50.9375");
  await page.getByLabel("Starts", { exact: true }).fill(dayFromNow(3 * 365, "17:00"));
  await page.getByLabel(/I agree that the campaign keeps my name/).check();
  await page.getByRole("button", { name: "Register the event" }).click();
  await expect(field("Starts")).toContainText("This is more than a year away.");
  expect(emailsTo(email)).toHaveLength(0);

  await page.getByLabel("Starts", { exact: true }).fill(dayFromNow(12, "17:00"));
  await page.getByLabel(/I agree that the campaign keeps my name/).check();
  const after = lastSeq();
  await page.getByRole("button", { name: "Register the event" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");

  const mail = await waitForEmail(email, { after, subject: /Confirm your event/ });
  expect(mail.text).not.toContain(title);
  await page.goto(linkTo(mail, "/events/confirm"));
  await expect(page.getByText(`Confirm “${title}”`)).toBeVisible();
  await page.getByRole("button", { name: "Confirm the event" }).click();
  await expect(page).toHaveURL(/\/en\/events\/host\/[A-Za-z0-9_-]{43}\?done=waiting$/);
  await expect(page.getByRole("status")).toHaveText("Confirmed. A moderator will read it soon.");
  await expect(page.getByText("Waiting for a moderator.")).toBeVisible();
  const hostMail = await waitForEmail(email, { after, subject: new RegExp(`Your event: ${title}`) });
  // The email's private link is the page the host is on.
  expect(new URL(linkTo(hostMail, "/events/host/")).pathname).toBe(new URL(page.url()).pathname);

  // A moderator rejects it, with a reason the host reads.
  const moderator = await browser.newPage();
  await signInAs(moderator);
  await moderator.goto("/en/organise/campaigns/zhanaozen/moderation");
  const item = moderator.getByRole("listitem").filter({ has: moderator.getByRole("heading", { name: title }) });
  await expect(item).toContainText("Outside the consulate, Konsulatstraße 1, Köln, Germany");
  await expect(item).not.toContainText(email);
  const reason = `Please name the consulate in the title (${tag}).`;
  await item.getByLabel("Reason (needed to reject)").fill(reason);
  const beforeReject = lastSeq();
  await item.getByRole("button", { name: "Reject" }).click();
  await expect(moderator.getByText("The event is rejected, and the reason was emailed to its host.")).toBeVisible();
  const rejected = await waitForEmail(email, { after: beforeReject, subject: new RegExp(`Not published: ${title}`) });
  expect(rejected.text).toContain(reason);

  await page.reload();
  await expect(page.getByText(`Not published. The moderator's reason: ${reason}`)).toBeVisible();
  await page.goto("/en/campaigns/zhanaozen/events");
  await expect(page.getByText(title)).toHaveCount(0);
  await context.close();
});
