import { beforeEach, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { enqueueEmail, InvalidEmailError, type OutboxEmailInput } from "./outbox";
import { env } from "../env";
import { sealToken } from "./sealed-token";
import { renderedEmailsTo } from "./render";

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

  it("queues a template's name and data with the token sealed, which read back as the finished email in the supporter's language", async () => {
    const { prisma } = db();
    const token = "A".repeat(43);
    await enqueueEmail(prisma, {
      purpose: "signature-confirmation",
      to: "aigul@example.org",
      template: "signature-confirmation",
      data: { locale: "ru", petitionTitle: "Справедливость для Жанаозена", token: sealToken(token, env().authSecret), validDays: 7, isReminder: false },
    });
    const row = await prisma.outboxEmail.findFirstOrThrow({ where: { to: "aigul@example.org" } });
    assert.equal(row.subject, null, "nothing is rendered while the supporter waits");
    assert.equal(row.template, "signature-confirmation");
    assert.ok(!JSON.stringify(row.templateData).includes(token), "the stored row holds no working token");
    const [email] = await renderedEmailsTo(db(), "aigul@example.org");
    assert.match(email!.subject, /Справедливость для Жанаозена/);
    assert.match(email!.text, /^Здравствуйте!/);
    assert.match(email!.text, new RegExp(`/ru/signatures/confirm\\?token=${token}`));
    assert.match(email!.html ?? "", /<a href="[^"]+\/ru\/signatures\/confirm\?token=A+"/);
  });

  it("still sends a confirmation queued before tokens were sealed (a plain token and a name), without the name", async () => {
    const token = "C".repeat(43);
    await db().prisma.outboxEmail.create({
      data: {
        purpose: "signature-confirmation",
        to: "legacy@example.org",
        template: "signature-confirmation",
        templateData: { locale: "en", name: "Call 555-0100 now", petitionTitle: "Justice for Zhanaozen", token, validDays: 7, isReminder: false },
      },
    });
    const [email] = await renderedEmailsTo(db(), "legacy@example.org");
    assert.match(email!.text, new RegExp(`/en/signatures/confirm\\?token=${token}`));
    assert.doesNotMatch(email!.text, /555-0100/);
  });

  it("refuses an unknown template, or data that does not fit its template, naming the field and writing nothing", async () => {
    const { prisma } = db();
    const base = { purpose: "signature-confirmation", to: "aigul@example.org", template: "signature-confirmation" } as const;
    const data = { locale: "en", name: "Aigul", petitionTitle: "Justice for Zhanaozen", token: "A".repeat(43), validDays: 7, isReminder: false } as const;
    const refused: [string, unknown][] = [
      ["template", { ...base, template: "no-such-template", data }],
      ["data.token", { ...base, data: { ...data, token: "short" } }],
      ["data.locale", { ...base, data: { ...data, locale: "xx" } }],
      ["data", { ...base, data: { ...data, confirmUrl: "https://evil.example.com/" } }],
      ["data.name", { ...base, data: { ...data, name: "" } }],
    ];
    for (const [field, input] of refused) {
      await assert.rejects(
        enqueueEmail(prisma, input as OutboxEmailInput),
        (error: unknown) => error instanceof InvalidEmailError && error.field === field,
        `expected ${field} to be refused`,
      );
    }
    assert.equal(await prisma.outboxEmail.count(), 0);
  });

  it("cannot hold a row with neither a template nor a text (the database refuses it too)", async () => {
    await assert.rejects(db().sql.query(`INSERT INTO "OutboxEmail" (id, purpose, "to") VALUES ('x', 'test', 'a@example.org')`), /OutboxEmail_content_check/);
    assert.equal(await db().prisma.outboxEmail.count(), 0);
  });
});
