import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { petitionPath, signEndpointPath } from "../petitions/paths";
import { CORRECTION_COOKIE, echoedValues, openCorrection, sealCorrection } from "./correction";
import { closedPetition, openPetition, signForm, type PetitionFixture } from "./fixtures";
import { answerSignPageRequest, answerSignRequest, type SignRequestContext } from "./sign-request";
import type { Database } from "../db/client";

// The sign endpoint as browsers meet it: a plain form post (urlencoded, or multipart) that is
// redirected, and the form's script asking for JSON. Requests are built as the browser sends them and
// answered by the same function the route handler calls, on a real database.

const APP_URL = "http://localhost:3000";
const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const HTML = "text/html,application/xhtml+xml";
const JSON_ACCEPT = "application/json";

type Send = { accept?: string; origin?: string | null; host?: string; cookie?: string; headers?: Record<string, string> };

function context(db: () => Database, petition: PetitionFixture, extra: Partial<SignRequestContext> = {}): SignRequestContext {
  const address = { campaignSlug: petition.campaignSlug, petitionSlug: petition.slug };
  return { locale: "en", address, db: async () => db(), appUrl: APP_URL, trustedProxy: "none", secret: SECRET, runAfter: (work) => void work(), signOptions: { limits: [] }, ...extra };
}

function request(petition: PetitionFixture, body: BodyInit | null, send: Send = {}): Request {
  const path = signEndpointPath("en", { campaignSlug: petition.campaignSlug, petitionSlug: petition.slug });
  const headers: Record<string, string> = { host: "localhost:3000", accept: send.accept ?? HTML, "x-placard-client-ip": "192.0.2.10", ...send.headers };
  if (send.origin !== null) headers.origin = send.origin ?? APP_URL;
  if (send.host) headers.host = send.host;
  if (send.cookie) headers.cookie = send.cookie;
  return new Request(`${APP_URL}${path}`, { method: "POST", headers, body });
}

const urlencoded = (fields: Record<string, string>) => new URLSearchParams(fields);
function multipart(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}
const pathOf = (p: PetitionFixture, page: "" | "thanks" | "correct" = "") => petitionPath("en", { campaignSlug: p.campaignSlug, petitionSlug: p.slug }, page);
const stored = (db: Database, petition: PetitionFixture) => db.prisma.signature.count({ where: { petitionId: petition.id } });
const sealedIn = (setCookie: string | null) => new RegExp(`^${CORRECTION_COOKIE}=([^;]*)`).exec(setCookie ?? "")?.[1];

describeOnDatabases("the sign endpoint", (db) => {
  it("takes a plain urlencoded form post and sends the browser to the thanks page", async () => {
    const petition = await openPetition(db());
    const answer = await answerSignRequest(request(petition, urlencoded(signForm(petition.id))), context(db, petition));
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get("location"), pathOf(petition, "thanks"));
    // The browser never sends the correction cookie here (it belongs to the petition's pages): every
    // signature that is stored clears it, in case an earlier try without JavaScript left one.
    assert.match(answer.headers.get("set-cookie") ?? "", new RegExp(`^${CORRECTION_COOKIE}=; Max-Age=0; Path=${pathOf(petition).replace(/[/.-]/g, "\\$&")};`));
    assert.equal(await stored(db(), petition), 1);
  });

  it("signs the petition named by its own address, not the id a cached page printed in the form", async () => {
    const [addressed, other] = [await openPetition(db()), await openPetition(db())];
    // A page cached from another database names a petition that does not exist here; a forged form names another.
    for (const petitionId of ["cm0fromanotherdatabase000", other.id]) {
      const answer = await answerSignRequest(request(addressed, urlencoded(signForm(addressed.id, { petitionId })), { accept: JSON_ACCEPT }), context(db, addressed));
      assert.equal(answer.status, 200);
      assert.deepEqual(await answer.json(), { redirect: pathOf(addressed, "thanks") });
    }
    assert.equal(await stored(db(), addressed), 2);
    assert.equal(await stored(db(), other), 0);
  });

  it("an address naming no petition is refused cleanly (404, a way back), and nothing is stored", async () => {
    const petition = await openPetition(db());
    const gone = { ...petition, slug: "no-such-petition", address: { campaignSlug: petition.campaignSlug, petitionSlug: "no-such-petition" } };
    const answer = await answerSignRequest(request(gone, urlencoded(signForm(petition.id))), context(db, gone));
    assert.equal(answer.status, 404);
    assert.match(await answer.text(), /The form could not be read/);
    assert.equal(await stored(db(), petition), 0);
  });

  it("takes a multipart form post the same way", async () => {
    const petition = await openPetition(db());
    const answer = await answerSignRequest(request(petition, multipart(signForm(petition.id, { city: "Жаңаөзен" }))), context(db, petition));
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get("location"), pathOf(petition, "thanks"));
    const row = await db().prisma.signature.findFirstOrThrow({ where: { petitionId: petition.id }, select: { city: true } });
    assert.equal(row.city, "Жаңаөзен", "non-Latin text arrives intact");
  });

  it("answers the form's script in JSON: where to go, or the translated messages (422)", async () => {
    const petition = await openPetition(db());
    const ok = await answerSignRequest(request(petition, urlencoded(signForm(petition.id)), { accept: JSON_ACCEPT }), context(db, petition));
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { redirect: pathOf(petition, "thanks") });

    const invalid = await answerSignRequest(request(petition, urlencoded(signForm(petition.id, { name: "", email: "nope" })), { accept: JSON_ACCEPT }), context(db, petition));
    assert.equal(invalid.status, 422);
    assert.deepEqual(await invalid.json(), {
      fieldErrors: { name: "Enter your name.", email: "Enter an email address such as name@example.org." },
      summary: "2 answers need correcting:",
    });

    const russian = await answerSignRequest(
      request(petition, urlencoded(signForm(petition.id, { locale: "ru", country: "" })), { accept: JSON_ACCEPT }),
      { ...context(db, petition), locale: "ru" },
    );
    const body = (await russian.json()) as { fieldErrors: Record<string, string>; summary: string };
    assert.equal(body.summary, "Исправьте 1 ответ:");
    assert.match(body.fieldErrors.country ?? "", /[А-Яа-я]/, "messages come in the page's language");
    assert.equal(await stored(db(), petition), 1, "only the valid post was stored");
  });

  it("sends a browser without JavaScript to the correct page, with the messages and its answers in an encrypted cookie", async () => {
    const petition = await openPetition(db());
    const form = signForm(petition.id, { name: "Dana Test", email: "dana-at-example.org", country: "", comment: "Solidarity!", isPublic: "on", homepage: " " });
    const answer = await answerSignRequest(request(petition, urlencoded(form)), context(db, petition));
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get("location"), pathOf(petition, "correct"), "the URL carries no personal data");

    const setCookie = answer.headers.get("set-cookie") ?? "";
    assert.match(setCookie, new RegExp(`; Path=${pathOf(petition).replace(/[/.-]/g, "\\$&")};`), "only this petition's pages see it");
    assert.match(setCookie, /; Max-Age=600;/);
    assert.match(setCookie, /; HttpOnly/);
    assert.match(setCookie, /; SameSite=Lax/);
    assert.doesNotMatch(setCookie, /Secure/, "plain http on localhost");
    const sealed = sealedIn(setCookie)!;
    assert.ok(!sealed.includes("Dana") && !Buffer.from(sealed, "base64url").toString("latin1").includes("dana-at"), "the cookie is not readable");

    const correction = openCorrection(sealed, { secret: SECRET, path: pathOf(petition) });
    assert.deepEqual(correction?.fieldErrors, { email: "signature.errors.emailInvalid", country: "signature.errors.countryRequired" });
    assert.equal(correction?.formError, "signature.errors.formInvalid", "the bots' field, filled with a space, makes the form invalid");
    assert.deepEqual(correction?.values, { name: "Dana Test", email: "dana-at-example.org", city: "Aktau", comment: "Solidarity!", isPublic: "on" }, "what was typed, never the bots' field");
    assert.equal(await stored(db(), petition), 0);
  });

  it("refuses a correction cookie that was altered, is for another petition, was sealed with another key or has expired", async () => {
    const petition = await openPetition(db());
    const answer = await answerSignRequest(request(petition, urlencoded(signForm(petition.id, { name: "" }))), context(db, petition));
    const sealed = sealedIn(answer.headers.get("set-cookie"))!;
    const path = pathOf(petition);
    assert.ok(openCorrection(sealed, { secret: SECRET, path }));
    const bytes = Buffer.from(sealed, "base64url");
    bytes[20] = bytes[20]! ^ 1;
    assert.equal(openCorrection(bytes.toString("base64url"), { secret: SECRET, path }), null, "altered");
    assert.equal(openCorrection(sealed, { secret: SECRET, path: `${path}-other` }), null, "another petition");
    assert.equal(openCorrection(sealed, { secret: `${SECRET}-rotated`, path }), null, "another key");
    assert.equal(openCorrection(sealed, { secret: SECRET, path, now: Date.now() + 11 * 60_000 }), null, "expired after ten minutes");
    assert.equal(openCorrection("not-a-cookie", { secret: SECRET, path }), null);
    assert.equal(openCorrection(undefined, { secret: SECRET, path }), null);
  });

  it("keeps the cookie within what browsers store, leaving out the longest answers first", () => {
    const path = "/en/campaigns/c/petitions/p";
    const long = "Ж".repeat(2000);
    const values = echoedValues({ name: "Dana Test", email: "dana@example.org", city: long, organisation: long, role: long, comment: long, homepage: "spam" });
    assert.equal(values.comment?.length, 500, "each answer is cut to what the form allows");
    assert.equal(values.homepage, undefined);
    const sealed = sealCorrection({ fieldErrors: { comment: "signature.errors.commentTooLong" }, formError: null, values }, { secret: SECRET, path });
    assert.ok(sealed.length <= 3600, `${sealed.length} characters`);
    const opened = openCorrection(sealed, { secret: SECRET, path });
    assert.deepEqual(opened?.fieldErrors, { comment: "signature.errors.commentTooLong" });
    assert.equal(opened?.values.name, "Dana Test");
    assert.equal(opened?.values.email, "dana@example.org");
  });

  it("marks the cookie Secure when the app is served over https, and clears it after a successful signature", async () => {
    // (A browser would not send the cookie to /api/sign; sent or not, the answer clears it.)
    const petition = await openPetition(db());
    const https = context(db, petition, { appUrl: "https://placard.example.org" });
    const invalid = await answerSignRequest(request(petition, urlencoded(signForm(petition.id, { name: "" })), { origin: "https://placard.example.org" }), https);
    assert.match(invalid.headers.get("set-cookie") ?? "", /; Secure/);

    const cookie = `${CORRECTION_COOKIE}=${sealedIn(invalid.headers.get("set-cookie"))}`;
    const ok = await answerSignRequest(request(petition, urlencoded(signForm(petition.id)), { origin: "https://placard.example.org", cookie }), https);
    assert.equal(ok.headers.get("location"), pathOf(petition, "thanks"));
    const cleared = ok.headers.get("set-cookie") ?? "";
    assert.match(cleared, new RegExp(`^${CORRECTION_COOKIE}=; Max-Age=0; Path=${pathOf(petition).replace(/[/.-]/g, "\\$&")};`));

    const withScript = await answerSignRequest(request(petition, urlencoded(signForm(petition.id)), { origin: "https://placard.example.org", cookie, accept: JSON_ACCEPT }), https);
    assert.match(withScript.headers.get("set-cookie") ?? "", /Max-Age=0/, "also when the script sends it");
  });

  it("refuses a body over 16 kB (413), whether or not it says its length", async () => {
    const petition = await openPetition(db());
    const big = urlencoded(signForm(petition.id, { comment: "x".repeat(17_000) })).toString();
    const declared = await answerSignRequest(request(petition, big, { headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(big.length) } }), context(db, petition));
    assert.equal(declared.status, 413);
    assert.match(await declared.text(), /too long/);

    const chunks = [big.slice(0, 8000), big.slice(8000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const undeclared = new Request(`${APP_URL}${signEndpointPath("en", { campaignSlug: petition.campaignSlug, petitionSlug: petition.slug })}`, {
      method: "POST",
      headers: { host: "localhost:3000", accept: JSON_ACCEPT, "content-type": "application/x-www-form-urlencoded" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const answer = await answerSignRequest(undeclared, context(db, petition));
    assert.equal(answer.status, 413);
    assert.deepEqual(await answer.json(), { formError: "Your answers are too long to send. Please shorten them and try again." });
    assert.equal(await stored(db(), petition), 0);
  });

  it("refuses other content types (415)", async () => {
    const petition = await openPetition(db());
    const asJson = await answerSignRequest(
      request(petition, JSON.stringify(signForm(petition.id)), { accept: JSON_ACCEPT, headers: { "content-type": "application/json" } }),
      context(db, petition),
    );
    assert.equal(asJson.status, 415);
    assert.deepEqual(await asJson.json(), { formError: "The form could not be read. Please reload the page and try again." });
    const asText = await answerSignRequest(request(petition, "name=Dana"), context(db, petition));
    assert.equal(asText.status, 415);
    assert.match(asText.headers.get("content-type") ?? "", /^text\/html/);
    assert.match(await asText.text(), new RegExp(`href="${pathOf(petition)}#sign"`), "with a way back to the form");
    assert.equal(await stored(db(), petition), 0);
  });

  it("refuses a post from another site's page (403), and takes ours behind a proxy", async () => {
    const petition = await openPetition(db());
    const fromElsewhere = await answerSignRequest(request(petition, urlencoded(signForm(petition.id)), { origin: "https://attacker.example" }), context(db, petition));
    assert.equal(fromElsewhere.status, 403);
    const opaque = await answerSignRequest(request(petition, urlencoded(signForm(petition.id)), { origin: "null", accept: JSON_ACCEPT }), context(db, petition));
    assert.equal(opaque.status, 403);
    assert.deepEqual(await opaque.json(), { formError: "This form can only be sent from the petition's own page. Please sign there." });
    assert.equal(await stored(db(), petition), 0);

    const proxied = context(db, petition, { appUrl: "https://placard.example.org" });
    const behindProxy = await answerSignRequest(request(petition, urlencoded(signForm(petition.id)), { origin: "https://placard.example.org", host: "127.0.0.1:3000" }), proxied);
    assert.equal(behindProxy.status, 303, "Origin is APP_URL's host while Host is the app's own address");
    const noOrigin = await answerSignRequest(request(petition, urlencoded(signForm(petition.id)), { origin: null }), context(db, petition));
    assert.equal(noOrigin.status, 303, "a browser that sends no Origin");
    assert.equal(await stored(db(), petition), 2);
  });

  it("sends a closed petition's signers back to its page, and answers 404 for an unknown petition or language", async () => {
    const closed = await closedPetition(db());
    const html = await answerSignRequest(request(closed, urlencoded(signForm(closed.id))), context(db, closed));
    assert.equal(html.status, 303);
    assert.equal(html.headers.get("location"), pathOf(closed));
    const json = await answerSignRequest(request(closed, urlencoded(signForm(closed.id)), { accept: JSON_ACCEPT }), context(db, closed));
    assert.deepEqual(await json.json(), { redirect: pathOf(closed) });

    const open = await openPetition(db());
    const gone = { ...open, slug: "no-such-petition", address: { campaignSlug: open.campaignSlug, petitionSlug: "no-such-petition" } };
    const unknown = await answerSignRequest(request(gone, urlencoded(signForm(open.id)), { accept: JSON_ACCEPT }), context(db, gone));
    assert.equal(unknown.status, 404);
    assert.ok(((await unknown.json()) as { formError: string }).formError);
    const badLocale = await answerSignRequest(request(open, urlencoded(signForm(open.id))), { ...context(db, open), locale: "xx" });
    assert.equal(badLocale.status, 404);
    assert.equal(await stored(db(), open), 0);
  });

  it("answers a GET on the endpoint with the petition's form", () => {
    const answer = answerSignPageRequest({ locale: "en", address: { campaignSlug: "zhanaozen", petitionSlug: "justice" } });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get("location"), "/en/campaigns/zhanaozen/petitions/justice#sign");
  });
});
