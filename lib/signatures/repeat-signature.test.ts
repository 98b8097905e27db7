import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import type { Database } from "../db/client";
import { openPetition, outboxTo, signForm, type PetitionFixture } from "./fixtures";
import { signPetition, type FollowUp } from "./sign";
import { answerSignRequest, type SignRequestContext } from "./sign-request";

// Issue 9, hole 11: the time to answer told whether an address had signed (11.4 vs 9.7 ms), because a
// repeat looked the first signature up and maybe queued a reminder before answering. Now both answer
// after the same one statement; the repeat's work is handed back, to run after the answer has gone.
// Tested by order, not by the clock: the answer exists before the reminder is queued.

const MINUTE = 60_000;

describeOnDatabases("a repeat signature is answered before its reminder", (db) => {
  it("signPetition answers a repeat with the work still to do, and that work queues the reminder", async () => {
    const petition = await openPetition(db());
    const form = signForm(petition.id);
    const t0 = new Date();
    const first = await signPetition(db(), petition.address, form, { ip: "192.0.2.150", locale: "en", limits: [], now: t0 });
    assert.ok(first.ok && first.followUp === undefined, "a first signature leaves nothing to do after the answer");

    const again = await signPetition(db(), petition.address, form, { ip: "192.0.2.151", locale: "en", limits: [], now: new Date(t0.getTime() + 12 * MINUTE) });
    assert.ok(again.ok, "the same answer");
    assert.equal((await outboxTo(db(), form.email!)).length, 1, "when the answer is given, no reminder has been looked for yet");
    await again.followUp!();
    const mails = await outboxTo(db(), form.email!);
    assert.deepEqual(mails.map((m) => m.purpose), ["signature-confirmation", "signature-reminder"], "the follow-up queues it");
  });

  it("the sign endpoint sends its answer and leaves the reminder to the work it runs after", async () => {
    const petition = await openPetition(db());
    const form = signForm(petition.id);
    const later: FollowUp[] = [];
    const t0 = new Date();
    const post = async (minutes: number) =>
      answerSignRequest(request(petition, form), {
        ...context(db, petition),
        runAfter: (work) => void later.push(work),
        signOptions: { limits: [], now: new Date(t0.getTime() + minutes * MINUTE) },
      });

    const first = await post(0);
    assert.equal(first.status, 303);
    assert.equal(later.length, 0);
    const again = await post(12);
    assert.equal(again.status, 303);
    assert.equal(again.headers.get("location"), first.headers.get("location"), "the same answer");
    assert.equal(later.length, 1);
    assert.equal((await outboxTo(db(), form.email!)).length, 1, "answered before the reminder exists");
    await later[0]!();
    assert.equal((await outboxTo(db(), form.email!)).length, 2);
  });
});

function context(db: () => Database, petition: PetitionFixture): SignRequestContext {
  return {
    locale: "en",
    address: { campaignSlug: petition.campaignSlug, petitionSlug: petition.slug },
    db: async () => db(),
    appUrl: "http://localhost:3000",
    trustedProxy: "none",
    secret: "a-test-secret-that-is-long-enough-0123456789",
    runAfter: () => assert.fail("no work expected"),
  };
}

function request(petition: PetitionFixture, form: Record<string, string>): Request {
  const url = `http://localhost:3000/api/sign?locale=en&campaign=${petition.campaignSlug}&petition=${petition.slug}`;
  return new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-placard-client-ip": "192.0.2.152" }, body: new URLSearchParams(form) });
}
