import { execFileSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { test, expect } from "./support/fixtures";
import { organiserActions, publicActions } from "./support/action-table";
import { changedTables, openRawSql, snapshot, type RawSql, type Snapshot } from "./support/database-snapshot";
import { startApp } from "./support/global-setup";
import { E2E_ADMIN_EMAIL, e2ePorts } from "./support/ports";
import { builtActions, builtRoutes, callAction, distDir, randomClientIp, refusalOf, sourceActions, sourceRoutes, type BuiltAction } from "./support/server-actions";
import { writeStrangerWorld, type StrangerWorld } from "./support/stranger-world";

// A stranger — signed out, or an organiser of another campaign — tries every server action and every
// route handler of the build on this campaign, the way a browser would send them. Each is refused and
// writes nothing; the admin's same requests go through, so the refusals are the guards' doing.
//
// The story runs its own app instance, on a database it seeds itself (its own sessions go straight into
// next-auth's Session table), so that "nothing written" can be checked on every table while no other
// story writes. On PostgreSQL the tables are compared after every request. A PGlite folder belongs to
// one process: there the database is seeded before the app starts, and compared once the app has
// stopped, after all the stranger's requests (the admin's come after a restart).

test.describe.configure({ mode: "serial" });

type Instance = { url: string; databaseUrl: string; isPglite: boolean; child: ChildProcess | null; dist: string; dropDb?: string };

let app: Instance;
let world: StrangerWorld;
let before: Snapshot;
let sql: RawSql | null = null; // PostgreSQL only: open while the app runs
const actions = builtActions();

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(180_000);
  const isPglite = testInfo.project.name === "pglite";
  const port = e2ePorts().pglite + (isPglite ? 3 : 4);
  let databaseUrl: string;
  let dropDb: string | undefined;
  if (isPglite) {
    databaseUrl = `pglite://${fs.mkdtempSync(path.join(os.tmpdir(), "placard-stranger-"))}/db`;
  } else {
    dropDb = `placard_stranger_${crypto.randomBytes(4).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${dropDb}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${dropDb}`;
    databaseUrl = url.toString();
  }
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-seed.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
  const seeding = await openRawSql(databaseUrl);
  world = await writeStrangerWorld(seeding);
  before = await snapshot(seeding);
  if (isPglite) await seeding.close();
  else sql = seeding;
  // Its own copy of the build: pages cached by this instance must not reach the shared servers.
  const dist = `${distDir()}-stranger-${testInfo.project.name}`;
  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync(distDir(), dist, { recursive: true, filter: (source) => !source.startsWith(path.join(distDir(), "cache")) });
  app = { url: `http://localhost:${port}`, databaseUrl, isPglite, child: null, dist, dropDb };
  await start(app);
});

test.afterAll(async () => {
  await stop(app);
  await sql?.close();
  fs.rmSync(app.dist, { recursive: true, force: true });
  if (app.isPglite) fs.rmSync(path.dirname(app.databaseUrl.slice("pglite://".length)), { recursive: true, force: true });
  if (app.dropDb) await adminQuery(`DROP DATABASE IF EXISTS ${app.dropDb} WITH (FORCE)`);
});

test("every server action and route handler of the build, and of the source, is one this story tries", () => {
  const tried = [...Object.keys(organiserActions), ...Object.keys(publicActions)].sort();
  const built = actions.map((a) => `${a.module}#${a.name}`).sort();
  expect(built, "an action in the build is not tried here: add it to e2e/support/action-table.ts").toEqual(tried);
  expect(sourceActions(), "an export of a \"use server\" file is not in the build's actions").toEqual(built);
  const routes = Object.keys(routeTries).sort();
  expect(builtRoutes(), "a route handler in the build is not tried here: add it to routeTries").toEqual(routes);
  for (const route of sourceRoutes()) expect(routes, `app${route}/route.ts is not tried here`).toContain(route);
});

test("signed out, every organiser action is refused and writes nothing", async () => {
  for (const [key, entry] of Object.entries(organiserActions)) {
    const { bound, fields } = entry.request(world, "this");
    const answer = await callAction(app.url, actionOf(key), { ...entry.shape, bound }, fields);
    expect(answer.notFoundAction, `${key}: the call did not reach Next's action handler`).toBe(false);
    expect(refusalOf(answer), `${key} signed out: ${answer.status} ${answer.redirect}`).not.toBeNull();
    await expectNothingWritten(key);
  }
});

test("an organiser of another campaign is refused every action on this campaign, and writes nothing", async () => {
  for (const [key, entry] of Object.entries(organiserActions)) {
    const { bound, fields } = entry.request(world, "this");
    const answer = await callAction(app.url, actionOf(key), { ...entry.shape, bound }, fields, world.strangerSession);
    expect(answer.notFoundAction, key).toBe(false);
    expect(refusalOf(answer), `${key} as a stranger: ${answer.status} ${answer.redirect}`).not.toBeNull();
    await expectNothingWritten(key);
  }
});

test("naming their own campaign with this campaign's petition, signature or sponsor writes nothing", async () => {
  for (const [key, entry] of Object.entries(organiserActions)) {
    if (entry.mixedIds === false) continue;
    const { bound, fields } = entry.request(world, "own");
    const answer = await callAction(app.url, actionOf(key), { ...entry.shape, bound }, fields, world.strangerSession);
    expect(answer.notFoundAction, key).toBe(false);
    await expectNothingWritten(`${key} with the stranger's own campaign id`);
  }
});

test("the supporters' public actions, sent with made-up tokens and unknown addresses, write nothing", async () => {
  for (const [key, entry] of Object.entries(publicActions)) {
    const { bound, fields } = entry.harmless(world);
    for (const session of entry.signedOutOnly ? [undefined] : [undefined, world.strangerSession]) {
      const answer = await callAction(app.url, actionOf(key), { ...entry.shape, bound }, fields, session);
      expect(answer.notFoundAction, key).toBe(false);
      expect(answer.status, `${key}: ${answer.body.slice(0, 200)}`).toBeLessThan(500);
      await expectNothingWritten(`${key} (public: ${entry.why})`);
    }
  }
});

test("every route handler, signed out and as the stranger, is refused or only reads", async () => {
  for (const [route, tries] of Object.entries(routeTries)) {
    for (const attempt of tries(world)) {
      for (const [who, session] of [["signed out", undefined], ["the stranger", world.strangerSession]] as const) {
        const response = await fetch(new URL(attempt.path, app.url), {
          method: attempt.method ?? "GET",
          redirect: "manual",
          headers: {
            "X-Forwarded-For": randomClientIp(),
            ...(session ? { Cookie: `next-auth.session-token=${session}` } : {}),
            ...(attempt.body ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
            ...attempt.headers,
          },
          body: attempt.body,
        });
        const what = `${attempt.method ?? "GET"} ${attempt.path} (${route}), ${who}: ${response.status} ${response.headers.get("location") ?? ""}`;
        await response.arrayBuffer();
        if (attempt.expect === "refused") expect(isRefusedRoute(response), what).toBe(true);
        else expect(response.status, what).toBeLessThan(500);
        await expectNothingWritten(what);
      }
    }
  }
});

test("across all of the stranger's requests, not one row in any table changed", async () => {
  if (app.isPglite) {
    await stop(app); // PGlite: the folder can be read once the app has let go of it
    const after = await withRawSql(app.databaseUrl, snapshot);
    expect(changedTables(before, after)).toEqual([]);
    await start(app);
  } else {
    expect(changedTables(before, await snapshot(sql!))).toEqual([]);
  }
});

test("the admin's same requests reach every action and export (so the refusals above were the guards')", async () => {
  for (const file of ["petition.pdf", "signatures.csv", "sponsors.csv"]) {
    const response = await fetch(new URL(exportPath(world, file), app.url), { headers: { Cookie: `next-auth.session-token=${world.adminSession}` }, redirect: "manual" });
    expect(response.status, file).toBe(200);
  }
  for (const [key, entry] of Object.entries(organiserActions)) {
    const { bound, fields } = entry.request(world, "this");
    const answer = await callAction(app.url, actionOf(key), { ...entry.shape, bound }, fields, world.adminSession);
    expect(refusalOf(answer), `${key} as the admin: ${answer.status} ${answer.redirect} ${answer.body.slice(0, 300)}`).toBeNull();
    expect(answer.body, `${key} as the admin`).not.toMatch(/"formError"|"error":\{/);
    if (sql) {
      const after = await snapshot(sql);
      expect(changedTables(before, after), `${key} as the admin wrote nothing`).not.toEqual([]);
      before = after;
    }
  }
});

// ---------- route handlers ----------

type RouteTry = { path: string; method?: string; body?: string; headers?: Record<string, string>; expect: "refused" | "reads" };

function exportPath(w: StrangerWorld, file: string, campaignSlug = w.campaignSlug): string {
  return `/en/organise/campaigns/${campaignSlug}/petitions/${w.petitionSlug}/export/${file}`;
}

const exportTries = (file: string) => (w: StrangerWorld): RouteTry[] => [
  { path: exportPath(w, file), expect: "refused" },
  { path: exportPath(w, file, w.strangerCampaignSlug), expect: "refused" }, // own campaign, this petition
];

const signPath = "/api/sign?locale=en&campaign=zhanaozen&petition=justice-for-zhanaozen";

/** Public routes say why anyone may call them; each is tried in the ways that must write nothing. */
const routeTries: Record<string, (w: StrangerWorld) => RouteTry[]> = {
  "/[locale]/organise/campaigns/[campaign]/petitions/[petition]/export/petition.pdf": exportTries("petition.pdf"),
  "/[locale]/organise/campaigns/[campaign]/petitions/[petition]/export/signatures.csv": exportTries("signatures.csv"),
  "/[locale]/organise/campaigns/[campaign]/petitions/[petition]/export/sponsors.csv": exportTries("sponsors.csv"),
  // Public: the sign form posts here. A post from another site's page is refused; a GET only reads.
  "/api/sign": (w) => [
    {
      path: signPath,
      method: "POST",
      headers: { Origin: "https://attacker.example" },
      body: new URLSearchParams({ petitionId: w.petitionId, locale: "en", name: "Cross Site", email: "cross-site@example.org", country: "DE" }).toString(),
      expect: "refused",
    },
    { path: signPath, expect: "reads" },
  ],
  // Only with PLACARD_BENCH_ROUTES=on (never in production); here it is off.
  "/api/bench/raw-signature": () => [
    { path: "/api/bench/raw-signature", method: "POST", body: "petitionId=x", expect: "refused" },
    { path: "/api/bench/raw-signature", expect: "refused" },
  ],
  // Public: next-auth's own endpoints. Without its CSRF token, a post signs nobody in or out.
  "/api/auth/[...nextauth]": () => [
    { path: "/api/auth/session", expect: "reads" },
    { path: "/api/auth/providers", expect: "reads" },
    { path: "/api/auth/csrf", expect: "reads" },
    { path: "/api/auth/signout", method: "POST", body: "callbackUrl=%2Fen", expect: "reads" },
    { path: "/api/auth/signin/email", method: "POST", body: new URLSearchParams({ email: E2E_ADMIN_EMAIL, callbackUrl: "/en/organise" }).toString(), expect: "reads" },
    { path: `/api/auth/callback/email?${new URLSearchParams({ token: "a".repeat(64), email: E2E_ADMIN_EMAIL })}`, expect: "reads" },
  ],
  // Public: the news feeds and robots.txt, read-only.
  "/feeds/[locale]/news.xml": () => [{ path: "/feeds/en/news.xml", expect: "reads" }],
  "/robots.txt": () => [{ path: "/robots.txt", expect: "reads" }],
};

/** 404, 401/403, or sent to the sign-in page. */
function isRefusedRoute(response: Response): boolean {
  if ([401, 403, 404, 405].includes(response.status)) return true;
  return response.status >= 300 && response.status < 400 && /\/auth\/sign-in/.test(response.headers.get("location") ?? "");
}

// ---------- helpers ----------

function actionOf(key: string): BuiltAction {
  const found = actions.find((a) => `${a.module}#${a.name}` === key);
  if (!found) throw new Error(`${key} is not in the build`);
  return found;
}

async function expectNothingWritten(what: string): Promise<void> {
  if (!sql) return; // PGlite: compared once, after every request (see the story's last stranger test)
  expect(changedTables(before, await snapshot(sql)), what).toEqual([]);
}

async function start(instance: Instance): Promise<void> {
  const port = new URL(instance.url).port;
  instance.child = await startApp(`stranger-${instance.isPglite ? "pglite" : "postgres"}`, Number(port), {
    ...process.env,
    DATABASE_URL: instance.databaseUrl,
    NEXT_DIST_DIR: instance.dist,
    SMTP_URL: `smtp://127.0.0.1:${e2ePorts().smtp}`,
    MAIL_FROM: "Placard e2e <placard@example.org>",
    ADMIN_EMAILS: E2E_ADMIN_EMAIL,
    AUTH_SECRET: "stranger-story-secret-".padEnd(64, "x"),
    TRUSTED_PROXY: "one",
    PLACARD_WORKER: "off", // no mail is sent and no count moves on its own while tables are compared
    NEXT_TELEMETRY_DISABLED: "1",
  });
}

async function stop(instance: Instance): Promise<void> {
  const child = instance.child;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
  instance.child = null;
}

async function withRawSql<T>(url: string, use: (sql: RawSql) => Promise<T>): Promise<T> {
  const raw = await openRawSql(url);
  try {
    return await use(raw);
  } finally {
    await raw.close();
  }
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  await client.query(text);
  await client.end();
}
