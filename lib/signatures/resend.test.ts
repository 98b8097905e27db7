import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { confirmSignature } from "./confirm";
import { openPetition, outboxTo, signForm } from "./fixtures";
import { resendConfirmation } from "./resend";
import { signPetition } from "./sign";

const MINUTE = 60_000;

describeOnDatabases("a supporter asks for the confirmation email again", (db) => {
  it("answers the same for any address, and sends a working link only to a pending signer", async () => {
    const petition = await openPetition(db());
    const form = signForm(petition.id);
    const t0 = new Date();
    await signPetition(db(), petition.address, form, { ip: "192.0.2.70", locale: "en", now: t0, limits: [] });
    const later = new Date(t0.getTime() + 3 * MINUTE);

    const forSigner = await resendConfirmation(db(), { locale: "en", petitionId: petition.id, email: form.email }, { ip: "192.0.2.71", locale: "en", now: later });
    const forStranger = await resendConfirmation(db(), { locale: "en", petitionId: petition.id, email: "nobody@example.org" }, { ip: "192.0.2.71", locale: "en", now: later });
    assert.deepEqual(forSigner, { ok: true });
    assert.deepEqual(forStranger, forSigner, "nobody learns whether an address has signed");
    assert.equal((await outboxTo(db(), "nobody@example.org")).length, 0);

    const emails = await outboxTo(db(), form.email!);
    assert.equal(emails.length, 2);
    const token = /token=([A-Za-z0-9_-]{43})/.exec(emails[1]!.text)![1];
    assert.equal((await confirmSignature(db(), token, { locale: "en" })).kind, "confirmed");
  });

  it("does not resend more often than every two minutes, nor more than three times", async () => {
    const petition = await openPetition(db());
    const form = signForm(petition.id);
    const t0 = new Date();
    await signPetition(db(), petition.address, form, { ip: "192.0.2.72", locale: "en", now: t0, limits: [] });
    for (const minutes of [1, 3, 4, 6, 9, 12, 15]) {
      await resendConfirmation(db(), { locale: "en", petitionId: petition.id, email: form.email }, { ip: `192.0.2.${80 + minutes}`, locale: "en", now: new Date(t0.getTime() + minutes * MINUTE) });
    }
    assert.equal((await outboxTo(db(), form.email!)).length, 4, "the first email and three resends: at 3, 6 and 9 minutes");
  });

  it("limits requests per client address and checks its input", async () => {
    const petition = await openPetition(db());
    const ask = () => resendConfirmation(db(), { locale: "en", petitionId: petition.id, email: "someone@example.org" }, { ip: "198.51.100.99", locale: "en" });
    for (let i = 0; i < 5; i++) assert.deepEqual(await ask(), { ok: true });
    assert.deepEqual(await ask(), { ok: false, reason: "rate-limited" });

    const bad = await resendConfirmation(db(), { locale: "en", petitionId: "", email: "nope" }, { ip: "198.51.100.98", locale: "en" });
    assert.ok(!bad.ok && bad.reason === "invalid");
    assert.equal(bad.fieldErrors.email, "signature.errors.emailInvalid");
    assert.equal(bad.fieldErrors.petitionId, "signature.resend.petitionRequired");
  });
});
