import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// The Chromium the stories run in: PLAYWRIGHT_CHROMIUM_PATH, else the distribution's /usr/bin/chromium,
// else Playwright's own download (`npx playwright install chromium`). `npm test` checks before it starts
// that one of them is there, so that a machine without a browser is told so in one line, not by every story.

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined; // else Playwright's own
}

/** Why the stories cannot start a browser here, or null when one is there. */
export function missingBrowser(): string | null {
  const chosen = chromiumPath();
  if (chosen) return fs.existsSync(chosen) ? null : `PLAYWRIGHT_CHROMIUM_PATH names ${chosen}, which does not exist`;
  const downloads = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), ".cache", "ms-playwright");
  const own = fs.existsSync(downloads) && fs.readdirSync(downloads).some((name) => name.startsWith("chromium"));
  return own ? null : "no Chromium found: install your distribution's chromium (/usr/bin/chromium), run `npx playwright install chromium`, or set PLAYWRIGHT_CHROMIUM_PATH";
}
