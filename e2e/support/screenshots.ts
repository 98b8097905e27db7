import type { Page } from "@playwright/test";

// Screenshots of the pages a story walks through, at a cheap phone's width and a desktop's, for people to
// look at (screenshots/ is not committed). Full pages; the viewport goes back to the desktop's after.

export async function shoot(page: Page, folder: string, name: string): Promise<void> {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: `screenshots/${folder}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
