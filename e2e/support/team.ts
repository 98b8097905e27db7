import crypto from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { lastSeq, linkTo, waitForEmail } from "./mailbox";

// Steps of the organisers' stories: joining a team through an emailed invitation, reading a field's message.

/** Opens an invitation's link in a browser of its own, joins, and signs in through the sign-in link that follows. */
export async function joinThroughInvitation(browser: Browser, email: string, campaignTitle: string, options: { javaScriptEnabled: boolean }) {
  const invitation = await waitForEmail(email, { subject: /invited to the team/ });
  expect(invitation.subject).toBe(`You are invited to the team of “${campaignTitle}”`);
  const link = linkTo(invitation, "/auth/invitation/");
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled, extraHTTPHeaders: { "X-Forwarded-For": randomIp() } });
  const page = await context.newPage();
  await page.goto(link);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Join the campaign's team");
  await expect(main).toContainText(`You are invited to the team of “${campaignTitle}”`);
  const before = lastSeq();
  await main.getByRole("button", { name: "Join the team" }).click();
  await expect(page).toHaveURL(/\/en\/auth\/check-email$/);
  const signIn = await waitForEmail(email, { subject: /sign-in link/, after: before });
  await page.goto(linkTo(signIn, "/auth/confirm?"));
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  return { context, page, link };
}

export function randomIp(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${(b[2]! % 250) + 2}`;
}

export async function fieldError(page: Page, label: string | RegExp) {
  const control = page.getByLabel(label, { exact: typeof label === "string" });
  const describedBy = (await control.getAttribute("aria-describedby")) ?? "";
  const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
  return errorId ? page.locator(`[id="${errorId}"]`).innerText() : "";
}
