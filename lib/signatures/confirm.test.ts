import { it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import { describeOnDatabases } from "../testing/db";
import { confirmSignature, inspectConfirmationLink, resendForExpiredLink } from "./confirm";
import { openPetition, outboxTo, signForm, type PetitionFixture } from "./fixtures";
import { signPetition } from "./sign";

const DAY = 86_400_000;
const tokenIn = (text: string) => /\/signatures\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(text)![1]!;

async function signAndReadLink(db: Database, petition: PetitionFixture, now = new Date()) {
  const form = signForm(petition.id);
  await signPetition(db, petition.address, form, { ip: "192.0.2.60", locale: "en", now, limits: [] });
  const emails = await outboxTo(db, form.email!);
  return { email: form.email!, token: tokenIn(emails.at(-1)!.text) };
}

const statusOf = async (db: Database, email: string) =>
  db.prisma.signature.findFirstOrThrow({ where: { email }, select: { status: true, confirmedAt: true, tokenHash: true } });

describeOnDatabases("a supporter confirms by email", (db) => {
  it("opening the link (as a mail scanner does) confirms nothing; pressing the button does, once", async () => {
    const petition = await openPetition(db());
    const { email, token } = await signAndReadLink(db(), petition);
    const seen = await inspectConfirmationLink(db(), token, { locale: "en" });
    assert.equal(seen.kind, "ready");
    assert.equal(seen.kind === "ready" && seen.petition.title, "Reinstate the Zhanaozen oil workers");
    assert.equal((await statusOf(db(), email)).status, "PENDING", "a GET changes nothing");

    const pressed = await confirmSignature(db(), token, { locale: "en" });
    assert.equal(pressed.kind, "confirmed");
    const row = await statusOf(db(), email);
    assert.equal(row.status, "CONFIRMED");
    assert.ok(row.confirmedAt);

    assert.equal((await confirmSignature(db(), token, { locale: "en" })).kind, "already", "a second press says it already counts");
    assert.equal((await inspectConfirmationLink(db(), token, { locale: "en" })).kind, "already");
  });

  it("an expired link is refused, and its page can send a fresh one that works", async () => {
    const petition = await openPetition(db());
    const signedAt = new Date(Date.now() - 8 * DAY);
    const { email, token } = await signAndReadLink(db(), petition, signedAt);
    assert.equal((await inspectConfirmationLink(db(), token, { locale: "en" })).kind, "expired");
    assert.equal((await confirmSignature(db(), token, { locale: "en" })).kind, "expired");
    assert.equal((await statusOf(db(), email)).status, "PENDING");

    await resendForExpiredLink(db(), token, { locale: "en", ip: "192.0.2.49" });
    const emails = await outboxTo(db(), email);
    assert.equal(emails.length, 2);
    assert.equal((await confirmSignature(db(), tokenIn(emails[1]!.text), { locale: "en" })).kind, "confirmed");
  });

  it("after the petition closes, confirming is politely refused", async () => {
    const petition = await openPetition(db());
    const { email, token } = await signAndReadLink(db(), petition);
    await db().prisma.petition.update({ where: { id: petition.id }, data: { status: "CLOSED", closedAt: new Date() } });
    const result = await confirmSignature(db(), token, { locale: "en" });
    assert.equal(result.kind, "closed");
    assert.equal((await statusOf(db(), email)).status, "PENDING");
  });

  it("a deadline that has passed closes confirmation too", async () => {
    const petition = await openPetition(db(), { deadline: new Date(Date.now() + DAY) });
    const { token } = await signAndReadLink(db(), petition);
    assert.equal((await confirmSignature(db(), token, { locale: "en", now: new Date(Date.now() + 2 * DAY) })).kind, "closed");
  });

  it("a made-up, truncated or invalidated link does nothing and says so", async () => {
    const petition = await openPetition(db());
    const { email, token } = await signAndReadLink(db(), petition);
    assert.equal((await confirmSignature(db(), "A".repeat(43), { locale: "en" })).kind, "invalid");
    assert.equal((await confirmSignature(db(), token.slice(0, 30), { locale: "en" })).kind, "invalid");
    assert.equal((await confirmSignature(db(), undefined, { locale: "en" })).kind, "invalid");
    await db().prisma.signature.updateMany({ where: { email }, data: { status: "INVALIDATED" } });
    assert.equal((await confirmSignature(db(), token, { locale: "en" })).kind, "invalid");
  });

  it("two presses at once confirm once", async () => {
    const petition = await openPetition(db());
    const { token } = await signAndReadLink(db(), petition);
    const results = await Promise.all(Array.from({ length: 5 }, () => confirmSignature(db(), token, { locale: "en" })));
    assert.equal(results.filter((r) => r.kind === "confirmed").length, 1);
    assert.ok(results.every((r) => r.kind === "confirmed" || r.kind === "already"));
  });
});
