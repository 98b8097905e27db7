import crypto from "node:crypto";
import { test, expect, signInAs } from "./support/fixtures";

// An organiser imports offices into the campaign's directory as CSV: a file with two bad rows is refused
// with both line numbers and imports nothing; fixed, it imports, and the export carries the new rows. A
// visitor from Germany asking the public directory for the nearest office is given the embassy in Berlin,
// with the reason.

const CONSOLE = "/en/organise/campaigns/zhanaozen/targets";

test("an organiser imports the directory as CSV, all rows or none, and exports it", async ({ page }) => {
  test.setTimeout(120_000);
  const tag = crypto.randomBytes(3).toString("hex");
  const header = "slug,kind,name,country,city,emails,timeZone,officeHours";
  const good = [
    `press-${tag},MEDIA,Evening Post ${tag},GB,Leeds,letters-${tag}@post.example.com,Europe/London,Mo-Fr 10:00-16:00`,
    `union-${tag},UNION,Dockers Union ${tag},NL,Rotterdam,office-${tag}@dockers.example.org,Europe/Amsterdam,`,
  ];
  const bad = [
    `broken-${tag},MEDIA,Broken Paper ${tag},GB,Leeds,not an address,,`,
    `late-${tag},UNION,Late Union ${tag},NL,Rotterdam,late-${tag}@example.org,Europe/Amsterdam,whenever`,
  ];
  await signInAs(page);
  await page.goto(CONSOLE);
  const rows = page.locator("table tbody tr");
  const before = await rows.count();

  const importForm = page.getByRole("region", { name: "Import a CSV file" });
  await importForm.getByLabel("CSV text").fill([header, good[0], bad[0], good[1], bad[1]].join("\n"));
  await importForm.getByRole("button", { name: "Import" }).click();
  const refusal = page.getByText(/2 problems, so nothing was imported/);
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText("line 3, emails: holds something that is not an email address");
  await expect(refusal).toContainText("line 5, officeHours: must read like Mo-Fr");
  await page.reload();
  await expect(rows).toHaveCount(before);

  await page.getByRole("region", { name: "Import a CSV file" }).getByLabel("CSV text").fill([header, ...good].join("\n"));
  await page.getByRole("region", { name: "Import a CSV file" }).getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported: 2 added, 0 updated.")).toBeVisible();
  await page.reload();
  await expect(rows).toHaveCount(before + 2);
  await expect(rows.filter({ hasText: `Dockers Union ${tag}` })).toHaveCount(1);

  const exported = await page.request.get(`${CONSOLE}/export.csv`);
  expect(exported.headers()["content-type"]).toContain("text/csv");
  const csv = await exported.text();
  expect(csv).toContain(`press-${tag},MEDIA,Evening Post ${tag}`);
  expect(csv).toContain(`office-${tag}@dockers.example.org`);
});

test.describe("a visitor from Germany", () => {
  test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

  test("is proposed the embassy in Berlin as the nearest office, with the reason", async ({ page }) => {
    await page.goto("/en/campaigns/zhanaozen/targets");
    expect((await (await page.request.get("/en/campaigns/zhanaozen/targets")).text()).length).toBeLessThan(30 * 1024);
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("status")).toHaveText("The embassy in your country.");
    await expect(page.getByText("Embassy of the Republic of Kazakhstan in Germany", { exact: true })).toBeVisible();
    expect((await (await page.request.get("/en/campaigns/zhanaozen/targets/nearest?country=DE")).text()).length).toBeLessThan(30 * 1024);
  });
});
