import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import type { Database } from "../db/client";
import { ensureConsentText } from "../signatures/consent";
import { openPetition } from "../signatures/fixtures";
import { recountSignatures } from "../signatures/count";
import { renderedEmailsTo } from "../mail/render";
import { hashToken } from "../signatures/token";
import { findDataSession, openDataLink, isDataLinkOpenable, DATA_LINK_MINUTES } from "./data-link";
import { requestDataLink, DATA_LINK_LIMITS } from "./request-data-link";
import { findMyData } from "./find-my-data";
import { withdrawSignature } from "./withdraw-signature";
import { eraseSupporter } from "./erase-supporter";

const MINUTE = 60_000;
const NOW = new Date("2026-12-01T12:00:00Z");
const tokenIn = (text: string) => /\/my-data\/open\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
const unique = () => Math.random().toString(36).slice(2, 10);

async function sign(db: Database, petitionId: string, email: string, extra: { status?: "PENDING" | "CONFIRMED"; name?: string } = {}) {
  const consent = await ensureConsentText(db.prisma, "en");
  const status = extra.status ?? "CONFIRMED";
  return db.prisma.signature.create({
    data: {
      petitionId, name: extra.name ?? "Aigul Test", email, emailNormalised: email.toLowerCase().replace(/\+.*@/, "@"), country: "KZ",
      consentTextId: consent.id, locale: "en", status, ipAddress: "192.0.2.7",
      createdAt: new Date(Date.now() - 10 * MINUTE), confirmedAt: status === "CONFIRMED" ? new Date(Date.now() - 9 * MINUTE) : null,
    },
    select: { id: true },
  });
}

/** Asks for the link, reads it from the queued email, opens it: the supporter's session. */
async function openedSession(db: Database, typed: string, stored: string, now = new Date()) {
  await requestDataLink(db, { email: typed }, { ip: `198.51.100.${Math.floor(Math.random() * 250)}`, locale: "en", now });
  const mail = (await renderedEmailsTo(db, stored)).filter((m) => m.purpose === "my-data-link").at(-1);
  const token = tokenIn(mail?.text ?? "");
  assert.ok(token, "the email carries the link");
  const session = await openDataLink(db, token, now);
  assert.ok(session);
  return { token, session };
}

describeOnDatabases("a supporter's own data, by emailed link", (db) => {
  it("answers the same for an address we do not hold, and mails nothing to it", async () => {
    const email = `nobody-${unique()}@example.org`;
    assert.deepEqual(await requestDataLink(db(), { email }, { ip: "192.0.2.50", locale: "en" }), { ok: true });
    assert.equal(await db().prisma.outboxEmail.count({ where: { to: email } }), 0);
    assert.equal(await db().prisma.supporterDataLink.count({ where: { emailNormalised: email } }), 0);
    const bad = await requestDataLink(db(), { email: "not an address" }, { ip: "192.0.2.50", locale: "en" });
    assert.deepEqual(bad, { ok: false, fieldErrors: { email: "myData.errors.emailInvalid" } });
  });

  it("mails the address we hold a link whose token is sealed in the outbox and only hashed in its table, with nothing typed in it", async () => {
    const petition = await openPetition(db());
    const stored = `dana-${unique()}@example.org`;
    await sign(db(), petition.id, stored);
    const typed = `  ${stored.replace("@", "+call-555-0100@").toUpperCase()} `;
    assert.deepEqual(await requestDataLink(db(), { email: typed }, { ip: "192.0.2.51", locale: "ru", now: NOW }), { ok: true });

    const rows = await db().prisma.outboxEmail.findMany({ where: { purpose: "my-data-link" , to: stored }, select: { to: true, template: true, templateData: true } });
    assert.equal(rows.length, 1, "one email, to the address as we hold it, not as typed");
    assert.equal(rows[0]!.template, "my-data-link");
    const [mail] = await renderedEmailsTo(db(), stored);
    assert.match(mail!.subject, /Ваши данные/);
    assert.doesNotMatch(`${mail!.subject}\n${mail!.text}\n${mail!.html}`, /555-0100/, "nothing the requester typed");
    const token = tokenIn(mail!.text)!;
    assert.ok(token);
    assert.ok(!JSON.stringify(rows[0]!.templateData).includes(token), "the outbox holds the token sealed");
    const link = await db().prisma.supporterDataLink.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    assert.equal(link.emailNormalised, stored);
    assert.equal(link.expiresAt.getTime() - NOW.getTime(), DATA_LINK_MINUTES * MINUTE);
  });

  it("mails at most five links an hour from one client (IPv6 by its /64), and answers the same over the cap", async () => {
    const petition = await openPetition(db());
    const addresses = Array.from({ length: 7 }, () => `many-${unique()}@example.org`);
    for (const a of addresses) await sign(db(), petition.id, a);
    for (const [i, a] of addresses.entries()) {
      const result = await requestDataLink(db(), { email: a }, { ip: `2001:db8:7:7::${i + 1}`, locale: "en", now: NOW });
      assert.deepEqual(result, { ok: true });
    }
    const sent = await db().prisma.outboxEmail.count({ where: { purpose: "my-data-link", to: { in: addresses } } });
    assert.equal(sent, DATA_LINK_LIMITS.perClient[0]!.count);
  });

  it("opens a link once, works from it until it expires, and does nothing with a wrong, used or expired link", async () => {
    const petition = await openPetition(db());
    const stored = `once-${unique()}@example.org`;
    await sign(db(), petition.id, stored);
    await requestDataLink(db(), { email: stored }, { ip: "192.0.2.52", locale: "en", now: NOW });
    const token = tokenIn((await renderedEmailsTo(db(), stored)).at(-1)!.text)!;

    assert.equal(await openDataLink(db(), "x".repeat(43), NOW), null, "a wrong token");
    assert.equal(await isDataLinkOpenable(db(), token, new Date(NOW.getTime() + (DATA_LINK_MINUTES + 1) * MINUTE)), false);
    assert.equal(await openDataLink(db(), token, new Date(NOW.getTime() + (DATA_LINK_MINUTES + 1) * MINUTE)), null, "an expired link");
    assert.equal((await db().prisma.supporterDataLink.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).openedAt, null, "nothing written");
    assert.equal(await findDataSession(db(), token, NOW), null, "not opened yet: no session");

    assert.equal(await isDataLinkOpenable(db(), token, NOW), true);
    const session = await openDataLink(db(), token, NOW);
    assert.deepEqual(session, { emailNormalised: stored, expiresAt: new Date(NOW.getTime() + DATA_LINK_MINUTES * MINUTE) });
    assert.equal(await openDataLink(db(), token, NOW), null, "a used link does not open again");
    assert.ok(await findDataSession(db(), token, new Date(NOW.getTime() + 30 * MINUTE)));
    assert.equal(await findDataSession(db(), token, new Date(NOW.getTime() + DATA_LINK_MINUTES * MINUTE)), null, "expired");
  });

  it("shows every signature and sponsor entry under the normalised address, across campaigns, and nobody else's", async () => {
    const [a, b] = [await openPetition(db()), await openPetition(db())];
    const stored = `${unique()}.aigul@example.org`;
    await sign(db(), a.id, stored);
    await sign(db(), b.id, stored.replace("@", "+kz@"), { status: "PENDING" });
    await sign(db(), a.id, `other-${unique()}@example.org`, { name: "Someone Else" });
    const consent = await ensureConsentText(db().prisma, "en");
    await db().prisma.sponsor.create({
      data: { campaignId: b.campaignId, kind: "INDIVIDUAL", name: "Aigul Test", country: "KZ", email: stored, emailNormalised: stored, consentTextId: consent.id, locale: "en", status: "APPROVED" },
    });
    const { session } = await openedSession(db(), stored, stored);
    const data = await findMyData(db(), session, "en");
    assert.deepEqual(data.signatures.map((s) => [s.petitionSlug, s.status]), [[a.slug, "CONFIRMED"], [b.slug, "PENDING"]]);
    assert.deepEqual(data.sponsors.map((s) => [s.campaignSlug, s.status]), [[b.campaignSlug, "APPROVED"]]);
    assert.ok(!JSON.stringify(data).includes("Someone Else"));
  });

  it("withdraws one confirmed signature: it is deleted and the count drops by exactly one; another person's cannot be withdrawn", async () => {
    const petition = await openPetition(db());
    const stored = `withdraw-${unique()}@example.org`;
    const mine = await sign(db(), petition.id, stored);
    const theirs = await sign(db(), petition.id, `keep-${unique()}@example.org`);
    assert.equal(await recountSignatures(db(), petition.id), 2);
    const { session } = await openedSession(db(), stored, stored);

    assert.deepEqual(await withdrawSignature(db(), session, theirs.id), { withdrawn: false });
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id } }), 2, "nothing written");
    assert.deepEqual(await withdrawSignature(db(), session, mine.id), { withdrawn: true });
    assert.equal(await db().prisma.signature.count({ where: { id: mine.id } }), 0);
    const { signatureCount } = await db().prisma.petition.findUniqueOrThrow({ where: { id: petition.id }, select: { signatureCount: true } });
    assert.equal(signatureCount, 1);
  });

  it("erases a supporter everywhere: signatures, sponsor entries, their outbox mail and sessions; counts follow; others stay", async () => {
    const [a, b] = [await openPetition(db()), await openPetition(db())];
    const stored = `erase-${unique()}@example.org`;
    const other = `stay-${unique()}@example.org`;
    await sign(db(), a.id, stored);
    await sign(db(), b.id, stored.replace("@", "+x@"));
    await sign(db(), a.id, other);
    const consent = await ensureConsentText(db().prisma, "en");
    await db().prisma.sponsor.create({
      data: { campaignId: a.campaignId, kind: "INDIVIDUAL", name: "Erase Me", country: "KZ", email: stored, emailNormalised: stored, consentTextId: consent.id, locale: "en" },
    });
    const user = await db().prisma.user.create({ data: { email: stored.toUpperCase() } });
    await db().prisma.session.create({ data: { sessionToken: `s-${unique()}`, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
    await db().prisma.outboxEmail.create({ data: { purpose: "test", to: stored.replace("@", "+x@"), subject: "s", text: "t" } });
    await db().prisma.outboxEmail.create({ data: { purpose: "test", to: other, subject: "s", text: "t" } });
    assert.equal(await recountSignatures(db(), a.id), 2);
    assert.equal(await recountSignatures(db(), b.id), 1);
    const { session, token } = await openedSession(db(), stored, stored);

    const erased = await eraseSupporter(db(), session);
    assert.deepEqual(erased, { signatures: 2, sponsors: 1, events: 0, emails: 2, sessions: 1 }, "the test email and the data-link email");
    assert.equal(await db().prisma.signature.count({ where: { emailNormalised: stored } }), 0);
    assert.equal(await db().prisma.sponsor.count({ where: { emailNormalised: stored } }), 0);
    assert.equal(await db().prisma.outboxEmail.count({ where: { to: { in: [stored, stored.replace("@", "+x@")] } } }), 0);
    assert.equal(await db().prisma.session.count({ where: { userId: user.id } }), 0);
    assert.equal(await findDataSession(db(), token), null, "the link is gone too");
    const counts = await db().prisma.petition.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, signatureCount: true } });
    assert.deepEqual(Object.fromEntries(counts.map((c) => [c.id, c.signatureCount])), { [a.id]: 1, [b.id]: 0 });
    assert.equal(await db().prisma.signature.count({ where: { emailNormalised: other } }), 1);
    assert.equal(await db().prisma.outboxEmail.count({ where: { to: other } }), 1);
  });
});
