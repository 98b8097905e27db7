import { afterEach, beforeEach, it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import { describeOnDatabases } from "../testing/db";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/smtp";
import { enqueueEmail } from "./outbox";
import { sendPendingEmails } from "./send-pending";
import { createSmtpTransport } from "./transport";

// The SMTP server misbehaving in the ways send-pending.test.ts does not try (it covers refused connections,
// 451, 550 and the tenth failure): too slow to answer, slow but within the time, 421 mid-batch, 554 after
// the data, and gone in the middle of a batch. Each time: nothing lost, nothing delivered twice. A real SMTP
// server on loopback (lib/testing/smtp.ts); a message it never answered 250 to was not delivered.

const FROM = "Placard <placard@example.org>";
const SECOND = 1000;

async function queue(db: Database, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await db.prisma.$transaction((tx) => enqueueEmail(tx, { purpose: "test", to: `supporter${i}@example.org`, subject: `Message ${i}`, text: `Body ${i}` }));
    ids.push(id);
  }
  return ids;
}

describeOnDatabases("the outbox worker against a misbehaving SMTP server", (db) => {
  let smtp: TestSmtpServer | undefined;
  const opened: ReturnType<typeof createSmtpTransport>[] = [];
  const transportTo = (url: string) => {
    const transport = createSmtpTransport({ url, from: FROM, name: "smtp://test" });
    opened.push(transport);
    return transport;
  };
  const statuses = async () => (await db().prisma.outboxEmail.findMany({ orderBy: { subject: "asc" }, select: { status: true } })).map((r) => r.status);
  const delivered = () => (smtp?.messages ?? []).map((m) => m.subject).sort();

  beforeEach(async () => {
    await db().prisma.outboxEmail.deleteMany();
  });
  afterEach(async () => {
    for (const transport of opened.splice(0)) transport.close();
    await smtp?.close();
    smtp = undefined;
  });

  it("a server too slow to answer: the email stays queued (not delivered, not lost) and goes once it answers in time", async () => {
    smtp = await startTestSmtpServer({ delayMs: 1500 });
    // The worker waits 500 ms for an answer here (60 s in production: SMTP_URL's ?socketTimeout= overrides).
    const transport = transportTo(`${smtp.url}?socketTimeout=500`);
    await queue(db(), 1);
    const start = new Date();
    const slow = await sendPendingEmails(db(), { transport, now: start });
    assert.equal(slow.sent, 0);
    await new Promise((r) => setTimeout(r, 1500)); // the server finishes its wait and finds nobody listening
    assert.deepEqual(delivered(), [], "no 250 was heard, and the message was not kept");
    assert.deepEqual(await statuses(), ["PENDING"]);

    smtp.setDelayMs(200); // slow, but within the time
    assert.equal((await sendPendingEmails(db(), { transport, now: new Date(start.getTime() + 31 * SECOND) })).sent, 1);
    assert.deepEqual(delivered(), ["Message 0"]);
    assert.deepEqual(await statuses(), ["SENT"]);
  });

  it("a slow server that answers in time gets each of a batch once, and every email is marked sent", async () => {
    smtp = await startTestSmtpServer({ delayMs: 100 });
    const transport = transportTo(smtp.url);
    await queue(db(), 6);
    assert.deepEqual(await sendPendingEmails(db(), { transport, batchSize: 25 }), { claimed: 6, sent: 6, retrying: 0, failed: 0, released: 0 });
    assert.deepEqual(delivered(), ["Message 0", "Message 1", "Message 2", "Message 3", "Message 4", "Message 5"]);
    assert.deepEqual(await statuses(), Array(6).fill("SENT"));
  });

  it("421 (the server is closing): stops the batch, keeps every email queued without losing attempts, then delivers each once", async () => {
    smtp = await startTestSmtpServer({ behaviour: "unavailable" });
    const transport = transportTo(smtp.url);
    await queue(db(), 4);
    const start = new Date();
    assert.deepEqual(await sendPendingEmails(db(), { transport, now: start }), { claimed: 4, sent: 0, retrying: 1, failed: 0, released: 3 });
    assert.deepEqual(await statuses(), Array(4).fill("PENDING"));

    smtp.setBehaviour("accept");
    const later = await sendPendingEmails(db(), { transport, now: new Date(start.getTime() + 31 * SECOND) });
    assert.equal(later.sent, 4);
    assert.deepEqual(delivered(), ["Message 0", "Message 1", "Message 2", "Message 3"]);
  });

  it("554 after the message's data: that email fails with the reason, and it is not retried", async () => {
    smtp = await startTestSmtpServer({ behaviour: "reject-data" });
    const transport = transportTo(smtp.url);
    const [id] = await queue(db(), 1);
    const start = new Date();
    assert.deepEqual(await sendPendingEmails(db(), { transport, now: start }), { claimed: 1, sent: 0, retrying: 0, failed: 1, released: 0 });
    const row = await db().prisma.outboxEmail.findUniqueOrThrow({ where: { id: id! } });
    assert.equal(row.status, "FAILED");
    assert.match(row.lastError ?? "", /554.*rejected as spam/);
    smtp.setBehaviour("accept");
    assert.equal((await sendPendingEmails(db(), { transport, now: new Date(start.getTime() + 3600 * SECOND) })).claimed, 0);
    assert.deepEqual(delivered(), []);
  });

  it("the server goes away in the middle of a batch: what it accepted is not sent again, the rest goes once it is back", async () => {
    smtp = await startTestSmtpServer({ delayMs: 50 });
    const port = smtp.port;
    const transport = transportTo(smtp.url);
    await queue(db(), 10);
    const start = new Date();
    const first = smtp;
    const sending = sendPendingEmails(db(), { transport, now: start, batchSize: 25 });
    await first.waitFor(() => first.messages.length >= 3);
    await first.close(); // stops accepting; open connections end
    const cut = await sending;
    assert.equal(cut.sent + cut.retrying + cut.released, 10, "every email of the batch is accounted for");

    smtp = await startTestSmtpServer({ port });
    for (const minutes of [1, 3, 10]) await sendPendingEmails(db(), { transport, now: new Date(start.getTime() + minutes * 60 * SECOND) });
    const all = [...first.messages, ...smtp.messages].map((m) => m.subject).sort();
    assert.deepEqual(all, Array.from({ length: 10 }, (_, i) => `Message ${i}`).sort(), "each email delivered exactly once");
    assert.deepEqual(await statuses(), Array(10).fill("SENT"));
  });
});
