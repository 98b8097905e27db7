import { beforeEach, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { enqueueEmail, InvalidEmailError, type OutboxEmailInput } from "./outbox";

const valid: OutboxEmailInput = {
  purpose: "signature-confirmation",
  to: "supporter@example.org",
  subject: "Please confirm your signature",
  text: "Press the button to confirm.",
};

describeOnDatabases("queueing an email", (db) => {
  beforeEach(async () => {
    await db().prisma.outboxEmail.deleteMany();
  });

  it("writes the email with its cause, and not at all when the cause's transaction rolls back", async () => {
    const { prisma } = db();
    await assert.rejects(
      prisma.$transaction(async (tx) => {
        await tx.rateLimitBucket.create({ data: { key: "the-cause", count: 1, resetAt: new Date() } });
        await enqueueEmail(tx, valid);
        throw new Error("the signature could not be saved");
      }),
      /could not be saved/,
    );
    assert.equal(await prisma.outboxEmail.count(), 0);
    assert.equal(await prisma.rateLimitBucket.count({ where: { key: "the-cause" } }), 0);

    const { id } = await prisma.$transaction((tx) => enqueueEmail(tx, { ...valid, html: "<p>Press</p>", replyTo: "campaign@example.org" }));
    const row = await prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
    assert.equal(row.status, "PENDING");
    assert.equal(row.attempts, 0);
    assert.equal(row.to, "supporter@example.org");
    assert.equal(row.html, "<p>Press</p>");
    assert.equal(row.replyTo, "campaign@example.org");
  });

  it("refuses header injection, address lists, unknown fields and oversized bodies, writing nothing", async () => {
    const { prisma } = db();
    const refused: [string, Record<string, unknown>][] = [
      ["to", { to: "a@example.org, b@example.org" }],
      ["to", { to: "Someone <a@example.org>" }],
      ["to", { to: "a@example.org\r\nBcc: victim@example.com" }],
      ["to", { to: "not an address" }],
      ["subject", { subject: "Hello\r\nBcc: victim@example.com" }],
      ["subject", { subject: "Hello\nthere" }],
      ["subject", { subject: "   " }],
      ["replyTo", { replyTo: "campaign@example.org\nBcc: victim@example.com" }],
      ["text", { text: "" }],
      ["text", { text: "x".repeat(100_001) }],
      ["purpose", { purpose: "Sign In" }],
      ["input", { bcc: "victim@example.com" }],
    ];
    for (const [field, change] of refused) {
      await assert.rejects(
        enqueueEmail(prisma, { ...valid, ...change } as OutboxEmailInput),
        (error: unknown) => error instanceof InvalidEmailError && error.field === field && !error.message.includes("victim"),
        `expected ${JSON.stringify(change).slice(0, 60)} to be refused on ${field}`,
      );
    }
    assert.equal(await prisma.outboxEmail.count(), 0);
  });
});
