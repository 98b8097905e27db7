import { it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import { describeOnDatabases } from "../testing/db";
import { ensureConsentText } from "./consent";
import { countNewSignatures, reconcileSignatureCounts, recountSignatures } from "./count";
import { openPetition, outboxTo, signForm } from "./fixtures";
import { signPetition } from "./sign";
import { confirmSignature } from "./confirm";

/** Inserts `n` signatures in one statement, confirmed `agoSeconds` before the database's now. */
async function insertSignatures(db: Database, petitionId: string, n: number, { status = "CONFIRMED", agoSeconds = 60, isSuspect = false, tag = "bulk" } = {}) {
  const consent = await ensureConsentText(db.prisma, "en");
  await db.sql.query(
    `INSERT INTO "Signature" (id, "petitionId", name, email, "emailNormalised", country, "consentTextId", locale, status, "isSuspect", "confirmedAt", "createdAt")
     SELECT $1 || '-' || $2 || '-' || g, $2, 'Supporter ' || g, $1 || g || '@example.org', $1 || g || '@example.org', 'KZ', $3, 'en',
            $4::"SignatureStatus", $5, CASE WHEN $4 = 'CONFIRMED' THEN (now() AT TIME ZONE 'UTC') - make_interval(secs => $6) END,
            (now() AT TIME ZONE 'UTC')
       FROM generate_series(1, $7::int) AS g`,
    [tag, petitionId, consent.id, status, isSuspect, agoSeconds, n],
  );
}

const countOf = async (db: Database, id: string) =>
  (await db.prisma.petition.findUniqueOrThrow({ where: { id }, select: { signatureCount: true } })).signatureCount;

describeOnDatabases("the signature counter", (db) => {
  it("1,000 distinct confirmed signatures give a count of exactly 1,000, and counting again adds nothing", async () => {
    const petition = await openPetition(db());
    await insertSignatures(db(), petition.id, 1000);
    await countNewSignatures(db());
    assert.equal(await countOf(db(), petition.id), 1000);
    await countNewSignatures(db());
    assert.equal(await countOf(db(), petition.id), 1000);
  });

  it("counts only confirmed signatures that are not suspect", async () => {
    const petition = await openPetition(db());
    await insertSignatures(db(), petition.id, 7, { tag: "ok" });
    await insertSignatures(db(), petition.id, 3, { tag: "pending", status: "PENDING" });
    await insertSignatures(db(), petition.id, 4, { tag: "suspect", isSuspect: true });
    await insertSignatures(db(), petition.id, 2, { tag: "invalid", status: "INVALIDATED" });
    await countNewSignatures(db());
    assert.equal(await countOf(db(), petition.id), 7);
  });

  it("adds new confirmations to the running count, batch after batch", async () => {
    const petition = await openPetition(db());
    await insertSignatures(db(), petition.id, 10, { tag: "first", agoSeconds: 120 });
    await countNewSignatures(db());
    await new Promise((r) => setTimeout(r, 3_000));
    await insertSignatures(db(), petition.id, 15, { tag: "second", agoSeconds: 2.5 }); // after the first count's window
    await countNewSignatures(db());
    assert.equal(await countOf(db(), petition.id), 25);
  });

  it("a signature confirmed through the emailed link shows in the count within seconds", async () => {
    const petition = await openPetition(db());
    const form = signForm(petition.id);
    await signPetition(db(), petition.address, form, { ip: "192.0.2.50", locale: "en", limits: [] });
    const token = /token=([A-Za-z0-9_-]{43})/.exec((await outboxTo(db(), form.email!))[0]!.text)![1];
    assert.equal((await confirmSignature(db(), token, { locale: "en" })).kind, "confirmed");
    await countNewSignatures(db());
    assert.equal(await countOf(db(), petition.id), 0, "not before the counter's short safety lag");
    await new Promise((r) => setTimeout(r, 2_200));
    await countNewSignatures(db());
    assert.equal(await countOf(db(), petition.id), 1);
  });

  it("after moderators invalidate signatures, a recount brings the count down", async () => {
    const petition = await openPetition(db());
    await insertSignatures(db(), petition.id, 20, { tag: "mod" });
    await countNewSignatures(db());
    await db().prisma.signature.updateMany({ where: { petitionId: petition.id, email: { startsWith: "mod1" } }, data: { status: "INVALIDATED" } });
    assert.equal(await recountSignatures(db(), petition.id), 9, "mod1, mod10..mod19 are gone");
    assert.equal(await countOf(db(), petition.id), 9);
    await countNewSignatures(db());
    assert.equal(await countOf(db(), petition.id), 9, "the running count carries on from the recount");
  });

  it("a confirmation that slipped behind the counter is caught by the periodic reconciliation", async () => {
    const petition = await openPetition(db());
    await insertSignatures(db(), petition.id, 5, { tag: "on-time", agoSeconds: 30 });
    await countNewSignatures(db());
    await insertSignatures(db(), petition.id, 2, { tag: "late", agoSeconds: 300 }); // confirmed "before" the last count
    await countNewSignatures(db());
    assert.equal(await countOf(db(), petition.id), 5);
    const result = await reconcileSignatureCounts(db());
    assert.ok(result && result.corrected >= 1);
    assert.equal(await countOf(db(), petition.id), 7);
  });

  it("counters running at once on several instances never count a signature twice", async () => {
    const petition = await openPetition(db());
    await insertSignatures(db(), petition.id, 300, { tag: "race" });
    const runs = await Promise.all(Array.from({ length: 6 }, () => countNewSignatures(db())));
    assert.ok(runs.some((r) => r !== null));
    await countNewSignatures(db());
    assert.equal(await countOf(db(), petition.id), 300);
  });
});
