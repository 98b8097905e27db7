import { test, expect } from "./support/fixtures";

test("a supporter at risk reads what happens to their data before signing, in their language", async ({ page }) => {
  await page.goto("/ru/campaigns/zhanaozen/petitions/justice-for-zhanaozen");
  await page.getByRole("contentinfo").getByRole("link", { name: "О Placard и ваших данных" }).click();
  await expect(page).toHaveURL(/\/ru\/about$/);
  await expect(page.getByRole("heading", { level: 2, name: "Что происходит с вашими данными" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Ваш адрес почты никогда не показывается");
  await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/about$/);
  await expect(page.getByRole("main")).toContainText("Your name is shown only if you tick the box");
});
