import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { closedPetition, draftPetition, expiredPetition, openPetition, outboxTo, signForm, type PetitionFixture } from "./fixtures";
import { knownConsentIdCount, signPetition as signPetitionAnswer } from "./sign";
import { confirmSignature } from "./confirm";
import { hashToken } from "./token";
import { hitRateLimit } from "../security/rate-limit";
import { GMAIL_DOMAINS } from "./normalise-email";

// Gmail's own domains (its dots do not count); the local parts hold a hyphen, which Gmail does not allow,
// so no real mailbox is meant. The test's emails stay in the test database's outbox.
const [GMAIL, GOOGLEMAIL] = GMAIL_DOMAINS;

/** Signs, then runs what follows the answer (the route runs it with after(); repeat-signature.test.ts tests the split). */
async function signPetition(...args: Parameters<typeof signPetitionAnswer>) {
  const result = await signPetitionAnswer(...args);
  if (!result.ok) return result;
  const { followUp, ...answer } = result;
  await followUp?.();
  return answer;
}

const NO_LIMITS = { limits: [] };
const MINUTE = 60_000;
const tokenIn = (text: string) => /\/signatures\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];

describeOnDatabases("a supporter signs a petition", (db) => {
  it("made-up consent ids are not remembered: each signature records the real consent text, and the memory stays small", async () => {
    const petition = await openPetition(db());
    // At a domain of the test's own: the unconfirmed-mail cap per domain is not the other tests' to spend.
    const at = (i: number) => `signer-${i}@consent-${petition.slug}.example.org`;
    await signPetition(db(), petition.address, signForm(petition.id, { email: at(99) }), { ip: "192.0.2.40", locale: "en", ...NO_LIMITS });
    const remembered = knownConsentIdCount(db());
    for (let i = 0; i < 12; i++) {
      const result = await signPetition(db(), petition.address, signForm(petition.id, { email: at(i), consentTextId: `forged-${i}` }), { ip: "192.0.2.41", locale: "en", ...NO_LIMITS });
      assert.equal(result.ok, true);
    }
    assert.equal(knownConsentIdCount(db()), remembered, "no forged id was kept");
    const consents = await db().prisma.signature.findMany({ where: { petitionId: petition.id }, select: { consentTextId: true }, distinct: ["consentTextId"] });
    assert.equal(consents.length, 1, "all thirteen signatures name the one real consent text");
    assert.ok(await db().prisma.consentText.findUnique({ where: { id: consents[0]!.consentTextId } }));
  });

  it("stores one pending signature and queues its confirmation email, in the signer's language", async () => {
    const petition = await openPetition(db());
    const form = signForm(petition.id, { locale: "ru", isPublic: "on", organisation: "Профсоюз нефтяников" });
    const result = await signPetition(db(), petition.address, form, { ip: "192.0.2.1", locale: "ru", ...NO_LIMITS });
    assert.deepEqual(result, { ok: true, address: { campaignSlug: petition.campaignSlug, petitionSlug: petition.slug } });

    const rows = await db().prisma.signature.findMany({ where: { petitionId: petition.id } });
    assert.equal(rows.length, 1);
    const row = rows[0]!;
    assert.equal(row.status, "PENDING");
    assert.equal(row.isPublic, true);
    assert.equal(row.wantsUpdates, false, "the updates box is separate and unticked by default");
    assert.equal(row.deliveryConsent, false, "nobody is on the list for the addressees without choosing it");
    assert.equal(row.organisation, "Профсоюз нефтяников");
    assert.equal(row.ipAddress, "192.0.2.1");
    assert.equal(row.isSuspect, false);
    const consent = await db().prisma.consentText.findUniqueOrThrow({ where: { id: row.consentTextId } });
    assert.equal(consent.key, "signature");
    assert.equal(consent.locale, "ru");
    assert.equal(consent.version, 2, "the wording that names the choice of the delivered list");
    assert.match(consent.text, /только если отметите это отдельно/);

    const [email] = await outboxTo(db(), form.email!);
    assert.ok(email, "a confirmation email is queued");
    assert.match(email.subject, /Подтвердите подпись: Восстановите нефтяников Жанаозена/);
    const token = tokenIn(email.text);
    assert.ok(token, "the email carries a confirmation link");
    assert.equal(row.tokenHash, hashToken(token), "only the token's hash is stored");
    assert.ok(!JSON.stringify(row).includes(token));
    const days = (row.tokenExpiresAt!.getTime() - row.createdAt.getTime()) / 86_400_000;
    assert.equal(Math.round(days), 7, "the link works for a week by default");
  });

  it("stores the choice to be on the list handed to the addressees, apart from being shown publicly", async () => {
    const petition = await openPetition(db());
    const form = signForm(petition.id, { deliveryConsent: "on" });
    await signPetition(db(), petition.address, form, { ip: "192.0.2.9", locale: "en", ...NO_LIMITS });
    const row = await db().prisma.signature.findFirstOrThrow({ where: { petitionId: petition.id }, select: { deliveryConsent: true, isPublic: true } });
    assert.deepEqual(row, { deliveryConsent: true, isPublic: false });
  });

  it("refuses each invalid field with its own message and stores nothing", async () => {
    const petition = await openPetition(db());
    const cases: [Record<string, string>, string, string][] = [
      [{ name: "" }, "name", "signature.errors.nameRequired"],
      [{ name: "x".repeat(101) }, "name", "signature.errors.nameTooLong"],
      [{ name: "Visit https://spam.example" }, "name", "signature.errors.nameHasLink"],
      [{ name: "cheap-pills.com" }, "name", "signature.errors.nameHasLink"],
      [{ name: "=HYPERLINK(\"x\")" }, "name", "signature.errors.nameStartsWithSymbol"],
      [{ name: "@everyone" }, "name", "signature.errors.nameStartsWithSymbol"],
      [{ email: "not-an-address" }, "email", "signature.errors.emailInvalid"],
      [{ country: "" }, "country", "signature.errors.countryRequired"],
      [{ country: "XX" }, "country", "signature.errors.countryRequired"],
      [{ city: "c".repeat(101) }, "city", "signature.errors.cityTooLong"],
      [{ organisation: "www.spam.example" }, "organisation", "signature.errors.textHasLink"],
      [{ comment: "y".repeat(501) }, "comment", "signature.errors.commentTooLong"],
      [{ comment: "<script>alert(1)</script>" }, "comment", "signature.errors.commentHasHtml"],
    ];
    const queuedBefore = await db().prisma.outboxEmail.count();
    for (const [override, field, message] of cases) {
      const result = await signPetition(db(), petition.address, signForm(petition.id, override), { ip: "192.0.2.2", locale: "en", ...NO_LIMITS });
      assert.equal(result.ok, false, JSON.stringify(override));
      assert.ok(!result.ok && result.reason === "invalid");
      assert.equal((result.fieldErrors as Record<string, string>)[field], message, JSON.stringify(override));
    }
    const forged = await signPetition(db(), petition.address, { ...signForm(petition.id), status: "CONFIRMED" }, { ip: "192.0.2.2", locale: "en", ...NO_LIMITS });
    assert.ok(!forged.ok && forged.reason === "invalid" && forged.formError === "signature.errors.formInvalid", "unknown fields are refused");
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id } }), 0);
    assert.equal(await db().prisma.outboxEmail.count(), queuedBefore, "no email is queued");
  });

  it("answers a bot that fills the honeypot as usual, and stores nothing", async () => {
    const petition = await openPetition(db());
    const form = signForm(petition.id, { homepage: "http://spam.example" });
    const result = await signPetition(db(), petition.address, form, { ip: "192.0.2.3", locale: "en", ...NO_LIMITS });
    assert.deepEqual(result, { ok: true, address: { campaignSlug: petition.campaignSlug, petitionSlug: petition.slug } });
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id } }), 0);
    assert.equal((await outboxTo(db(), form.email!)).length, 0);
  });

  it("signs the petition its address names, whatever petition id the form carries (stale, forged, another's, or none)", async () => {
    const [addressed, other] = [await openPetition(db()), await openPetition(db())];
    // An id from a page cached before a restart on another database, another open petition's, none at all.
    for (const printed of ["cm0fromanotherdatabase000", other.id, undefined]) {
      const form = signForm(addressed.id, { petitionId: printed });
      const result = await signPetition(db(), addressed.address, form, { ip: "192.0.2.5", locale: "en", ...NO_LIMITS });
      assert.deepEqual(result, { ok: true, address: addressed.address });
    }
    assert.equal(await db().prisma.signature.count({ where: { petitionId: addressed.id } }), 3);
    assert.equal(await db().prisma.signature.count({ where: { petitionId: other.id } }), 0, "the petition the form named got nothing");
  });

  it("an address that names no petition (or a draft's) is not found, whatever id the form carries", async () => {
    const [open, draft] = [await openPetition(db()), await draftPetition(db())];
    const nowhere = { campaignSlug: open.campaignSlug, petitionSlug: "no-such-petition" };
    for (const address of [nowhere, draft.address, { campaignSlug: draft.campaignSlug, petitionSlug: open.slug }]) {
      const result = await signPetition(db(), address, signForm(open.id), { ip: "192.0.2.6", locale: "en", ...NO_LIMITS });
      assert.deepEqual(result, { ok: false, reason: "not-found" });
    }
    assert.equal(await db().prisma.signature.count({ where: { petitionId: { in: [open.id, draft.id] } } }), 0);
  });

  it("refuses closed and past-deadline petitions politely; drafts do not exist", async () => {
    for (const petition of [await closedPetition(db()), await expiredPetition(db())]) {
      const result = await signPetition(db(), petition.address, signForm(petition.id), { ip: "192.0.2.4", locale: "en", ...NO_LIMITS });
      assert.equal(result.ok === false && result.reason, "closed");
    }
    const draft = await draftPetition(db());
    const result = await signPetition(db(), draft.address, signForm(draft.id), { ip: "192.0.2.4", locale: "en", ...NO_LIMITS });
    assert.equal(result.ok === false && result.reason, "not-found");
  });

  it("the same address again (other case, dots, +tag) gets the same answer, no second row, and a capped reminder", async () => {
    const petition = await openPetition(db());
    const t0 = new Date();
    const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);
    const sign = (email: string, minutes: number) =>
      signPetition(db(), petition.address, signForm(petition.id, { email }), { ip: `192.0.2.${10 + minutes}`, locale: "en", now: at(minutes), ...NO_LIMITS });

    const first = await sign(`Placard-Oil.Worker@${GMAIL}`, 0);
    const again = await sign(`placard-oilworker+again@${GOOGLEMAIL}`, 1);
    assert.deepEqual(again, first, "the answer does not tell whether the address had signed");
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id } }), 1);
    assert.equal((await outboxTo(db(), `Placard-Oil.Worker@${GMAIL}`)).length, 1, "no second email within ten minutes");

    await sign(`placard-oilworker@${GMAIL}`, 12);
    const emails = await outboxTo(db(), `Placard-Oil.Worker@${GMAIL}`);
    assert.equal(emails.length, 2, "a reminder after ten minutes, to the address that signed");
    const newToken = tokenIn(emails[1]!.text)!;
    const oldToken = tokenIn(emails[0]!.text)!;
    assert.equal((await confirmSignature(db(), oldToken, { locale: "en", now: at(13) })).kind, "invalid", "the old link no longer works");

    for (const minutes of [13, 25, 40, 60, 80, 100]) await sign(`PLACARD-OILWORKER@${GMAIL}`, minutes);
    assert.equal((await outboxTo(db(), `Placard-Oil.Worker@${GMAIL}`)).length, 4, "one confirmation and at most three reminders, ever");
    assert.equal((await confirmSignature(db(), newToken, { locale: "en", now: at(101) })).kind, "invalid", "only the newest link works");
  });

  it("a confirmed signer who signs again gets at most one 'already signed' note a day", async () => {
    const petition = await openPetition(db());
    const form = signForm(petition.id);
    await signPetition(db(), petition.address, form, { ip: "192.0.2.30", locale: "en", ...NO_LIMITS });
    const token = tokenIn((await outboxTo(db(), form.email!))[0]!.text)!;
    assert.equal((await confirmSignature(db(), token, { locale: "en" })).kind, "confirmed");

    const t0 = new Date();
    for (const hours of [0, 1, 5]) {
      await signPetition(db(), petition.address, form, { ip: "192.0.2.31", locale: "en", now: new Date(t0.getTime() + hours * 3_600_000), ...NO_LIMITS });
    }
    const emails = await outboxTo(db(), form.email!);
    assert.equal(emails.length, 2);
    assert.match(emails[1]!.subject, /already signed/);
    await signPetition(db(), petition.address, form, { ip: "192.0.2.31", locale: "en", now: new Date(t0.getTime() + 25 * 3_600_000), ...NO_LIMITS });
    assert.equal((await outboxTo(db(), form.email!)).length, 3, "the next day, one more");
    const row = await db().prisma.signature.findFirstOrThrow({ where: { petitionId: petition.id } });
    assert.equal(row.status, "CONFIRMED", "signing again changes nothing about the signature");
  });

  it("over the rate limit, a signature is stored as suspect, with the same answer; an allow-listed address is not limited", async () => {
    const petition = await openPetition(db());
    const limits = [{ count: 1, seconds: 60 }, { count: 5, seconds: 300 }];
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await signPetition(db(), petition.address, signForm(petition.id), { ip: "198.51.100.7", locale: "en", limits }));
    assert.ok(results.every((r) => r.ok), "everyone sees the usual answer");
    const rows = await db().prisma.signature.findMany({ where: { petitionId: petition.id }, orderBy: { createdAt: "asc" }, select: { isSuspect: true, suspectReason: true } });
    assert.deepEqual(rows.map((r) => r.isSuspect), [false, true, true]);
    assert.equal(rows[1]!.suspectReason, "rate-limit");

    await db().prisma.allowlistedAddress.create({ data: { address: "198.51.100.8", note: "union office" } });
    for (let i = 0; i < 3; i++) await signPetition(db(), petition.address, signForm(petition.id), { ip: "198.51.100.8", locale: "en", limits });
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id, ipAddress: "198.51.100.8", isSuspect: false } }), 3);
  });

  it("counts its hits in the same rate-limit windows as hitRateLimit, shared by every instance", async () => {
    const petition = await openPetition(db());
    const limits = [{ count: 1, seconds: 60 }, { count: 5, seconds: 300 }];
    await signPetition(db(), petition.address, signForm(petition.id), { ip: "198.51.100.20", locale: "en", limits });
    const next = await hitRateLimit(db(), `sign:${petition.id}:198.51.100.20`, limits);
    assert.deepEqual(next, { allowed: false, counts: [2, 2] });
  });

  it("signatures arriving at the same moment from one address are limited as if they had come one after another", async () => {
    const [petition, other] = [await openPetition(db()), await openPetition(db())];
    const limits = [{ count: 1, seconds: 60 }, { count: 5, seconds: 300 }];
    const sign = (at: PetitionFixture, ip: string, i: number) =>
      signPetition(db(), at.address, signForm(at.id, { email: `crowd-${ip}-${i}@example.org` }), { ip, locale: "en", limits });
    const results = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => sign(petition, "198.51.100.30", i)),
      sign(petition, "198.51.100.31", 0),
      sign(other, "198.51.100.30", 0),
    ]);
    assert.ok(results.every((r) => r.ok), "everyone sees the usual answer");
    const counted = (petitionId: string, ipAddress: string) => db().prisma.signature.count({ where: { petitionId, ipAddress, isSuspect: false } });
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id } }), 14 - 1, "every signature is stored");
    assert.equal(await counted(petition.id, "198.51.100.30"), 1, "one of the twelve is within 1 a minute; eleven are suspect");
    assert.equal(await counted(petition.id, "198.51.100.31"), 1, "another address is not affected");
    assert.equal(await counted(other.id, "198.51.100.30"), 1, "nor is the same address on another petition");
    const mailed = await db().prisma.outboxEmail.count({ where: { to: { startsWith: "crowd-198.51.100.30-" } } });
    assert.equal(mailed, 2, "one email for the counted signature on each petition; none for the eleven over the limit");
    const next = await hitRateLimit(db(), `sign:${petition.id}:198.51.100.30`, limits);
    assert.deepEqual(next.counts, [13, 13], "the windows counted all twelve");
  });

  it("a petition closed a moment ago refuses signatures that arrive with others for an open one", async () => {
    const [open, closing] = [await openPetition(db()), await openPetition(db())];
    const sign = (at: PetitionFixture, email: string) => signPetition(db(), at.address, signForm(at.id, { email }), { ip: "198.51.100.40", locale: "en", ...NO_LIMITS });
    assert.equal((await sign(closing, "before-close@example.org")).ok, true);
    await db().prisma.petition.update({ where: { id: closing.id }, data: { status: "CLOSED" } });
    const [a, b] = await Promise.all([sign(open, "together-a@example.org"), sign(closing, "together-b@example.org")]);
    assert.equal(a.ok, true);
    assert.equal(b.ok ? "ok" : b.reason, "closed");
    const stored = await db().prisma.signature.findMany({ where: { email: { startsWith: "together-" } }, select: { email: true } });
    assert.deepEqual(stored.map((r) => r.email), ["together-a@example.org"]);
    assert.equal((await outboxTo(db(), "together-b@example.org")).length, 0);
  });

  it("fifty simultaneous submissions of one address make one signature and one email", async () => {
    const petition = await openPetition(db());
    const email = `rush-${petition.slug}@example.org`;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        signPetition(db(), petition.address, signForm(petition.id, { email, name: `Rush ${i}` }), { ip: "203.0.113.9", locale: "en" }),
      ),
    );
    assert.ok(results.every((r) => r.ok));
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id } }), 1);
    assert.equal((await outboxTo(db(), email)).length, 1);
    const row = await db().prisma.signature.findFirstOrThrow({ where: { petitionId: petition.id }, select: { isSuspect: true } });
    assert.equal(row.isSuspect, false, "the one submission within the limit stands, whichever copy was stored first");
  });
});
