import http from "node:http";
import type { AddressInfo } from "node:net";
import { test, expect } from "./fixtures";
import { expectNothingWritten, tablesWritten, type OwnApp } from "./own-app";
import { organiserActions, publicActions } from "./action-table";
import { builtActions, callAction, randomClientIp, type ActionShape, type BuiltAction } from "./server-actions";

// The stranger's story goes on (e2e/stranger-tries-every-organiser-action.spec.ts, on its own app
// instance): someone who knows how the forms are built sends what no form sends: fields that would set a state
// (status=CONFIRMED, isSuspect, campaignId), bodies of 2 MB, SQL and LIKE wildcards in the moderation
// filters, and forms on a site of their own that post here from an organiser's browser. Each is refused
// and writes nothing (every table compared, on the story's own app instance: support/own-app.ts); the
// same requests without the attack go through, so the refusals are not an accident of a broken request.

let app: OwnApp;
const actions = builtActions();
const SIGN = "/api/sign?locale=en&campaign=zhanaozen&petition=justice-for-zhanaozen";

/** The attacks, each refused and writing nothing; declared inside the stranger's story, on its instance. */
export function attackerSendsWhatNoFormSends(instance: () => OwnApp): void {
  test.describe("an attacker sends what no form sends", () => {
    test.beforeAll(() => {
      app = instance();
    });
    test("status=CONFIRMED, isSuspect, campaignId or a count posted with a signature are refused, and nothing is written", async () => {
      const extras: Record<string, string>[] = [{ status: "CONFIRMED" }, { isSuspect: "false" }, { campaignId: app.world.strangerCampaignId }, { confirmedAt: "2026-01-01" }, { signatureCount: "100000" }];
      for (const extra of extras) {
        const response = await postSign(signature(extra));
        expect(response.status, JSON.stringify(extra)).toBeGreaterThanOrEqual(400);
        await expectNothingWritten(app, `a signature with ${JSON.stringify(extra)}`);
      }
    });

    test("status=APPROVED, isDomainVerified or campaignId posted with a sponsor are refused, and nothing is written", async () => {
      const extras: Record<string, string>[] = [{ status: "APPROVED" }, { isDomainVerified: "true" }, { campaignId: app.world.strangerCampaignId }];
      for (const extra of extras) {
        const answer = await callAction(app.url, actionOf("addSponsorAction"), { bound: ["zhanaozen", "en"], state: true }, { ...sponsor, ...extra });
        expect(answer.redirect, JSON.stringify(extra)).toBe("");
        expect(answer.body, JSON.stringify(extra)).toMatch(/"fieldErrors":\{"|"formError":"[^$]/);
        await expectNothingWritten(app, `a sponsor with ${JSON.stringify(extra)}`);
      }
    });

    test("an organiser's forms posted with fields they do not have (status, counts, an admin role) are refused, and nothing is written", async () => {
      const { world } = app;
      const routing = { locale: "en", campaignId: world.campaignId };
      const petition = { ...routing, petitionId: world.petitionId };
      const forged: [string, Record<string, string | string[]>][] = [
        ["updatePetitionAction", { ...petition, goal: "777", status: "CLOSED" }],
        ["updatePetitionAction", { ...petition, goal: "777", signatureCount: "100000" }],
        ["changePetitionStatusAction", { ...petition, to: "CLOSED", signatureCount: "100000" }],
        ["createPetitionAction", { ...routing, demandIds: world.demandIds.slice(0, 1), locales: "en", status: "OPEN" }],
        ["scheduleCampaignEndAction", { ...routing, lastDay: "2027-06-01", status: "ARCHIVED" }],
        ["inviteMemberAction", { locale: "en", campaignId: world.campaignId, email: "newcomer@example.org", role: "ADMIN" }],
        ["changeMemberRoleAction", { locale: "en", campaignId: world.campaignId, userId: world.moderatorId, role: "OWNER", campaignIdOfUser: world.strangerCampaignId }],
        ["createCampaignAction", { locale: "en", slug: "forged-campaign", title: "Forged", summary: "", defaultLocale: "en", ownerEmail: "owner@example.org", status: "LIVE" }],
      ];
      for (const [name, fields] of forged) {
        const answer = await callAction(app.url, actionOf(name), { state: true }, fields, world.adminSession);
        expect(answer.status, name).toBe(200);
        expect(answer.body, `${name} ${JSON.stringify(fields)}`).toMatch(/"formError":|"error":\{/);
        await expectNothingWritten(app, `${name} with ${JSON.stringify(fields)}`);
      }
    });

    test("a 2 MB body to the sign endpoint answers 413, to a server action it is refused, and nothing is written", async () => {
      const big = "x".repeat(2 * 1024 * 1024);
      expect((await postSign(signature({ comment: big }))).status).toBe(413);
      expect((await postSign(signature({ comment: big }), { Accept: "text/html" })).status).toBe(413);
      await expectNothingWritten(app, "a 2 MB signature");
      const { world } = app;
      const answer = await callAction(
        app.url,
        actionOf("addAllowlistAction"),
        { state: true },
        { locale: "en", campaignId: world.campaignId, address: "198.51.100.20", note: big },
        world.adminSession,
      );
      expect(answer.status).toBeGreaterThanOrEqual(400);
      await expectNothingWritten(app, "a 2 MB allow-list note");
    });

    const SQL_AND_WILDCARDS = ["' OR 1=1 --", "example.org' OR '1'='1", '"; DROP TABLE "Signature"; --', "%", "_", "%.example.net", "held_back.example.net"];

    test("quotes, OR 1=1 and LIKE wildcards in the moderation filters: the page answers, bulk changes are refused, nothing is written", async () => {
      const { world } = app;
      for (const value of SQL_AND_WILDCARDS) {
        // The stranger filters their own campaign's list: nothing breaks out to this campaign's signatures.
        for (const filter of ["domain", "ip", "petition", "country", "status", "from", "until", "suspect"]) {
          const response = await fetch(new URL(`/en/organise/campaigns/${world.strangerCampaignSlug}/signatures?${new URLSearchParams({ [filter]: value })}`, app.url), {
            headers: { Cookie: `next-auth.session-token=${world.strangerSession}` },
          });
          const html = await response.text();
          expect(response.status, `${filter}=${value}`).toBeLessThan(500);
          expect(html, `${filter}=${value} on the stranger's campaign listed this campaign's signature`).not.toContain("Held Back");
        }
        const answer = await callAction(
          app.url,
          actionOf("bulkModerationAction"),
          { state: true },
          { locale: "en", campaignId: world.campaignId, kind: "invalidate", expectedCount: "1", reason: "spam", domain: value },
          world.adminSession,
        );
        expect(answer.body, `bulk invalidate of domain=${value}`).toMatch(/"formError":/);
        await expectNothingWritten(app, `bulk invalidate of domain=${value}`);
      }
    });

    test("a NUL or another control character in any field or bound value of any action, as the admin: a clear refusal, never a 500, and nothing written", async () => {
      test.setTimeout(180_000); // two variants of every field of every action: hundreds of requests on a busy machine
      // Hidden routing fields (campaignId, petitionId, a locale) and an action's bound values are as
      // forgeable as the visible ones: PostgreSQL refuses a NUL in a query with an error, which answered 500.
      const { world } = app;
      // The organisers' actions as the admin (who may do them all); the public ones signed out.
      type Entry = { key: string; shape: ActionShape; call: { bound?: string[]; fields: Record<string, string | string[]> }; session?: string };
      const entries: Entry[] = [
        ...Object.entries(organiserActions).map(([key, entry]): Entry => ({ key, shape: entry.shape, call: entry.request(world, "this"), session: world.adminSession })),
        ...Object.entries(publicActions).map(([key, entry]): Entry => ({ key, shape: entry.shape, call: entry.harmless(world) })),
      ];
      for (const { key, shape, call, session } of entries) {
        const variants: { what: string; bound?: string[]; fields: Record<string, string | string[]> }[] = [];
        for (const [name, value] of Object.entries(call.fields)) {
          for (const control of ["\u0000", "\u001b"]) {
            const spoilt = Array.isArray(value) ? value.map((v, i) => (i === 0 ? `${v}${control}` : v)) : `${value}${control}`;
            variants.push({ what: `${name} with U+${control.charCodeAt(0).toString(16).padStart(4, "0")}`, bound: call.bound, fields: { ...call.fields, [name]: spoilt } });
          }
        }
        for (const i of (call.bound ?? []).keys()) {
          variants.push({ what: `bound value ${i} with a NUL`, bound: call.bound!.map((v, j) => (j === i ? `${v}\u0000` : v)), fields: call.fields });
        }
        for (const variant of variants) {
          const answer = await callAction(app.url, actionOf(key.split("#")[1]!), { ...shape, bound: variant.bound }, variant.fields, session);
          const what = `${key}, ${variant.what}: ${answer.status} ${answer.body.slice(0, 200)}`;
          expect(answer.notFoundAction, what).toBe(false);
          expect(answer.status, what).toBeLessThan(500);
          await expectNothingWritten(app, what);
        }
      }
    });

    test("a NUL in a page's or a route's address (a slug, an id, a query value), signed out and as the admin: never a 500", async () => {
      const { world } = app;
      const campaign = `/en/campaigns/${world.campaignSlug}`;
      const petition = `${campaign}/petitions/${world.petitionSlug}`;
      const organise = `/en/organise/campaigns/${world.campaignSlug}`;
      const NUL = "%00";
      const paths = [
        `/en/campaigns/${world.campaignSlug}${NUL}`,
        `${campaign}/petitions/${world.petitionSlug}${NUL}`,
        `${petition}/poster?count=${NUL}`,
        `${petition}/thanks?email=${NUL}`,
        `${petition}/correct?token=${NUL}`,
        `${campaign}/sponsors?page=1${NUL}`,
        `${campaign}/sponsors${NUL}/new`,
        `/en/news/${NUL}`,
        `/en/signatures/confirm?token=${"a".repeat(20)}${NUL}`,
        `/en/sponsors/confirm?token=${NUL}`,
        `/en/my-data/open?token=${NUL}`,
        `/en/auth/sign-in?callbackUrl=%2Fen${NUL}`,
        `${organise}${NUL}`,
        `${organise}/petitions/${world.petitionSlug}${NUL}`,
        `${organise}/signatures?domain=${NUL}&ip=${NUL}&petition=${NUL}&page=${NUL}`,
        `${organise}/sponsors?status=${NUL}`,
        `${organise}/audit?page=${NUL}`,
        `/en/auth/invitation/${NUL}`,
        `${organise}/petitions/${world.petitionSlug}/export/signatures.csv?status=${NUL}`,
        `/en/organise/campaigns/${world.campaignSlug}${NUL}/petitions/${world.petitionSlug}/export/sponsors.csv`,
        `/api/sign?locale=en${NUL}&campaign=${world.campaignSlug}${NUL}&petition=${world.petitionSlug}${NUL}`,
        `/feeds/en${NUL}/news.xml`,
        `/${NUL}/campaigns`,
      ];
      for (const session of [undefined, world.adminSession]) {
        for (const path of paths) {
          const response = await fetch(new URL(path, app.url), {
            redirect: "manual",
            headers: { "X-Forwarded-For": randomClientIp(), ...(session ? { Cookie: `next-auth.session-token=${session}` } : {}) },
          });
          await response.arrayBuffer();
          expect(response.status, `${path} ${session ? "as the admin" : "signed out"}`).toBeLessThan(500);
        }
      }
      await expectNothingWritten(app, "pages and routes with a NUL in their address");
    });

    test("a form on another site, opened in the admin's browser, posts a signature and an organiser's action: both refused, nothing written", async ({ browser }) => {
      const { world } = app;
      const remove = actionOf("removeAllowlistAction");
      const attacker = await serveAttackerPage(`
        <form id="sign" method="post" action="${app.url}${SIGN}">
          ${hidden(signature({ email: "cross-site@example.org" }))}
        </form>
        <form id="organiser" method="post" enctype="multipart/form-data" action="${app.url}${remove.page}">
          ${hidden({ [`$ACTION_ID_${remove.id}`]: "", locale: "en", campaignId: world.campaignId, id: world.formsAllowlistedId })}
        </form>`);
      const context = await browser.newContext();
      await context.addCookies([{ name: "next-auth.session-token", value: world.adminSession, url: app.url, httpOnly: true, sameSite: "Lax" }]);
      try {
        for (const form of ["sign", "organiser"]) {
          // A page each: the answer to one form's post is still navigating when the next would start.
          const page = await context.newPage();
          await page.goto(attacker.url);
          const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.locator(`#${form}`).evaluate((f) => (f as HTMLFormElement).submit())]);
          if (form === "sign") expect(response.status()).toBe(403);
          await page.waitForURL((url) => url.origin === new URL(app.url).origin);
          await expectNothingWritten(app, `the other site's ${form} form`);
          await page.close();
        }
      } finally {
        await context.close();
        attacker.server.close();
      }
    });
  });
}

/** The same requests without the attack go through; declared after the story's "nothing written" check. */
export function sameRequestsWithoutTheAttack(instance: () => OwnApp): void {
  test("the same requests without the attack go through (so the refusals above are the app's)", async ({ browser }) => {
    app = instance();
    const { world } = app;
    const signed = await postSign(signature());
    expect(signed.status).toBe(200);
    await expectWrote("Signature");

    const offered = await callAction(app.url, actionOf("addSponsorAction"), { bound: ["zhanaozen", "en"], state: true }, sponsor);
    expect(offered.redirect).toMatch(/\/sponsors\/check-email/);
    await expectWrote("Sponsor");

    const updated = await callAction(
      app.url,
      actionOf("updatePetitionAction"),
      { state: true },
      { locale: "en", campaignId: world.campaignId, petitionId: world.petitionId, goal: "778" },
      world.adminSession,
    );
    expect(updated.body).toMatch(/"ok":/);
    await expectWrote("Petition");

    // The other site's organiser form, sent from a page of ours: it removes the address.
    const remove = actionOf("removeAllowlistAction");
    const context = await browser.newContext();
    await context.addCookies([{ name: "next-auth.session-token", value: world.adminSession, url: app.url, httpOnly: true, sameSite: "Lax" }]);
    const page = await context.newPage();
    await page.goto(new URL("/en/organise", app.url).toString());
    await page.evaluate(
      ({ action, fields }) => {
        const form = document.createElement("form");
        Object.assign(form, { method: "post", enctype: "multipart/form-data", action });
        for (const [name, value] of Object.entries(fields)) form.append(Object.assign(document.createElement("input"), { type: "hidden", name, value }));
        document.body.append(form);
        form.submit();
      },
      { action: remove.page, fields: { [`$ACTION_ID_${remove.id}`]: "", locale: "en", campaignId: world.campaignId, id: world.formsAllowlistedId } },
    );
    await expect(page).toHaveURL(/done=removed/);
    await context.close();
    await expectWrote("AllowlistedAddress");
  });
}

function signature(extra: Record<string, string> = {}): Record<string, string> {
  return { petitionId: app.world.petitionId, locale: "en", name: "Ainur Test", email: "ainur@example.org", country: "KZ", ...extra };
}

async function postSign(fields: Record<string, string> | string, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(new URL(SIGN, app.url), {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json", Origin: app.url, "X-Forwarded-For": randomClientIp(), ...headers },
    body: typeof fields === "string" ? fields : new URLSearchParams(fields).toString(),
  });
  await response.arrayBuffer();
  return response;
}

function actionOf(name: string): BuiltAction {
  return actions.find((a) => a.name === name)!;
}

const sponsor = { kind: "INDIVIDUAL", name: "Ruth Test", email: "ruth@example.org", country: "DE", consent: "on" };

/** PostgreSQL: the request wrote to `table` (PGlite: its folder cannot be read while the app runs). */
async function expectWrote(table: string): Promise<void> {
  const written = await tablesWritten(app);
  if (written) expect(written).toContain(table);
}

function hidden(fields: Record<string, string>): string {
  const escape = (v: string) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join("\n");
}

/** The attacker's page, on another origin (127.0.0.1, where the app is localhost: another site to the browser). */
async function serveAttackerPage(body: string): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><title>Win a prize</title>${body}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
