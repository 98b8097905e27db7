import { before, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { unsealToken, isSealedToken } from "../mail/sealed-token";
import { renderTemplate } from "../mail/templates/registry";
import { env } from "../env";
import { confirmLetter, inspectLetterLink, senderDisplayName } from "./confirm-letter";
import { addressAwaitingConfirmation, letterDedupeKey, sendLetter } from "./send-letter";

// Send through Placard, then confirm: the exact rows written, the refusals, the quotas, and a fault that
// leaves nothing half-written.

describeOnDatabases("a supporter sends a letter through Placard and confirms it", (db) => {
  let tag = "";
  let ids: Record<string, string> = {};
  let ipCounter = 0;
  const ip = () => `198.51.100.${++ipCounter}`;
  const lots = [{ count: 1000, seconds: 3600 }];

  before(async () => {
    tag = Math.random().toString(36).slice(2, 8);
    const p = db().prisma;
    const campaign = await p.campaign.create({
      data: {
        slug: `send-${tag}`, status: "LIVE", locales: ["en"], copyToEmails: ["campaign@example.org"],
        translations: { create: [{ locale: "en", title: "Justice for the oil workers", summary: "x", appeal: "x" }] },
        demands: { create: [{ position: 1, translations: { create: [{ locale: "en", text: "Release the workers" }] } }] },
      },
    });
    const target = (slug: string, kind: "EMBASSY" | "COMPANY", emails: string[], campaignId = campaign.id, pausedAt: Date | null = null) =>
      p.target.create({ data: { campaignId, slug, kind, name: `Target ${slug}`, country: "DE", city: "Berlin", emails, phones: [], pausedAt } });
    const embassy = await target("embassy", "EMBASSY", ["embassy@example.org"]);
    const company = await target("company", "COMPANY", ["bounced@example.org", "company@example.org"]);
    await p.target.update({ where: { id: company.id }, data: { failingEmails: ["bounced@example.org"] } });
    const silent = await target("silent", "COMPANY", []);
    const paused = await target("paused", "COMPANY", ["paused@example.org"], campaign.id, new Date());
    const other = await p.campaign.create({ data: { slug: `other-${tag}`, status: "LIVE", locales: ["en"], translations: { create: [{ locale: "en", title: "Other", summary: "x", appeal: "x" }] } } });
    await target("foreign", "EMBASSY", ["foreign@example.org"], other.id);
    const template = (slug: string, kind: "PROTEST" | "SOLIDARITY", editable: boolean) =>
      p.letterTemplate.create({
        data: {
          campaignId: campaign.id, slug, kind, status: "PUBLISHED", editable, maxLength: 500,
          translations: { create: [{ locale: "en", title: "Protest", subject: "Protest to {{target_name}}", body: "Dear {{target_name}},\n\n{{demands}}\n\n{{sender_name}}" }] },
          targets: { create: [embassy, company, silent, paused].map((t) => ({ targetId: t.id })) },
        },
      });
    const locked = await template("locked", "PROTEST", false);
    await template("editable", "PROTEST", true);
    await template("solidarity", "SOLIDARITY", true);
    ids = { campaign: campaign.id, embassy: embassy.id, company: company.id, locked: locked.id };
  });

  const form = (fields: Record<string, unknown> = {}) => ({
    locale: "en", campaign: `send-${tag}`, template: "locked", name: "Anna Example", email: "anna@example.org", city: "Cologne", country: "DE",
    targets: ["embassy", "company"], ...fields,
  });
  const send = (fields: Record<string, unknown>, options: Partial<Parameters<typeof sendLetter>[2]> = {}) =>
    sendLetter(db(), form(fields), { ip: ip(), clientLimits: lots, senderLimits: lots, ...options });
  const tokenOf = async (email: string) => {
    const row = await db().prisma.outboxEmail.findFirst({ where: { to: email, purpose: "letter-confirmation" }, orderBy: { createdAt: "desc" } });
    assert.ok(row, "a confirmation email is queued");
    const data = row.templateData as { token: string };
    assert.ok(isSealedToken(data.token));
    return { row, token: unsealToken(data.token, env().authSecret) };
  };

  it("stores an unconfirmed letter and one confirmation email holding no typed text", async () => {
    const result = await send({ email: "first@example.org", name: "Zhanna Typed-Name" });
    assert.ok(result.ok, JSON.stringify(result));
    const letter = await db().prisma.letter.findUniqueOrThrow({ where: { id: result.letterId } });
    assert.equal(letter.status, "UNCONFIRMED");
    assert.equal(letter.senderName, "Zhanna Typed-Name");
    assert.equal(letter.senderCity, "Cologne");
    assert.equal(letter.templateId, ids.locked);
    assert.deepEqual(letter.targetIds, [ids.embassy, ids.company]);
    assert.ok(letter.tokenHash && letter.tokenExpiresAt);
    assert.equal(Math.round((letter.tokenExpiresAt!.getTime() - letter.createdAt.getTime()) / 86_400_000), 7);
    assert.equal(await db().prisma.letterDelivery.count({ where: { letterId: letter.id } }), 0);
    const mails = await db().prisma.outboxEmail.findMany({ where: { to: "first@example.org" } });
    assert.equal(mails.length, 1);
    const { token } = await tokenOf("first@example.org");
    const rendered = renderTemplate(mails[0]!.template!, mails[0]!.templateData);
    assert.ok(rendered.text.includes("Justice for the oil workers"));
    assert.ok(rendered.text.includes("Target embassy") && rendered.text.includes("Target company"));
    assert.ok(rendered.text.includes(`/en/letters/confirm?token=${token}`));
    assert.ok(!rendered.text.includes("Zhanna") && !rendered.text.includes("Dear"), "no typed name, no letter text");
  });

  it("confirms once: per target a paced delivery and its email, from the sender's name via Placard; and the sender's copy", async () => {
    await send({ email: "confirm@example.org", name: 'Anna "<Boss>" Example', targets: ["embassy", "company", "silent", "paused"] });
    const { token } = await tokenOf("confirm@example.org");
    assert.equal((await inspectLetterLink(db(), token, { locale: "en" })).kind, "ready");
    assert.equal(await db().prisma.letterDelivery.count({ where: { letter: { senderEmail: "confirm@example.org" } } }), 0, "looking confirms nothing");
    const result = await confirmLetter(db(), token, { locale: "en" });
    assert.equal(result.kind, "confirmed");
    assert.ok(result.kind === "confirmed");
    assert.deepEqual(result.queued.map((q) => q.recipient), ["embassy@example.org", "company@example.org", "paused@example.org"]);
    assert.deepEqual(result.skipped, ["Target silent"]);
    const letter = await db().prisma.letter.findFirstOrThrow({ where: { senderEmail: "confirm@example.org" }, include: { deliveries: { include: { outboxEmail: true }, orderBy: { createdAt: "asc" } } } });
    assert.equal(letter.status, "CONFIRMED");
    assert.equal(letter.wallStatus, null);
    const toTargets = letter.deliveries.filter((d) => d.recipientKind === "TARGET");
    assert.equal(toTargets.length, 3);
    for (const d of toTargets) {
      assert.equal(d.dedupeKey, letterDedupeKey(ids.locked!, "confirm@example.org", d.targetId!));
      assert.ok(d.scheduledFor);
      const mail = d.outboxEmail!;
      assert.equal(mail.to, d.recipient);
      assert.equal(mail.fromName, "Anna Boss Example via Placard");
      assert.equal(mail.replyTo, "confirm@example.org");
      assert.deepEqual(mail.cc, ["campaign@example.org"]);
      assert.equal(mail.priority, "LETTER");
      assert.equal(mail.status, d.recipient === "paused@example.org" ? "HELD" : "PENDING", "a paused target's letter is held");
      assert.ok(mail.text!.startsWith(`Dear Target ${d.recipient.split("@")[0]},`));
      assert.ok(mail.text!.includes("Release the workers"));
    }
    const copies = letter.deliveries.filter((d) => d.recipientKind === "SENDER_COPY");
    assert.equal(copies.length, 1);
    assert.equal(copies[0]!.outboxEmail!.to, "confirm@example.org");
    assert.equal(copies[0]!.outboxEmail!.priority, "HIGH");
    assert.ok(copies[0]!.outboxEmail!.subject!.includes("Target embassy"));

    const again = await confirmLetter(db(), token, { locale: "en" });
    assert.equal(again.kind, "already");
    assert.equal(await db().prisma.letterDelivery.count({ where: { letterId: letter.id } }), 4, "a second confirm is harmless");
  });

  it("names the address on \"check your email\" only while its letter waits, for an hour at most", async () => {
    const now = new Date();
    const result = await send({ email: "waiting@example.org" });
    assert.ok(result.ok);
    assert.equal(await addressAwaitingConfirmation(db(), result.letterId, "locked", now), "waiting@example.org");
    assert.equal(await addressAwaitingConfirmation(db(), result.letterId, "editable", now), null, "another template's address");
    assert.equal(await addressAwaitingConfirmation(db(), `${result.letterId}x`, "locked", now), null, "a made-up letter");
    assert.equal(await addressAwaitingConfirmation(db(), result.letterId, "locked", new Date(now.getTime() + 61 * 60_000)), null, "after an hour");
    await confirmLetter(db(), (await tokenOf("waiting@example.org")).token, { locale: "en" });
    assert.equal(await addressAwaitingConfirmation(db(), result.letterId, "locked", now), null, "once confirmed");
  });

  it("refuses a second letter from the same sender to the same target with the same template, at the targets field", async () => {
    const again = await send({ email: "confirm@example.org", targets: ["embassy"] });
    assert.deepEqual(again, { ok: false, fieldErrors: { targets: "letterComposer.errors.alreadySent" }, formError: null });
    assert.equal((await send({ email: "Confirm@Example.org", template: "editable", targets: ["embassy"] })).ok, true, "another template may go");
  });

  it("refuses extra recipient fields, header breaks, foreign targets; an unknown placeholder is sent as literal text", async () => {
    for (const extra of [{ to: "victim@example.com" }, { cc: "victim@example.com" }, { bcc: "victim@example.com" }]) {
      const r = await send({ email: "forger@example.org", ...extra });
      assert.equal(r.ok, false);
      assert.ok(!r.ok && r.formError === "letterComposer.errors.unknownField", JSON.stringify(r));
    }
    const newline = await send({ email: "forger@example.org", name: "Anna\r\nBcc: victim@example.com" });
    assert.ok(!newline.ok && newline.fieldErrors.name, JSON.stringify(newline));
    for (const slug of ["foreign", "nobody"]) {
      const r = await send({ email: "forger@example.org", targets: [slug] });
      assert.deepEqual(r, { ok: false, fieldErrors: { targets: "letterComposer.errors.targetUnknown" }, formError: null });
    }
    assert.equal(await db().prisma.letter.count({ where: { senderEmail: "forger@example.org" } }), 0);
    assert.equal(await db().prisma.outboxEmail.count({ where: { to: { in: ["forger@example.org", "victim@example.com"] } } }), 0);

    const own = await send({ email: "own@example.org", template: "solidarity", body: "Dear {{target_name}}, {{ process.env.AUTH_SECRET }} {{7*7}}", wallConsent: "on", targets: ["embassy"] });
    assert.ok(own.ok);
    const { token } = await tokenOf("own@example.org");
    await confirmLetter(db(), token, { locale: "en" });
    const letter = await db().prisma.letter.findFirstOrThrow({ where: { senderEmail: "own@example.org" }, include: { deliveries: { include: { outboxEmail: true } } } });
    assert.equal(letter.wallStatus, "AWAITING_MODERATION");
    const mail = letter.deliveries.find((d) => d.recipientKind === "TARGET")!.outboxEmail!;
    assert.equal(mail.text, "Dear Target embassy, {{ process.env.AUTH_SECRET }} {{7*7}}");
  });

  it("limits letters per client and per sender, and the same text sent too often", async () => {
    const client = "203.0.113.9";
    const limit = [{ count: 2, seconds: 3600 }];
    const byClient = [];
    for (const n of [1, 2, 3]) byClient.push(await sendLetter(db(), form({ email: `client${n}@example.org` }), { ip: client, clientLimits: limit, senderLimits: lots }));
    assert.deepEqual(byClient.map((r) => r.ok), [true, true, false]);
    assert.ok(!byClient[2]!.ok && byClient[2]!.formError === "letterComposer.errors.rateLimited");

    const bySender = [];
    for (const _ of [1, 2, 3]) bySender.push(await send({ email: "busy@example.org", template: "editable", body: `My words ${Math.random()}` }, { senderLimits: limit }));
    assert.deepEqual(bySender.map((r) => r.ok), [true, true, false]);

    const flood = [];
    for (const _ of [1, 2, 3, 4]) flood.push(await send({ email: "flood@example.org", template: "editable", body: "The very same words" }, { maxSameBodyPerDay: 3 }));
    assert.deepEqual(flood.map((r) => r.ok), [true, true, true, false]);
    assert.ok(!flood[3]!.ok && flood[3]!.formError === "letterComposer.errors.sameTextTooOften");
  });

  it("a database error mid-way leaves nothing half-written", async () => {
    await db().sql.query(`CREATE OR REPLACE FUNCTION composer_fault() RETURNS trigger AS $$ BEGIN
      IF NEW."to" LIKE 'fault%' OR NEW."to" = 'company@example.org' AND NEW."replyTo" = 'fault-confirm@example.org' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db().sql.query(`CREATE TRIGGER composer_fault BEFORE INSERT ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION composer_fault()`);
    try {
      await assert.rejects(send({ email: "fault@example.org" }));
      assert.equal(await db().prisma.letter.count({ where: { senderEmail: "fault@example.org" } }), 0, "no letter without its email");

      await db().sql.query(`DROP TRIGGER composer_fault ON "OutboxEmail"`);
      assert.ok((await send({ email: "fault-confirm@example.org" })).ok);
      const { token } = await tokenOf("fault-confirm@example.org");
      await db().sql.query(`CREATE TRIGGER composer_fault BEFORE INSERT ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION composer_fault()`);
      await assert.rejects(confirmLetter(db(), token, { locale: "en" }));
      const letter = await db().prisma.letter.findFirstOrThrow({ where: { senderEmail: "fault-confirm@example.org" } });
      assert.equal(letter.status, "UNCONFIRMED");
      assert.equal(await db().prisma.letterDelivery.count({ where: { letterId: letter.id } }), 0);
      assert.equal(await db().prisma.outboxEmail.count({ where: { to: "embassy@example.org", replyTo: "fault-confirm@example.org" } }), 0, "the first target's email was rolled back");
      await db().sql.query(`DROP TRIGGER composer_fault ON "OutboxEmail"`);
      assert.equal((await confirmLetter(db(), token, { locale: "en" })).kind, "confirmed", "the link still works after the fault");
    } finally {
      await db().sql.query(`DROP TRIGGER IF EXISTS composer_fault ON "OutboxEmail"`);
    }
  });

  it("keeps the sender's address out of From", () => {
    assert.equal(senderDisplayName("Anna\r\nBcc: x@example.com <x@example.com>"), "Anna Bcc: via Placard");
  });
});
