import { test, expect } from "./support/fixtures";

// Lena lives in Cologne; her browser speaks German (de-DE) and has JavaScript switched off. She opens the
// demo campaign's call page: the Kazakh embassy in Berlin comes first, with the reason, its number as a
// tel: link and whether it is open. She phones, leaves a message, and says so with "I called": the count
// for that embassy goes up by exactly one.

const EMBASSY = "Embassy of the Republic of Kazakhstan in Germany";

test.describe("a supporter in Germany without JavaScript", () => {
  test.use({ locale: "de-DE", javaScriptEnabled: false });

  test("sees the Berlin embassy first and reports a voicemail", async ({ page }) => {
    const response = await page.goto("/en/campaigns/zhanaozen/call");
    expect(response?.status()).toBe(200);
    const html = await response!.text();
    expect(Buffer.byteLength(html), "the call page stays under 30 KB of HTML").toBeLessThan(30 * 1024);

    const nearest = page.getByRole("region", { name: "Your nearest office" });
    const card = nearest.getByRole("article", { name: EMBASSY });
    await expect(card).toBeVisible();
    await expect(nearest.getByText("The embassy in your country.")).toBeVisible();
    await expect(card.locator('a[href="tel:+493000000102"]')).toHaveText("+49 30 0000 0102");
    // Open or closed (or, where the directory has no hours, said so), computed on the server.
    await expect(card.getByTestId("office-status")).toHaveText(/^(Open now|Closed|Office hours not known)/);
    await expect(page.getByLabel("Your country")).toHaveValue("Germany");

    const counts = card.getByTestId("call-counts");
    const before = Number(await counts.getAttribute("data-calls"));

    await card.getByLabel("Left a message").check();
    await card.getByRole("button", { name: "Report my call" }).click();

    const after = page.getByRole("region", { name: "Your nearest office" }).getByRole("article", { name: EMBASSY });
    await expect(after.getByRole("status")).toHaveText("Thank you! Your call is counted.");
    await expect(after.getByTestId("call-counts")).toHaveAttribute("data-calls", String(before + 1));
    await expect(after.getByTestId("call-counts")).toContainText(`${before + 1} call`);

    // Travelling to London, she types her new country as she knows it: the embassy there comes first.
    await page.getByLabel("Your country").fill("UK");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(nearest.getByRole("article", { name: "Embassy of the Republic of Kazakhstan in the United Kingdom" })).toBeVisible();
    await expect(page.getByLabel("Your country")).toHaveValue("United Kingdom");
  });
});
