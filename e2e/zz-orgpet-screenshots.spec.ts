import { test, signInAs } from "./support/fixtures";

// TEMPORARY (helper orgpet): screenshots of the organiser's petition and moderation pages. Deleted after use.
const OUT = "/tmp/orgpet/shots";
const C = "/en/organise/campaigns/zhanaozen";

test("screenshots", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page);
  await page.goto(`${C}/petitions/new`);
  await page.getByRole("group", { name: "Demands" }).getByRole("checkbox").nth(2).check();
  await page.getByLabel("Web address").fill(`draft-shot-${Date.now()}`);
  await page.getByRole("button", { name: "Draft the petition" }).click();
  await page.waitForURL(/petitions\/draft-shot-/);
  const draftUrl = new URL(page.url()).pathname;
  const shots: [string, string][] = [
    ["list", `${C}/petitions`],
    ["new", `${C}/petitions/new`],
    ["draft", draftUrl],
    ["open", `${C}/petitions/justice-for-zhanaozen`],
    ["moderation", `${C}/signatures`],
    ["moderation-confirm", `${C}/signatures?domain=example.org&confirm=invalidate#confirm`],
    ["moderation-ru", `/ru/organise/campaigns/zhanaozen/signatures?suspect=1`],
    ["list-ru", `/ru/organise/campaigns/zhanaozen/petitions`],
  ];
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of shots) {
      await page.goto(path);
      await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${C}/petitions/new`);
  await page.getByRole("button", { name: "Draft the petition" }).click();
  await page.getByText("Choose at least one demand.").waitFor();
  await page.screenshot({ path: `${OUT}/new-errors-1280.png`, fullPage: true });
});
