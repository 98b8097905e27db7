import crypto from "node:crypto";
import { test, expect, signInAs } from "./support/fixtures";
import { deliveryCounts, offerOfficeWithCompanyLetter, writeToOffice } from "./support/letters";
import { emailsTo, readAllEmails } from "./support/mailbox";
import { startMovedClockApp, type MovedClockApp } from "./support/moved-clock-app";
import { randomIp } from "./support/team";

// An office's first address does not exist: the mail server refuses it (550, a hard bounce; the e2e SMTP
// server refuses every bounce-… address). The office takes one letter an hour. Four supporters write to it;
// each hour one letter is refused and shown BOUNCED in the deliveries console. After the third, the address
// is shown failing, the fourth letter, still waiting, is cancelled, and the directory counts the failing
// address. A fifth supporter's letter goes to the office's other address. Later the provider reports that
// one bounced too (POST /api/letters/bounces, with the secret; without it, refused): the console shows it.
// The app runs on a database and a clock of the story's own (e2e/support/moved-clock-app.ts).

const HOUR = 3_600_000;
const MINUTE = 60_000;

let app: MovedClockApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

test("three hard bounces mark an address failing, cancel what waits for it, and a late bounce is recorded", async ({ browser }, info) => {
  test.setTimeout(300_000);
  const hour = Math.floor(Date.now() / HOUR) * HOUR;
  app = await startMovedClockApp("clock-bounces", info.project.name, new Date(hour + 30 * MINUTE));
  const organiser = await browser.newContext({ baseURL: app.url, extraHTTPHeaders: { "X-Forwarded-For": randomIp() } });
  const page = await organiser.newPage();
  await signInAs(page);

  const tag = crypto.randomBytes(3).toString("hex");
  const office = { slug: `refusing-${tag}`, name: `Refusing Office ${tag}` };
  const gone = `bounce-${tag}@refuse.example.com`;
  const desk = `desk-${tag}@refuse.example.com`;
  await offerOfficeWithCompanyLetter(page, office, "slug,kind,name,country,city,emails,hourlyCap", `${office.slug},COMPANY,${office.name},KZ,Atyrau,${gone}; ${desk},1`);

  // Four letters at twenty to the hour: one an hour, each refused as its hour comes.
  await app.setClock(new Date(hour + 40 * MINUTE));
  for (const n of [1, 2, 3, 4]) await writeToOffice(browser, app.url, office, `refused-${n}-${tag}`);
  await expect.poll(() => deliveryCounts(page, office.name), { timeout: 20_000 }).toEqual({ sent: 0, queued: 3, bounced: 1, cancelled: 0 });
  await app.setClock(new Date(hour + HOUR + MINUTE));
  await expect.poll(() => deliveryCounts(page, office.name), { timeout: 20_000 }).toEqual({ sent: 0, queued: 2, bounced: 2, cancelled: 0 });
  const row = page.getByRole("row", { name: office.name });
  await expect(row).not.toContainText("Failing");

  // The third refusal: the address is failing, and the letter still waiting for it is cancelled.
  await app.setClock(new Date(hour + 2 * HOUR + MINUTE));
  await expect.poll(() => deliveryCounts(page, office.name), { timeout: 20_000 }).toEqual({ sent: 0, queued: 0, bounced: 3, cancelled: 1 });
  await expect(row).toContainText(`Failing: ${gone}`);
  await expect(row).toContainText("—");
  expect(readAllEmails().some((m) => m.envelopeTo.includes(gone))).toBe(false);
  await page.goto("/en/organise/campaigns/zhanaozen/targets");
  await expect(page.getByRole("row").filter({ hasText: office.name })).toContainText("1 address failing");

  // The next letter goes to the office's other address, in the next free hour.
  await writeToOffice(browser, app.url, office, `fifth-${tag}`);
  expect(emailsTo(desk)).toHaveLength(0);
  await app.setClock(new Date(hour + 3 * HOUR + MINUTE));
  await expect.poll(() => emailsTo(desk).length, { timeout: 20_000 }).toBe(1);
  await expect.poll(() => deliveryCounts(page, office.name), { timeout: 10_000 }).toEqual({ sent: 1, queued: 0, bounced: 3, cancelled: 1 });

  // Later, the provider reports that letter bounced: without the secret it is refused, with it recorded.
  const report = { messageId: emailsTo(desk)[0]!.messageId, recipient: desk, kind: "hard" };
  const post = (secret: string) => page.request.post("/api/letters/bounces", { headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" }, data: JSON.stringify(report) });
  expect((await post("not-the-secret")).status()).toBe(401);
  const recorded = await post(app.bounceSecret);
  expect(recorded.status()).toBe(202);
  expect((await recorded.text()).trim()).toBe("Recorded");
  expect(await deliveryCounts(page, office.name)).toEqual({ sent: 0, queued: 0, bounced: 4, cancelled: 1 });
  await expect(row).toContainText(`Failing: ${gone}`);
  await expect(row).not.toContainText(desk);
  await organiser.close();
});
