import { after, afterEach, beforeEach, it } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import type { Database } from "../db/client";
import { describeOnDatabases } from "../testing/db";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/smtp";
import { testTransports } from "../testing/transports";
import { enqueueEmail } from "./outbox";
import { sendPendingEmails } from "./send-pending";
import { devMailboxTransport, messageIdFor } from "./transport";
import { env } from "../env";
import { sealToken } from "./sealed-token";

const FROM = "Placard <placard@example.org>";
const SECOND = 1000;

async function queue(db: Database, count = 1, to = (i: number) => `supporter${i}@example.org`) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await db.prisma.$transaction((tx) =>
      enqueueEmail(tx, { purpose: "test", to: to(i), subject: `Message ${i}`, text: `Body ${i}: https://placard.example.org/confirm?token=${i}` }),
    );
    ids.push(id);
  }
  return ids;
}

async function deliveryFor(db: Database, outboxEmailId: string) {
  const campaign = await db.prisma.campaign.create({ data: { slug: `c-${outboxEmailId}`, locales: ["en"], copyToEmails: [] } });
  const letter = await db.prisma.letter.create({
    data: {
      campaignId: campaign.id,
      senderName: "A. Supporter",
      senderEmail: "sender@example.org",
      senderEmailNormalised: "sender@example.org",
      senderCountry: "GB",
      subject: "Free the strikers' lawyer",
      body: "...",
      locale: "en",
      status: "CONFIRMED",
    },
  });
  return db.prisma.letterDelivery.create({ data: { letterId: letter.id, recipientKind: "TARGET", recipient: "embassy@example.org", outboxEmailId } });
}

async function unusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const row = (db: Database, id: string) => db.prisma.outboxEmail.findUniqueOrThrow({ where: { id } });

describeOnDatabases("the outbox worker sending mail", (db, kind) => {
  let smtp: TestSmtpServer | undefined;
  const transports = testTransports(FROM);
  const transportTo = transports.to;

  beforeEach(async () => {
    await db().prisma.letterDelivery.deleteMany();
    await db().prisma.outboxEmail.deleteMany();
  });
  afterEach(async () => {
    transports.closeAll();
    await smtp?.close();
    smtp = undefined;
  });
  after(() => devMailboxTransport.close());

  it("delivers a queued email over SMTP with its To, Subject, text and a Message-ID made from the row", async () => {
    smtp = await startTestSmtpServer();
    const [id] = await queue(db(), 1, () => "oil.worker@example.org");
    const delivery = await deliveryFor(db(), id!);
    const result = await sendPendingEmails(db(), { transport: transportTo(smtp.url) });
    assert.deepEqual(result, { claimed: 1, sent: 1, retrying: 0, failed: 0, released: 0 });

    const mail = await smtp.waitFor((m) => m.subject === "Message 0");
    assert.deepEqual(mail.to, ["oil.worker@example.org"]);
    assert.deepEqual(mail.envelopeTo, ["oil.worker@example.org"]);
    assert.equal(mail.envelopeFrom, "placard@example.org");
    assert.match(mail.text, /Body 0: https:\/\/placard\.example\.org\/confirm\?token=0/);
    assert.equal(mail.messageId, messageIdFor(id!, FROM));
    assert.equal(mail.messageId, `<outbox.${id}@example.org>`);

    const sent = await row(db(), id!);
    assert.equal(sent.status, "SENT");
    assert.equal(sent.transport, "smtp://test");
    assert.equal(sent.attempts, 1);
    assert.ok(sent.sentAt);
    assert.equal(sent.lockedUntil, null);
    const letter = await db().prisma.letterDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    assert.equal(letter.status, "SENT");
    assert.ok(letter.sentAt);
  });

  it("renders a templated email when it sends it: the supporter gets the finished text and HTML with a working link", async () => {
    smtp = await startTestSmtpServer();
    const token = "b".repeat(43);
    const { id } = await enqueueEmail(db().prisma, {
      purpose: "signature-confirmation",
      to: "dana@example.org",
      template: "signature-confirmation",
      data: { locale: "de", petitionTitle: "Gerechtigkeit für Schangaösen", token: sealToken(token, env().authSecret), validDays: 7, isReminder: false },
    });
    assert.equal((await sendPendingEmails(db(), { transport: transportTo(smtp.url) })).sent, 1);
    const mail = await smtp.waitFor((m) => m.to.includes("dana@example.org"));
    assert.match(mail.subject, /Gerechtigkeit für Schangaösen/);
    assert.match(mail.text, /^Hallo,/);
    assert.match(mail.text, new RegExp(`/de/signatures/confirm\\?token=${token}`));
    assert.match(mail.html ?? "", new RegExp(`href="[^"]*/de/signatures/confirm\\?token=${token}"`));
    assert.equal((await row(db(), id)).status, "SENT");
  });

  it("gives up at once on a templated row it cannot render (no retry would help), and sends the rest", async () => {
    smtp = await startTestSmtpServer();
    const [good] = await queue(db(), 1);
    const broken = await db().prisma.outboxEmail.create({
      data: { purpose: "signature-confirmation", to: "broken@example.org", template: "signature-confirmation", templateData: { locale: "en", name: "No token" } },
    });
    const result = await sendPendingEmails(db(), { transport: transportTo(smtp.url) });
    assert.deepEqual({ sent: result.sent, failed: result.failed }, { sent: 1, failed: 1 });
    const failed = await row(db(), broken.id);
    assert.equal(failed.status, "FAILED");
    assert.match(failed.lastError ?? "", /could not render the email: .*petitionTitle/);
    assert.equal((await row(db(), good!)).status, "SENT");
    assert.equal(smtp.messages.length, 1);
  });

  it("keeps mail queued while SMTP is down (connection refused), then sends it exactly once when it is back", async () => {
    const port = await unusedPort();
    const transport = transportTo(`smtp://127.0.0.1:${port}`);
    const [id] = await queue(db());
    const start = new Date();
    const down = await sendPendingEmails(db(), { transport, now: start });
    assert.equal(down.retrying, 1);
    let waiting = await row(db(), id!);
    assert.equal(waiting.status, "PENDING");
    assert.equal(waiting.attempts, 1);
    assert.ok(waiting.nextAttemptAt.getTime() > start.getTime(), "the next attempt is in the future");
    assert.match(waiting.lastError ?? "", /ECONNREFUSED/);

    smtp = await startTestSmtpServer({ port });
    assert.equal((await sendPendingEmails(db(), { transport, now: new Date(start.getTime() + 5 * SECOND) })).claimed, 0, "not before its time");
    assert.equal(smtp.messages.length, 0);

    const later = await sendPendingEmails(db(), { transport, now: new Date(start.getTime() + 31 * SECOND) });
    assert.equal(later.sent, 1);
    await smtp.waitFor((m) => m.subject === "Message 0");
    for (const minutes of [5, 60, 180]) await sendPendingEmails(db(), { transport, now: new Date(start.getTime() + minutes * 60 * SECOND) });
    assert.equal(smtp.messages.length, 1, "sent once, not again");
    waiting = await row(db(), id!);
    assert.equal(waiting.status, "SENT");
    assert.equal(waiting.attempts, 2);
    assert.equal(waiting.lastError, null);
  });

  it("tries only one email of a batch against a server that is down; the others keep their attempts", async () => {
    const transport = transportTo(`smtp://127.0.0.1:${await unusedPort()}`);
    const ids = await queue(db(), 3);
    const result = await sendPendingEmails(db(), { transport });
    assert.deepEqual(result, { claimed: 3, sent: 0, retrying: 1, failed: 0, released: 2 });
    const rows = await db().prisma.outboxEmail.findMany({ where: { id: { in: ids } } });
    assert.deepEqual(rows.map((r) => r.status), ["PENDING", "PENDING", "PENDING"]);
    assert.deepEqual(rows.map((r) => r.attempts).sort(), [0, 0, 1]);
  });

  it("retries later when the server answers 451 (try again), and delivers then", async () => {
    smtp = await startTestSmtpServer({ behaviour: "tempfail" });
    const transport = transportTo(smtp.url);
    const [id] = await queue(db(), 1, () => "greylisted@example.org");
    const start = new Date();
    assert.equal((await sendPendingEmails(db(), { transport, now: start })).retrying, 1);
    const waiting = await row(db(), id!);
    assert.equal(waiting.status, "PENDING");
    assert.equal(waiting.nextAttemptAt.getTime(), start.getTime() + 30 * SECOND);
    assert.match(waiting.lastError ?? "", /451/);
    assert.ok(!waiting.lastError?.includes("greylisted@"), "the reason does not repeat the address");

    smtp.setBehaviour("accept");
    assert.equal((await sendPendingEmails(db(), { transport, now: new Date(start.getTime() + 30 * SECOND) })).sent, 1);
    assert.equal(smtp.messages.length, 1);
    assert.equal((await row(db(), id!)).attempts, 2);
  });

  it("gives up at once when the server answers 550, and says why on the email and the letter delivery (bounced)", async () => {
    smtp = await startTestSmtpServer({ behaviour: "permfail" });
    const [id] = await queue(db(), 1, () => "nobody.here@example.org");
    const delivery = await deliveryFor(db(), id!);
    const result = await sendPendingEmails(db(), { transport: transportTo(smtp.url) });
    assert.equal(result.failed, 1);
    const failed = await row(db(), id!);
    assert.equal(failed.status, "FAILED");
    assert.equal(failed.attempts, 1);
    assert.match(failed.lastError ?? "", /550.*Mailbox unavailable/);
    assert.ok(!failed.lastError?.includes("nobody.here"));
    const letter = await db().prisma.letterDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    // A target's address refused with 5xx: a hard bounce (issue 11), not a mere failure.
    assert.equal(letter.status, "BOUNCED");
    assert.match(letter.error ?? "", /550/);
    // Nothing more happens to it, ever.
    smtp.setBehaviour("accept");
    await sendPendingEmails(db(), { transport: transportTo(smtp.url), now: new Date(Date.now() + 24 * 3600 * SECOND) });
    assert.equal(smtp.messages.length, 0);
  });

  it("gives up after the tenth temporary failure", async () => {
    smtp = await startTestSmtpServer({ behaviour: "tempfail" });
    const [id] = await queue(db());
    await db().prisma.outboxEmail.update({ where: { id: id! }, data: { attempts: 9 } });
    assert.equal((await sendPendingEmails(db(), { transport: transportTo(smtp.url) })).failed, 1);
    const failed = await row(db(), id!);
    assert.equal(failed.status, "FAILED");
    assert.equal(failed.attempts, 10);
    assert.match(failed.lastError ?? "", /^gave up after 10 attempts: .*451/);
  });

  it("two workers running at once deliver each of 40 emails exactly once", async () => {
    smtp = await startTestSmtpServer();
    const ids = await queue(db(), 40);
    const drain = async () => {
      const transport = transportTo(smtp!.url);
      let sent = 0;
      for (;;) {
        const r = await sendPendingEmails(db(), { transport, batchSize: 3 });
        if (r.claimed === 0) return sent;
        sent += r.sent;
      }
    };
    const [a, b] = await Promise.all([drain(), drain()]);
    assert.equal(a + b, 40);
    assert.ok(a > 0 && b > 0, `both workers took part (${a} and ${b})`);
    assert.equal(smtp.messages.length, 40);
    const received = smtp.messages.map((m) => m.messageId).sort();
    assert.deepEqual(received, ids.map((id) => `<outbox.${id}@example.org>`).sort(), "each email once, none twice");
    assert.equal(await db().prisma.outboxEmail.count({ where: { status: "SENT", attempts: 1 } }), 40);
  });

  if (kind === "postgres") {
    // PGlite has one connection, so a second transaction cannot even start while one holds locks;
    // on PostgreSQL this shows that a worker skips rows another one has locked instead of waiting.
    it("skips the rows another worker is claiming instead of waiting for them (FOR UPDATE SKIP LOCKED)", async () => {
      smtp = await startTestSmtpServer();
      const ids = await queue(db(), 3);
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let announceLocked!: () => void;
      const locked = new Promise<void>((resolve) => (announceLocked = resolve));
      const otherWorker = db().sql.transaction(async (tx) => {
        await tx.query(`SELECT id FROM "OutboxEmail" WHERE id = ANY($1) FOR UPDATE`, [ids.slice(0, 2)]);
        announceLocked();
        await released;
      });
      await locked;
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("blocked on locked rows")), 5 * SECOND));
      const result = await Promise.race([sendPendingEmails(db(), { transport: transportTo(smtp.url) }), timeout]);
      release();
      await otherWorker;
      assert.equal(result.sent, 1);
      assert.deepEqual(smtp.messages.map((m) => m.subject), ["Message 2"]);
      assert.equal((await row(db(), ids[0]!)).status, "PENDING");
    });
  }

  it("takes back an email whose worker died mid-send once its lease has expired, and not before", async () => {
    smtp = await startTestSmtpServer();
    const [expired, held] = await queue(db(), 2);
    const now = new Date();
    await db().prisma.outboxEmail.update({ where: { id: expired! }, data: { status: "SENDING", attempts: 1, lockedUntil: new Date(now.getTime() - SECOND) } });
    await db().prisma.outboxEmail.update({ where: { id: held! }, data: { status: "SENDING", attempts: 1, lockedUntil: new Date(now.getTime() + 60 * SECOND) } });
    const result = await sendPendingEmails(db(), { transport: transportTo(smtp.url), now });
    assert.equal(result.sent, 1);
    assert.deepEqual(smtp.messages.map((m) => m.subject), ["Message 0"]);
    assert.equal((await row(db(), expired!)).status, "SENT");
    assert.equal((await row(db(), expired!)).attempts, 2);
    assert.equal((await row(db(), held!)).status, "SENDING", "another worker still holds this one");
  });

  it("fails an email whose lease expired on its last allowed attempt, and its letter delivery", async () => {
    smtp = await startTestSmtpServer();
    const [id] = await queue(db());
    const delivery = await deliveryFor(db(), id!);
    await db().prisma.outboxEmail.update({ where: { id: id! }, data: { status: "SENDING", attempts: 10, lockedUntil: new Date(Date.now() - SECOND) } });
    await sendPendingEmails(db(), { transport: transportTo(smtp.url) });
    assert.equal(smtp.messages.length, 0);
    const failed = await row(db(), id!);
    assert.equal(failed.status, "FAILED");
    assert.match(failed.lastError ?? "", /gave up after 10 attempts/);
    assert.equal((await db().prisma.letterDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status, "FAILED");
  });

  it("the development mailbox transport marks mail as sent without any SMTP server", async () => {
    const [id] = await queue(db());
    const result = await sendPendingEmails(db(), { transport: devMailboxTransport });
    assert.equal(result.sent, 1);
    const sent = await row(db(), id!);
    assert.equal(sent.status, "SENT");
    assert.equal(sent.transport, "dev-mailbox");
    assert.ok(sent.sentAt);
  });
});
