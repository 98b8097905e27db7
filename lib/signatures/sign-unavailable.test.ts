import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { openDatabase, type Database } from "../db/client";
import { isDatabaseUnavailable } from "../db/is-unavailable";
import { migrate } from "../db/migrate";
import { petitionPath, signEndpointPath } from "../petitions/paths";
import { startPgCluster, type PgCluster } from "../testing/pg-cluster";
import { openPetition, signForm, type PetitionFixture } from "./fixtures";
import { answerSignRequest, type SignRequestContext } from "./sign-request";

// The database goes away while supporters sign (issue 9, hole 5): a real PostgreSQL of the test's own is
// stopped under the sign endpoint. The supporter gets 503 with what they typed still in hand, with and
// without JavaScript, in their language; nothing is half-written; sending again once the database is back
// signs once, and a retry of a signature that was stored after all is a duplicate (no second row or email).

const APP_URL = "http://localhost:3000";
const SECRET = "a-test-secret-that-is-long-enough-0123456789";

let cluster: PgCluster;
let db: Database;
let petition: PetitionFixture;

const address = () => ({ campaignSlug: petition.campaignSlug, petitionSlug: petition.slug });
const endpoint = (locale = "en") => `${APP_URL}${signEndpointPath(locale, address())}`;
const context = (locale = "en"): SignRequestContext => ({ locale, address: address(), db: async () => db, appUrl: APP_URL, trustedProxy: "none", secret: SECRET, runAfter: (work) => void work(), signOptions: { limits: [{ count: 100, seconds: 60 }] } });
function post(fields: Record<string, string>, { json = false, locale = "en", ip = "192.0.2.30" } = {}): Promise<Response> {
  const headers = { host: "localhost:3000", origin: APP_URL, accept: json ? "application/json" : "text/html", "x-placard-client-ip": ip };
  return answerSignRequest(new Request(endpoint(locale), { method: "POST", headers, body: new URLSearchParams(fields) }), context(locale));
}
const rowsFor = async (email: string) => ({
  signatures: await db.prisma.signature.count({ where: { petitionId: petition.id, email } }),
  emails: await db.prisma.outboxEmail.count({ where: { to: email } }),
});

/** What a browser would post from the page's form: inputs (ticked boxes only), the selected option, textareas. */
function formOf(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form method="post" action="([^"]*)">([\s\S]*?)<\/form>/.exec(html);
  assert.ok(form, "the page holds a form");
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const fields: Record<string, string> = {};
  for (const [tag] of form[2]!.matchAll(/<input [^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (name && (!tag.includes('type="checkbox"') || tag.includes(" checked"))) fields[name] = unescape(value);
  }
  for (const [, name, options] of form[2]!.matchAll(/<select [^>]*name="([^"]*)">([\s\S]*?)<\/select>/g)) fields[name!] = /<option value="([^"]*)" selected>/.exec(options!)?.[1] ?? "";
  for (const [, name, text] of form[2]!.matchAll(/<textarea [^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[name!] = unescape(text!);
  return { action: unescape(form[1]!), fields };
}

describe("signing while the database is down (a real PostgreSQL, stopped and started)", () => {
  before(async () => {
    cluster = await startPgCluster();
    db = await openDatabase({ kind: "postgres", url: await cluster.createDatabase("placard"), display: "fault" });
    await migrate(db.sql);
    petition = await openPetition(db);
    // One signature first: the petition's title and the consent text are then remembered, as on a live server.
    assert.equal((await post(signForm(petition.id))).status, 303);
  });
  after(async () => {
    if (!cluster.isRunning()) await cluster.start();
    await db.close();
    await cluster.destroy();
  });

  it("without JavaScript: 503, a page in the supporter's language that holds their answers, and sending it again once the database is back signs once", async () => {
    // As the petition page's form posts it: no petition id (the endpoint's address names the petition, decision 022).
    const typed = signForm(petition.id, { petitionId: undefined, locale: "ru", name: "Айгуль \"Тест\" <b>", city: "Актау", organisation: "Профсоюз", comment: "Свободу & справедливость", isPublic: "on" });
    await cluster.stop();
    const answer = await post(typed, { locale: "ru" });
    assert.equal(answer.status, 503);
    assert.equal(answer.headers.get("retry-after"), "5");
    const html = await answer.text();
    assert.match(html, /<html lang="ru">/);
    assert.match(html, /ничего не записано/, "it says, in Russian, that nothing was saved");
    assert.doesNotMatch(html, /<b>/, "what was typed is escaped");
    const page = formOf(html);
    assert.equal(page.action, new URL(endpoint("ru")).pathname + new URL(endpoint("ru")).search, "it posts to the same endpoint");
    const { homepage: _honeypot, ...expected } = { ...typed, homepage: "" };
    assert.deepEqual(
      Object.fromEntries(Object.entries(page.fields).filter(([, v]) => v !== "")),
      Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== "")),
      "every answer is still there, ticked boxes ticked",
    );

    await cluster.start();
    const retry = await post(page.fields, { locale: "ru" });
    assert.equal(retry.status, 303);
    assert.equal(retry.headers.get("location"), petitionPath("ru", address(), "thanks"));
    assert.deepEqual(await rowsFor(typed.email!), { signatures: 1, emails: 1 });
  });

  it("with JavaScript: 503 with the message to show in place (the form keeps its fields), in German too", async () => {
    await cluster.stop();
    const english = await post(signForm(petition.id), { json: true });
    assert.equal(english.status, 503);
    assert.deepEqual(await english.json(), {
      formError: "We could not save your signature just now: nothing was stored. Your answers are still here; please send the form again in a moment. If it went through after all, sending it again does not sign twice.",
    });
    const german = await post(signForm(petition.id, { locale: "de" }), { json: true, locale: "de" });
    assert.equal(german.status, 503);
    assert.match(((await german.json()) as { formError: string }).formError, /Es wurde nichts gespeichert/);
    await cluster.start();
  });

  it("a statement cut off mid-way writes nothing: what each signer was told is what is stored, rate-limit hits included", async () => {
    // A second transaction holds B's address uncommitted, so the batched statement (which inserts A, then
    // waits for B's row) is in the middle of its work when the server stops.
    const a = signForm(petition.id, { email: `a-${Date.now()}@example.org` });
    const b = signForm(petition.id, { email: `b-${Date.now()}@example.org` });
    const ip = "192.0.2.77";
    const blocker = new pg.Client({ connectionString: cluster.urlOf("placard") });
    await blocker.connect();
    blocker.on("error", () => undefined); // cut off by the stop below
    const consent = await db.prisma.signature.findFirstOrThrow({ where: { petitionId: petition.id }, select: { consentTextId: true } });
    await blocker.query("BEGIN");
    await blocker.query(
      `INSERT INTO "Signature" (id, "petitionId", name, email, "emailNormalised", country, "consentTextId", locale, "tokenHash", "tokenExpiresAt")
       VALUES ('blocker', $1, 'B', $2, $2, 'KZ', $3, 'en', 'blocker-hash', now() + interval '1 day')`,
      [petition.id, b.email, consent.consentTextId],
    );
    const answers = Promise.all([post(a, { json: true, ip }), post(b, { json: true, ip })]);
    const watcher = new pg.Client({ connectionString: cluster.urlOf("placard") });
    await watcher.connect();
    watcher.on("error", () => undefined);
    for (let waited = 0; ; waited += 20) {
      const [row] = (await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'WITH%'`)).rows as { n: number }[];
      if (row!.n > 0) break;
      assert.ok(waited < 5000, "the batched statement waits for B's row");
      await new Promise((r) => setTimeout(r, 20));
    }
    await cluster.stop();
    const statuses = (await answers).map((answer) => answer.status);
    await blocker.end().catch(() => undefined);
    await watcher.end().catch(() => undefined);
    await cluster.start();

    // A failed batch is tried again one by one (lib/db/batcher.ts), so a signer may yet have been stored
    // alone, whole, in the moment before the server went. Whatever each was told is what happened.
    assert.ok(statuses.includes(503), `the statement was cut off (answers ${statuses.join(", ")})`);
    const stored = [];
    for (const [i, form] of [a, b].entries()) {
      const rows = await rowsFor(form.email!);
      assert.deepEqual(rows, statuses[i] === 200 ? { signatures: 1, emails: 1 } : { signatures: 0, emails: 0 }, `signer ${i + 1} was told ${statuses[i]}`);
      stored.push(rows.signatures);
    }
    const hits = await db.sql.query<{ n: number }>(`SELECT COALESCE(sum(count), 0)::int AS n FROM "RateLimitBucket" WHERE key LIKE $1`, [`sign:%:${ip}|%`]);
    assert.equal(hits[0]!.n, stored[0]! + stored[1]!, "the rate-limit window counts the stored signatures only: the cut-off statement's hits went with it");
    // Both send again: each is stored once.
    for (const form of [a, b]) assert.equal((await post(form, { json: true, ip })).status, 200);
    assert.deepEqual([await rowsFor(a.email!), await rowsFor(b.email!)], [{ signatures: 1, emails: 1 }, { signatures: 1, emails: 1 }]);
  });

  it("a connection held between two queries when the server stops does not take the process down; the next query fails as unavailable", async () => {
    const outcome = await db.sql
      .transaction(async (tx) => {
        await tx.query("SELECT 1");
        await cluster.stop(); // the server cuts this connection while nobody is waiting for an answer on it
        await new Promise((r) => setTimeout(r, 200));
        return tx.query("SELECT 1");
      })
      .then(() => "answered", (error: unknown) => (isDatabaseUnavailable(error) ? "unavailable" : String(error)));
    assert.equal(outcome, "unavailable");
    await cluster.start();
    assert.deepEqual(await db.sql.query("SELECT 1 AS one"), [{ one: 1 }], "the pool works again once the server is back");
  });

  it("a retry of a signature that was stored after all (the answer was lost) gets the same answer, and no second row or email", async () => {
    const typed = signForm(petition.id);
    assert.equal((await post(typed)).status, 303);
    const again = await post(typed);
    assert.equal(again.status, 303);
    assert.equal(again.headers.get("location"), petitionPath("en", address(), "thanks"));
    assert.deepEqual(await rowsFor(typed.email!), { signatures: 1, emails: 1 });
  });
});
