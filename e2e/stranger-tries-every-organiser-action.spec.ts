import { test, expect } from "./support/fixtures";
import { roleCan } from "../lib/auth/capabilities";
import { organiserActions, publicActions } from "./support/action-table";
import { attackerSendsWhatNoFormSends, sameRequestsWithoutTheAttack } from "./support/forged-requests";
import { E2E_ADMIN_EMAIL } from "./support/ports";
import { expectNothingWritten as nothingWritten, expectNothingWrittenSinceStart, startOwnApp, stopOwnApp, tablesWritten, type OwnApp } from "./support/own-app";
import { builtActions, builtRoutes, callAction, randomClientIp, refusalOf, sourceActions, sourceRoutes, type BuiltAction } from "./support/server-actions";
import type { StrangerWorld } from "./support/stranger-world";

// A stranger — signed out, or an organiser of another campaign — tries every server action and every
// route handler of the build on this campaign, the way a browser would send them. Each is refused and
// writes nothing; the admin's same requests go through, so the refusals are the guards' doing.
//
// The story runs its own app instance on a database it seeds itself (support/own-app.ts; the sessions
// go straight into next-auth's Session table), so that "nothing written" is checked on every table:
// on PostgreSQL after every request, on PGlite once, with the app stopped, after all the stranger's
// requests (the admin's come after a restart). Between them, support/forged-requests.ts: the same
// stranger sends what no form sends (mass assignment, 2 MB bodies, SQL in filters, other sites' forms).

test.describe.configure({ mode: "serial" });

let app: OwnApp;
let world: StrangerWorld;
const actions = builtActions();

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(240_000); // seeding and starting an app on a busy two-core machine
  app = await startOwnApp(testInfo.project.name, 0);
  world = app.world;
});

test.afterAll(async () => {
  await stopOwnApp(app);
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

test("each member of this campaign whose role lacks an action's capability is refused it, and writes nothing", async () => {
  const members = [
    { role: "EDITOR" as const, session: world.editorSession },
    { role: "MODERATOR" as const, session: world.moderatorSession },
  ];
  let refusals = 0;
  for (const [key, entry] of Object.entries(organiserActions)) {
    for (const member of members) {
      if (entry.capability !== "admin" && roleCan(member.role, entry.capability)) continue;
      const { bound, fields } = entry.request(world, "this");
      const answer = await callAction(app.url, actionOf(key), { ...entry.shape, bound }, fields, member.session);
      expect(answer.notFoundAction, key).toBe(false);
      expect(refusalOf(answer), `${key} as the campaign's ${member.role}: ${answer.status} ${answer.redirect}`).toBe("not-found");
      await expectNothingWritten(`${key} as the campaign's ${member.role}`);
      refusals++;
    }
  }
  // Editors hold petitions.manage (4 actions), campaign.edit (8, and 3 for days of action), news.write (5), letters.write (5 letter templates, 4 replies)
  // targets.edit (3) and letters.deliver (4); moderators moderation.decide (4): the rest are refused to each.
  const total = Object.keys(organiserActions).length;
  expect(refusals).toBe(total - (4 + 8 + 3 + 5 + 9 + 3 + 4) + (total - 4));
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

attackerSendsWhatNoFormSends(() => app);

test("across all of the stranger's requests, not one row in any table changed", async () => {
  await expectNothingWrittenSinceStart(app);
});

sameRequestsWithoutTheAttack(() => app);

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
    expect(await tablesWritten(app), `${key} as the admin wrote nothing`).not.toEqual([]);
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
  "/[locale]/organise/campaigns/[campaign]/targets/export.csv": (w) => [
    { path: `/en/organise/campaigns/${w.campaignSlug}/targets/export.csv`, expect: "refused" },
    { path: `/en/organise/campaigns/${w.strangerCampaignSlug}/targets/export.csv`, expect: "reads" }, // their own campaign's directory: theirs to read
  ],
  // Bounce reports from the mail provider: off (404) without LETTER_BOUNCE_SECRET, as here; with it, a bearer secret.
  "/api/letters/bounces": () => [
    { path: "/api/letters/bounces", method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ outboxId: "x", recipient: "a@example.org", kind: "hard" }), expect: "refused" },
    { path: "/api/letters/bounces", expect: "refused" },
  ],
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
  // Public: the letter composer's "Print (PDF)" and, without JavaScript, "Open in my mail app" post here.
  // A post from another site's page is refused; a post for no campaign is refused with 400 and writes nothing.
  ...Object.fromEntries(["/api/letters/print", "/api/letters/mail-app"].map((path) => [path, () => {
    const body = new URLSearchParams({ locale: "en", campaign: "no-such-campaign", template: "x", name: "Cross Site", email: "cross-site@example.org", country: "DE", targets: "x" }).toString();
    return [
      { path, method: "POST", headers: { Origin: "https://attacker.example" }, body, expect: "refused" as const },
      { path, method: "POST", body, expect: "reads" as const },
      { path, expect: "refused" as const },
    ];
  }])),
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
  // Public: a supporter's own data, for the browser holding an opened data link's cookie; without it, 403.
  "/api/my-data": () => [{ path: "/api/my-data?locale=en", expect: "refused" }],
  // Public: the news feeds and robots.txt, read-only.
  "/feeds/[locale]/news.xml": () => [{ path: "/feeds/en/news.xml", expect: "reads" }],
  "/feeds/[locale]/campaigns/[campaign]/news.xml": (w) => [
    { path: `/feeds/en/campaigns/${w.campaignSlug}/news.xml`, expect: "reads" },
    { path: "/feeds/en/campaigns/no-such-campaign/news.xml", expect: "refused" },
  ],
  // Public: the one-click unsubscribe of news emails (RFC 8058). The link's token is the key: a made-up one
  // turns nothing off, by a mail client's one-click POST or by the page's button; a GET only redirects.
  "/api/news/unsubscribe": () => [
    { path: "/api/news/unsubscribe?locale=en&token=made.up", expect: "reads" },
    { path: `/api/news/unsubscribe?locale=en&token=sweepsuspect.${"A".repeat(32)}`, method: "POST", body: "List-Unsubscribe=One-Click", expect: "refused" },
    { path: `/api/news/unsubscribe?locale=en&token=sweepsuspect.${"A".repeat(32)}`, method: "POST", body: "", expect: "reads" },
  ],
  // Public: the calendar feeds of a campaign's events and of one event, read-only.
  "/feeds/[locale]/campaigns/[campaign]/events.ics": (w) => [
    { path: `/feeds/en/campaigns/${w.campaignSlug}/events.ics`, expect: "reads" },
    { path: "/feeds/en/campaigns/no-such-campaign/events.ics", expect: "refused" },
  ],
  "/feeds/[locale]/campaigns/[campaign]/events/[event]": (w) => [
    { path: `/feeds/en/campaigns/${w.campaignSlug}/events/no-such-event.ics`, expect: "refused" },
  ],
  // Public: the host's report with its photos; the private link's token is the permission. A made-up one
  // reaches nothing (404), a post from another site's page is refused, a GET is not allowed.
  "/api/events/report": () => [
    { path: `/api/events/report?locale=en&token=${"a".repeat(43)}`, method: "POST", body: "attendance=40&body=Hello", expect: "refused" },
    { path: `/api/events/report?locale=en&token=${"a".repeat(43)}`, method: "POST", headers: { Origin: "https://attacker.example" }, body: "attendance=40&body=Hello", expect: "refused" },
    { path: "/api/events/report", expect: "refused" },
  ],
  // Public: a report's photo, once approved; before, only for the campaign's moderators. An unknown id is 404.
  "/api/events/photos/[photo]": () => [{ path: "/api/events/photos/nosuchphoto000000000", expect: "refused" }],
  "/robots.txt": () => [{ path: "/robots.txt", expect: "reads" }],
  // Public: the site's icon (app/favicon.ico, app/icon.svg), read-only.
  "/favicon.ico": () => [{ path: "/favicon.ico", expect: "reads" }],
  "/icon.svg": () => [{ path: "/icon.svg", expect: "reads" }],
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
  await nothingWritten(app, what);
}
