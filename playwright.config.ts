import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/support/browser";
import { e2ePorts, hasPostgres } from "./e2e/support/ports";

// Playwright drives the built app (next build + scripts/start.ts) in Chromium, once on the embedded
// database (PGlite, as a newcomer runs it) and once on PostgreSQL when TEST_DATABASE_URL is set.
// e2e/support/global-setup.ts starts a real SMTP server on loopback and the app servers.

const ports = e2ePorts();
const ALONE = ["supporter-erases-their-data.spec.ts"];
const mainProjects = hasPostgres() ? ["pglite", "postgres"] : ["pglite"];
const launchOptions = {
  executablePath: chromiumPath(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  outputDir: `e2e/.artifacts/test-results-${ports.pglite}`,
  globalSetup: "./e2e/support/global-setup.ts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    launchOptions,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // Stories that take signatures away from the demo petition (withdrawing, erasing) and assert its exact
  // count run alone, after every other story on both servers: otherwise a story signing at the same moment
  // moves the count under them, and theirs under it.
  projects: [
    { name: "pglite", testIgnore: ALONE, use: { baseURL: `http://localhost:${ports.pglite}` } },
    ...(hasPostgres() ? [{ name: "postgres", testIgnore: ALONE, use: { baseURL: `http://localhost:${ports.postgres}` } }] : []),
    { name: "pglite-alone", testMatch: ALONE, dependencies: mainProjects, use: { baseURL: `http://localhost:${ports.pglite}` } },
    ...(hasPostgres() ? [{ name: "postgres-alone", testMatch: ALONE, dependencies: mainProjects, use: { baseURL: `http://localhost:${ports.postgres}` } }] : []),
  ],
});
