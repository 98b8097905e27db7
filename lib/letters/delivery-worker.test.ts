import { afterEach, before, beforeEach, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/smtp";
import { testTransports } from "../testing/transports";
import { sendPendingEmails } from "../mail/send-pending";
import { SMTPServer } from "smtp-server";
import { deliveryCampaign, deliveryTarget, queueLetter } from "./delivery-fixtures";
import { cancelQueuedLetters, pauseTarget, reslotWaitingLetters, resumeTarget } from "./delivery-control";
import { saveLetterSettings } from "../targets/directory";
import { workingAddress } from "./delivery-address";
import { recordLateBounce } from "./delivery-bounces";

const FROM = "Placard <placard@example.org>";
const anna = { name: "Anna Example", email: "anna@example.org" };
const statusesOf = async (db: () => import("../db/client").Database, targetId: string) =>
  (await db().prisma.letterDelivery.findMany({ where: { targetId }, orderBy: { scheduledFor: "asc" }, select: { status: true } })).map((d) => d.status);

describeOnDatabases("letters to targets through the worker, over real SMTP", (db) => {
  let smtp: TestSmtpServer | undefined;
  let refusing: SMTPServer | undefined;
  const transports = testTransports(FROM);
  const transportTo = transports.to;
  let campaignId = "";
  const now = new Date();
  const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

  before(async () => {
    campaignId = (await deliveryCampaign(db(), Math.random().toString(36).slice(2, 8), { copyToEmails: ["copies@example.org"] })).id;
  });
  beforeEach(async () => {
    await db().prisma.outboxEmail.updateMany({ where: { status: { in: ["PENDING", "HELD"] } }, data: { status: "CANCELLED" } });
  });
  afterEach(async () => {
    transports.closeAll();
    await smtp?.close();
    smtp = undefined;
    await new Promise<void>((resolve) => (refusing ? refusing.close(() => resolve()) : resolve()));
    refusing = undefined;
  });

  it("sends a letter From the sender's name via Placard with the campaign's address, Reply-To the sender, the copies in Cc", async () => {
    smtp = await startTestSmtpServer();
    const target = await deliveryTarget(db(), campaignId, { slug: "embassy-berlin" });
    await queueLetter(db(), campaignId, [target.id], anna, now);
    await sendPendingEmails(db(), { transport: transportTo(smtp.url), now: later(1) });
    const message = await smtp.waitFor((m) => m.to.includes("embassy-berlin@example.org"));
    assert.deepEqual(message.parsed.from?.value, [{ name: "Anna Example via Placard", address: "placard@example.org" }]);
    assert.deepEqual(message.parsed.replyTo?.value.map((a) => a.address), ["anna@example.org"]);
    const cc = message.parsed.cc;
    assert.deepEqual((Array.isArray(cc) ? cc : cc ? [cc] : []).flatMap((c) => c.value.map((a) => a.address)), ["copies@example.org"]);
    assert.deepEqual(message.envelopeTo.sort(), ["copies@example.org", "embassy-berlin@example.org"]);
    assert.match(message.text, /Dear Embassy embassy-berlin/);
    assert.deepEqual(await statusesOf(db, target.id), ["SENT"]);
  });

  it("marks a letter DEFERRED while the server says try later, then SENT", async () => {
    smtp = await startTestSmtpServer({ behaviour: "tempfail" });
    const target = await deliveryTarget(db(), campaignId, { slug: "greylisting" });
    await queueLetter(db(), campaignId, [target.id], anna, now);
    await sendPendingEmails(db(), { transport: transportTo(smtp.url), now: later(1) });
    assert.deepEqual(await statusesOf(db, target.id), ["DEFERRED"]);
    smtp.setBehaviour("accept");
    await sendPendingEmails(db(), { transport: transportTo(smtp.url), now: later(2) });
    assert.deepEqual(await statusesOf(db, target.id), ["SENT"]);
  });

  it("marks a letter refused with 550 BOUNCED; after three the address is failing, its queue cancelled, and the next address used", async () => {
    // A server that refuses one mailbox only, as a real one does.
    refusing = new SMTPServer({
      authOptional: true, disabledCommands: ["AUTH", "STARTTLS"], logger: false,
      onRcptTo(address, _s, cb) {
        if (address.address === "gone@example.org") return cb(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 }));
        cb();
      },
      onData(stream, _s, cb) {
        stream.resume();
        stream.on("end", () => cb());
      },
    });
    const port = await new Promise<number>((resolve) => refusing!.listen(0, "127.0.0.1", () => resolve((refusing!.server.address() as { port: number }).port)));
    const target = await deliveryTarget(db(), campaignId, { slug: "bouncing", emails: ["gone@example.org", "office@example.org"] });
    for (let i = 0; i < 5; i++) await queueLetter(db(), campaignId, [target.id], anna, now);
    // Three due now, two held back by pacing to a later time (still queued).
    const queued = await db().prisma.letterDelivery.findMany({ where: { targetId: target.id }, orderBy: { scheduledFor: "asc" }, select: { outboxEmailId: true } });
    await db().prisma.outboxEmail.updateMany({ where: { id: { in: queued.slice(3).map((q) => q.outboxEmailId!) } }, data: { nextAttemptAt: later(48) } });
    const result = await sendPendingEmails(db(), { transport: transportTo(`smtp://127.0.0.1:${port}`), now: later(1) });
    assert.equal(result.failed, 3);
    assert.deepEqual(await statusesOf(db, target.id), ["BOUNCED", "BOUNCED", "BOUNCED", "CANCELLED", "CANCELLED"]);
    const after = await db().prisma.target.findUniqueOrThrow({ where: { id: target.id }, select: { emails: true, failingEmails: true } });
    assert.deepEqual(after.failingEmails, ["gone@example.org"]);
    assert.equal(workingAddress(after), "office@example.org");
    const next = await queueLetter(db(), campaignId, [target.id], anna, now);
    const delivery = await db().prisma.letterDelivery.findFirstOrThrow({ where: { letterId: next.letterId }, select: { recipient: true } });
    assert.equal(delivery.recipient, "office@example.org");
  });

  it("takes a hard bounce reported later: a sent letter becomes BOUNCED", async () => {
    const target = await deliveryTarget(db(), campaignId, { slug: "late-bounce" });
    await queueLetter(db(), campaignId, [target.id], anna, now);
    smtp = await startTestSmtpServer();
    await sendPendingEmails(db(), { transport: transportTo(smtp.url), now: later(1) });
    const d = await db().prisma.letterDelivery.findFirstOrThrow({ where: { targetId: target.id }, select: { outboxEmailId: true } });
    const outcome = await db().prisma.$transaction((tx) => recordLateBounce(tx, d.outboxEmailId!, "LATE-BOUNCE@example.org", "hard"));
    assert.equal(outcome?.bounced, 1);
    assert.deepEqual(await statusesOf(db, target.id), ["BOUNCED"]);
  });

  it("holds a paused target's letters, sends them after resume at paced times, and cancels exactly the queued ones", async () => {
    smtp = await startTestSmtpServer();
    const paused = await deliveryTarget(db(), campaignId, { slug: "paused", hourlyCap: 2 });
    const other = await deliveryTarget(db(), campaignId, { slug: "other" });
    for (let i = 0; i < 4; i++) await queueLetter(db(), campaignId, [paused.id, other.id], anna, now);
    const held = await db().prisma.$transaction((tx) => pauseTarget(tx, campaignId, paused.id, now));
    assert.deepEqual(held, { held: 4 });
    await sendPendingEmails(db(), { transport: transportTo(smtp.url), now: later(5), batchSize: 50 });
    assert.equal(smtp.messages.filter((m) => m.to.includes("paused@example.org")).length, 0);
    assert.equal(smtp.messages.filter((m) => m.to.includes("other@example.org")).length, 4);
    assert.deepEqual(await statusesOf(db, paused.id), ["QUEUED", "QUEUED", "QUEUED", "QUEUED"]);

    const resumeAt = later(5);
    assert.deepEqual(await db().prisma.$transaction((tx) => resumeTarget(tx, campaignId, paused.id, resumeAt)), { resumed: 4 });
    const slots = (await db().prisma.letterDelivery.findMany({ where: { targetId: paused.id }, orderBy: { scheduledFor: "asc" }, select: { scheduledFor: true } })).map((d) => d.scheduledFor!);
    assert.ok(slots.every((s) => s.getTime() >= resumeAt.getTime()));
    const hourOf = (d: Date) => Math.floor(d.getTime() / 3_600_000);
    assert.deepEqual(slots.map((s) => hourOf(s) - hourOf(resumeAt)), [0, 0, 1, 1]);
    // The first hour's two go now; then cancel: exactly the two still queued are cancelled.
    await sendPendingEmails(db(), { transport: transportTo(smtp.url), now: new Date(slots[1]!.getTime() + 1000), batchSize: 50 });
    assert.equal(smtp.messages.filter((m) => m.to.includes("paused@example.org")).length, 2);
    assert.deepEqual(await db().prisma.$transaction((tx) => cancelQueuedLetters(tx, campaignId, paused.id)), { cancelled: 2 });
    assert.deepEqual(await statusesOf(db, paused.id), ["SENT", "SENT", "CANCELLED", "CANCELLED"]);
    await sendPendingEmails(db(), { transport: transportTo(smtp.url), now: later(48), batchSize: 50 });
    assert.equal(smtp.messages.filter((m) => m.to.includes("paused@example.org")).length, 2);
    // Another campaign's id finds nothing to act on.
    assert.equal(await db().prisma.$transaction((tx) => cancelQueuedLetters(tx, "not-this-campaign", other.id)), null);
  });

  it("gives waiting letters fresh slots when the cap changes: a lowered campaign cap spreads them, a raised target cap brings them forward", async () => {
    smtp = await startTestSmtpServer();
    // Ten minutes into this hour, whatever the clock says: the hours counted below do not depend on it.
    const at = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 + 10 * 60_000);
    const own = (await deliveryCampaign(db(), Math.random().toString(36).slice(2, 8))).id;
    const target = await deliveryTarget(db(), own, { slug: `recapped-${Math.random().toString(36).slice(2, 6)}` });
    for (let i = 0; i < 4; i++) await queueLetter(db(), own, [target.id], anna, at);
    const hours = async () => {
      const rows = await db().prisma.letterDelivery.findMany({ where: { targetId: target.id }, orderBy: { scheduledFor: "asc" }, select: { scheduledFor: true, outboxEmail: { select: { nextAttemptAt: true } } } });
      for (const r of rows) assert.equal(r.outboxEmail?.nextAttemptAt.getTime(), r.scheduledFor!.getTime(), "the outbox waits for the same slot");
      return rows.map((r) => Math.floor(r.scheduledFor!.getTime() / 3_600_000) - Math.floor(at.getTime() / 3_600_000));
    };
    assert.deepEqual(await hours(), [0, 0, 0, 0], "30 an hour: all four in this hour");

    await db().prisma.$transaction((tx) => saveLetterSettings(tx, own, { fallbackTargetId: "", letterHourlyCap: 1 }, at));
    assert.deepEqual(await hours(), [0, 1, 2, 3], "one an hour: spread over four hours");

    await db().prisma.target.update({ where: { id: target.id }, data: { hourlyCap: 3 } });
    assert.deepEqual(await db().prisma.$transaction((tx) => reslotWaitingLetters(tx, own, at)), { moved: 4 });
    assert.deepEqual(await hours(), [0, 0, 0, 1], "the target's own cap of three");

    // Sent at the end of this hour: exactly the three of this hour go; the fourth still waits.
    const endOfHour = new Date((Math.floor(at.getTime() / 3_600_000) + 1) * 3_600_000 - 1000);
    await sendPendingEmails(db(), { transport: transportTo(smtp.url), now: endOfHour, batchSize: 50 });
    assert.equal(smtp.messages.filter((m) => m.to.includes(`${target.slug}@example.org`)).length, 3);
    assert.deepEqual(await statusesOf(db, target.id), ["SENT", "SENT", "SENT", "QUEUED"]);
  });
});
