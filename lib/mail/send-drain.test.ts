import { afterEach, beforeEach, it } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import type { Database } from "../db/client";
import { describeOnDatabases } from "../testing/db";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/smtp";
import { testTransports } from "../testing/transports";
import { enqueueEmail, outboxColumns } from "./outbox";
import { drainPendingEmails } from "./send-pending";
import type { MailTransport } from "./transport";

// A backlog drained as a stream (docs/decisions/025): the next rows are claimed while the claimed ones go out.

const FROM = "Placard <placard@example.org>";
const MINUTE = 60_000;

/** `count` letters due now, as the composer queues them (priority LETTER), oldest first. */
async function queueLetters(db: Database, count: number): Promise<string[]> {
  const due = Date.now() - MINUTE;
  const rows = Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    ...outboxColumns({ purpose: "letter", to: `embassy${i}@example.org`, subject: `Letter ${i}`, text: "Release the workers.", priority: "LETTER", notBefore: new Date(due + i) }),
  }));
  await db.prisma.outboxEmail.createMany({ data: rows });
  return rows.map((r) => r.id);
}

describeOnDatabases("draining a backlog of mail", (db) => {
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

  it("two workers draining one backlog of 300 letters at once send each exactly once, and mark each sent", async () => {
    smtp = await startTestSmtpServer();
    const ids = await queueLetters(db(), 300);
    const drain = () => drainPendingEmails(db(), { transport: transportTo(smtp!.url), batchSize: 20, claimUntil: Date.now() + MINUTE });
    const [a, b] = await Promise.all([drain(), drain()]);
    assert.equal(a.sent + b.sent, 300);
    assert.ok(a.sent > 0 && b.sent > 0, `both workers took part (${a.sent} and ${b.sent})`);
    assert.deepEqual([a.backlog, b.backlog], [false, false], "the queue was drained");
    assert.deepEqual(smtp.messages.map((m) => m.messageId).sort(), ids.map((id) => `<outbox.${id}@example.org>`).sort(), "each letter once, none twice");
    assert.equal(await db().prisma.outboxEmail.count({ where: { status: "SENT", attempts: 1 } }), 300);
  });

  it("sends a confirmation queued during a backlog of letters before the letters still waiting: at most one batch goes first", async () => {
    smtp = await startTestSmtpServer();
    await queueLetters(db(), 200);
    const real = transportTo(smtp.url);
    let sentWhenQueued = -1;
    let confirmation: Promise<{ id: string }> | undefined;
    // The real transport; when the 30th letter has been accepted, a supporter signs and a confirmation is queued.
    const transport: MailTransport = {
      name: real.name,
      parallel: real.parallel,
      async send(email) {
        await real.send(email);
        if (smtp!.messages.length >= 30 && !confirmation) {
          sentWhenQueued = smtp!.messages.length;
          confirmation = enqueueEmail(db().prisma, { purpose: "test", to: "waiting-supporter@example.org", subject: "Confirm your signature", text: "Click the link." });
        }
      },
      close: () => real.close(),
    };
    const result = await drainPendingEmails(db(), { transport, batchSize: 20, claimUntil: Date.now() + MINUTE });
    await confirmation;
    assert.equal(result.sent, 201);
    const position = smtp.messages.findIndex((m) => m.subject === "Confirm your signature");
    const lettersBefore = position - sentWhenQueued;
    assert.ok(position >= 0 && lettersBefore <= 20 + 2, `${lettersBefore} letters went out between its queueing and its sending (at most a batch of 20 and one on each connection)`);
  });

  it("stops claiming at its deadline with the queue still full, and says so, leaving the rest queued", async () => {
    smtp = await startTestSmtpServer();
    await queueLetters(db(), 60);
    const result = await drainPendingEmails(db(), { transport: transportTo(smtp.url), batchSize: 20, claimUntil: 0 });
    assert.deepEqual(result, { claimed: 20, sent: 20, retrying: 0, failed: 0, released: 0, backlog: true });
    assert.equal(await db().prisma.outboxEmail.count({ where: { status: "PENDING" } }), 40);
    const rest = await drainPendingEmails(db(), { transport: transportTo(smtp.url), batchSize: 20, claimUntil: Date.now() + MINUTE });
    assert.deepEqual(rest, { claimed: 40, sent: 40, retrying: 0, failed: 0, released: 0, backlog: false });
    assert.equal(smtp.messages.length, 60);
  });
});
