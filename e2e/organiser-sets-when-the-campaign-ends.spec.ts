import { test, expect, signInAs } from "./support/fixtures";

// Dana leads the Zhanaozen campaign. The console tells her what happens to supporters' details when
// the campaign ends; she sets its last day, is stopped from ending it now without saying she has
// exported what she needs, and removes the end date again. (Ending a campaign for good is covered by
// lib/campaigns/end-campaign.test.ts on both databases: the demo campaign is shared by every story.)

const CONSOLE = "/en/organise/campaigns/zhanaozen";

function isoDay(daysFromNow: number): string {
  return new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a lead organiser sets the campaign's last day, cannot end it by accident, and removes the date", async ({ page }) => {
      await signInAs(page);
      await page.goto(CONSOLE);
      const section = page.getByRole("region", { name: "When the campaign ends" });
      await expect(section).toContainText("its petitions close");
      await expect(section).toContainText("No end is set");

      // A day already over is refused in place, with what to do instead.
      await section.getByLabel("Last day of the campaign").fill(isoDay(-2));
      await section.getByRole("button", { name: "Set the last day" }).click();
      await expect(section.getByText("That day is already over. Choose today or a later day, or end the campaign now.")).toBeVisible();
      await expect(section.getByLabel("Last day of the campaign")).toHaveAttribute("aria-invalid", "true");
      await expect(section).toContainText("No end is set");

      const lastDay = isoDay(javaScriptEnabled ? 400 : 401);
      await section.getByLabel("Last day of the campaign").fill(lastDay);
      await section.getByRole("button", { name: "Set the last day" }).click();
      await expect(section.getByText(`The campaign now ends when ${lastDay} is over.`)).toBeVisible();
      await page.goto(CONSOLE);
      await expect(section).toContainText(`The campaign ends when ${lastDay} is over (UTC). Supporters' details will be deleted then.`);
      await expect(section.getByLabel("Last day of the campaign")).toHaveValue(lastDay);

      // Ending now needs the box ticked: without it, nothing happens but a message in place.
      await section.getByRole("button", { name: "End the campaign and delete supporters' details" }).click();
      const understood = section.getByRole("checkbox", { name: /I have exported what we still need/ });
      await expect(understood).toHaveAttribute("aria-invalid", "true");
      await expect(section.getByText("Tick the box to confirm that the details may be deleted now.")).toBeVisible();
      await page.goto("/en/campaigns/zhanaozen");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

      await page.goto(CONSOLE);
      await section.getByRole("button", { name: "Remove the end date" }).click();
      await expect(section.getByText("The end date was removed.")).toBeVisible();
      await page.goto(CONSOLE);
      await expect(section).toContainText("No end is set");
    });
  });
}
