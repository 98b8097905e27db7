import crypto from "node:crypto";
import { test, expect, signInAs } from "./support/fixtures";
import { deliveryCounts, offerOfficeWithCompanyLetter, writeToOffice } from "./support/letters";
import { emailsTo } from "./support/mailbox";
import { startMovedClockApp, type MovedClockApp } from "./support/moved-clock-app";
import { randomIp } from "./support/team";

// An organiser adds an office of their own to the directory (CSV) with a cap of 2 letters an hour and
// offers it with the companies' protest letter. Three supporters write to it through Placard and confirm,
// at twenty to the hour: two letters reach the office at once; the third waits, and the deliveries console
// shows it queued, due at the next full hour. When that hour comes, it goes out, and the console says so.
// The app runs on a database and a clock of the story's own (e2e/support/moved-clock-app.ts): "an hour
// later" is the app's clock moved forward, not an hour of waiting.

const HOUR = 3_600_000;
const MINUTE = 60_000;
const utcTime = (at: Date) => new Intl.DateTimeFormat("en", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" }).format(at);

let app: MovedClockApp | undefined;
test.afterEach(async () => {
  await app?.stop();
  app = undefined;
});

test("letters over a target's hourly cap wait for the next hour, and go out when it comes", async ({ browser }, info) => {
  test.setTimeout(300_000);
  const hour = Math.floor(Date.now() / HOUR) * HOUR;
  app = await startMovedClockApp("clock-pacing", info.project.name, new Date(hour + 30 * MINUTE));
  const organiser = await browser.newContext({ baseURL: app.url, extraHTTPHeaders: { "X-Forwarded-For": randomIp() } });
  const page = await organiser.newPage();
  await signInAs(page);

  const tag = crypto.randomBytes(3).toString("hex");
  const office = { slug: `paced-${tag}`, name: `Paced Works ${tag}` };
  const address = `office-${tag}@paced.example.com`;
  await offerOfficeWithCompanyLetter(page, office, "slug,kind,name,country,city,emails,hourlyCap", `${office.slug},COMPANY,${office.name},KZ,Aktau,${address},2`);

  // Three supporters write to it at twenty to the hour: two letters go at once, the third waits.
  await app.setClock(new Date(hour + 40 * MINUTE));
  for (const label of ["first", "second", "third"]) await writeToOffice(browser, app.url, office, `paced-${label}-${tag}`);
  await expect.poll(() => emailsTo(address).length, { timeout: 20_000 }).toBe(2);
  await expect.poll(() => deliveryCounts(page, office.name), { timeout: 10_000 }).toMatchObject({ sent: 2, queued: 1 });
  await expect(page.getByRole("row", { name: office.name })).toContainText(utcTime(new Date(hour + HOUR)));
  expect(emailsTo(address).length).toBe(2);

  // The next hour: the third letter goes, and nothing waits any more.
  await app.setClock(new Date(hour + HOUR + MINUTE));
  await expect.poll(() => emailsTo(address).length, { timeout: 20_000 }).toBe(3);
  expect(new Set(emailsTo(address).map((m) => m.headers.find((h) => /^reply-to:/i.test(h)))).size).toBe(3);
  await expect.poll(() => deliveryCounts(page, office.name), { timeout: 10_000 }).toMatchObject({ sent: 3, queued: 0 });
  await expect(page.getByRole("row", { name: office.name })).toContainText("—");
  await organiser.close();
});
