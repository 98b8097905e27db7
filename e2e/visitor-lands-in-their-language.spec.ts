import { test, expect } from "./support/fixtures";

test.describe("a visitor lands in their own language", () => {
  test.use({ locale: "ru-RU", extraHTTPHeaders: { "Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5" } });

  test("the bare address sends a Russian reader to the Russian pages, and the switcher goes back to English", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
