import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, signInAs, uniqueEmail } from "./support/fixtures";
import { lastSeq, linkTo, waitForEmail } from "./support/mailbox";
import { builtActions, callAction } from "./support/server-actions";
import { confirmationEmail, recentNames } from "./support/signing";

// Someone signs and sponsors with markup in every field a supporter fills in, hoping it runs in the
// browsers of the readers of the public pages and of the organisers in the console. It must be shown
// as the text it is: no dialog opens, no element is made of it.

const SIGN = "/api/sign?locale=en&campaign=zhanaozen&petition=justice-for-zhanaozen";

/** Markup that runs if it is ever put into the page as HTML (short: names are at most 100 characters). */
const MARKUP = ['"><img src=x onerror=alert(1)>', "<script>alert(2)</script>", "<svg onload=alert(3)>"];

function payload(tag: string, kind = 0): string {
  return `A${tag} ${MARKUP[kind % MARKUP.length]}`;
}

function watchForScripts(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectShownAsText(page: Page, texts: string[], dialogs: string[]): Promise<void> {
  for (const text of texts) await expect(page.locator("main"), text).toContainText(text);
  await expect(page.locator('main img[src="x"], main svg[onload], main script:not([src])')).toHaveCount(0);
  expect(dialogs).toEqual([]);
}

// Each story signs in and waits for mail: on a busy two-core machine that can take more than the default minute.
test.describe.configure({ timeout: 120_000 });

test("markup in a signature's name, city, organisation and role shows as text on the petition page and in the console; in a comment it is refused", async ({ page, request, baseURL, clientIp }) => {
  const dialogs = watchForScripts(page);
  const tag = crypto.randomBytes(3).toString("hex");
  const fields = { name: payload(`n${tag}`, 0), city: payload(`c${tag}`, 1), organisation: payload(`o${tag}`, 2), role: payload(`r${tag}`, 0) };
  const email = uniqueEmail("markup");
  // The sign endpoint's address names the petition signed (docs/decisions/022).
  const post = (extra: Record<string, string>) =>
    request.post(SIGN, {
      form: { locale: "en", email, country: "KZ", isPublic: "on", ...fields, ...extra },
      headers: { Accept: "application/json", Origin: new URL(baseURL!).origin, "X-Forwarded-For": clientIp },
    });
  // The comment refuses markup outright, at its field.
  const refused = await post({ comment: payload(`m${tag}`, 1) });
  expect(refused.status()).toBe(422);
  expect(Object.keys(((await refused.json()) as { fieldErrors: Record<string, string> }).fieldErrors)).toEqual(["comment"]);
  const after = lastSeq();
  const signed = await post({ comment: "Plain words." });
  expect(signed.status(), await signed.text()).toBe(200);
  const { link } = await confirmationEmail(email, after);
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your signature is confirmed");

  // The public list of names follows the counter job (every few seconds).
  await expect.poll(() => recentNames(page), { timeout: 20_000, intervals: [1_000] }).toContain(fields.name);
  await expectShownAsText(page, [fields.name], dialogs);

  await signInAs(page);
  await page.goto(`/en/organise/campaigns/zhanaozen/signatures?${new URLSearchParams({ domain: "example.org" })}`);
  await expectShownAsText(page, [fields.name], dialogs);
});

test("markup in a sponsor's name, role, organisation and contact person shows as text on the confirmation page, in the console and on the sponsors page", async ({ page, baseURL }) => {
  const dialogs = watchForScripts(page);
  const tag = crypto.randomBytes(3).toString("hex");
  const individual = { kind: "INDIVIDUAL", name: payload(`n${tag}`, 0), role: payload(`r${tag}`, 1), organisation: payload(`o${tag}`, 2) };
  const organisation = { kind: "ORGANISATION", organisationName: payload(`g${tag}`, 1), organisationKind: "NGO", website: "https://www.example.net", contactName: payload(`p${tag}`, 0) };
  const action = builtActions().find((a) => a.name === "addSponsorAction")!;
  for (const [sponsor, shown] of [[individual, individual.name], [organisation, organisation.organisationName]] as const) {
    const email = uniqueEmail("markup-sponsor");
    const after = lastSeq();
    const answer = await callAction(baseURL!, action, { bound: ["zhanaozen", "en"], state: true }, { email, country: "DE", consent: "on", ...sponsor });
    expect(answer.redirect, answer.body.slice(-300)).toMatch(/check-email/);
    const mail = await waitForEmail(email, { after, subject: /Confirm your sponsorship/ });
    await page.goto(linkTo(mail, "/sponsors/confirm"));
    await expectShownAsText(page, [shown], dialogs);
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: confirmed");
  }

  await signInAs(page);
  await page.goto("/en/organise/campaigns/zhanaozen/sponsors");
  const entry = page.getByRole("listitem").filter({ hasText: individual.name });
  await expect(entry).toContainText(individual.role);
  await expect(entry).toContainText(individual.organisation);
  await expect(page.getByRole("listitem").filter({ hasText: organisation.organisationName })).toContainText(organisation.contactName);
  await expectShownAsText(page, [individual.name, organisation.organisationName], dialogs);
  await entry.getByRole("button", { name: /^Approve/ }).click();
  await expect(page.getByText("1 sponsor approved.")).toBeVisible();

  await page.goto("/en/campaigns/zhanaozen/sponsors");
  await expectShownAsText(page, [individual.name], dialogs);
});
