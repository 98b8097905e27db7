import { test } from "./support/fixtures";
import { signInAs } from "./support/fixtures";

const pub = [
  ["composer-en", "/en/campaigns/zhanaozen/letters/protest-embassy"],
  ["solidarity-ru", "/ru/campaigns/zhanaozen/letters/solidarity-strikers"],
  ["call-ru", "/ru/campaigns/zhanaozen/call"],
  ["wall-en", "/en/campaigns/zhanaozen/wall"],
  ["targets-de", "/de/campaigns/zhanaozen/targets"],
  ["letters-en", "/en/campaigns/zhanaozen/letters"],
];
test.use({ locale: "de-DE" });
for (const [w, h] of [[390, 844], [1280, 900]]) {
  test(`public ${w}`, async ({ page }) => {
    await page.setViewportSize({ width: w!, height: h! });
    for (const [name, path] of pub) {
      await page.goto(path!);
      await page.screenshot({ path: `/tmp/shots/${name}-${w}.png`, fullPage: true });
    }
  });
}
test("console", async ({ page }) => {
  await signInAs(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [name, path] of [["deliveries", "/en/organise/campaigns/zhanaozen/deliveries"], ["texts", "/en/organise/campaigns/zhanaozen/texts"], ["targets-console", "/en/organise/campaigns/zhanaozen/targets"], ["calls-console", "/en/organise/campaigns/zhanaozen/calls"], ["replies", "/en/organise/campaigns/zhanaozen/replies"]]) {
    await page.goto(path!);
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en/organise/campaigns/zhanaozen/deliveries");
  await page.screenshot({ path: `/tmp/shots/deliveries-390.png`, fullPage: true });
});
