import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { openDatabase, type Database } from "../db/client";
import { isDatabaseUnavailable } from "../db/is-unavailable";
import { migrate } from "../db/migrate";
import { sendPendingEmails } from "../mail/send-pending";
import { createSmtpTransport } from "../mail/transport";
import { startPgCluster, type PgCluster } from "../testing/pg-cluster";
import { startTestSmtpServer } from "../testing/smtp";
import { confirmSignature } from "./confirm";
import { countNewSignatures, reconcileSignatureCounts } from "./count";
import { openPetition, signForm } from "./fixtures";
import { signPetition } from "./sign";

// PostgreSQL stopped and started under a surge of signatures (issue 9, "fault tests"): 200 signers arrive
// over about a second; the server stops part way (pg_ctl stop -m fast: connections cut mid-statement) and
// starts again; every signer whose try failed tries once more, as the 503 page asks. In the end: each
// signer's signature stored once, each confirmation queued once and delivered once, and the count exact,
// also when the counter itself runs into the stopped server. A throwaway cluster of the test's own.

const SIGNERS = 200;

let cluster: PgCluster;
let db: Database;

describe("signing while PostgreSQL stops and starts under load", () => {
  before(async () => {
    cluster = await startPgCluster();
    db = await openDatabase({ kind: "postgres", url: await cluster.createDatabase("placard"), display: "restart" });
    await migrate(db.sql);
  });
  after(async () => {
    if (!cluster.isRunning()) await cluster.start();
    await db.close();
    await cluster.destroy();
  });

  it("loses and doubles no signature, email or count", async () => {
    const petition = await openPetition(db);
    const forms = Array.from({ length: SIGNERS }, (_, i) => signForm(petition.id, { email: `signer-${i}@example.org`, name: `Signer ${i}` }));
    // 200 signers at one domain from 200 addresses: the caps on mail to unconfirmed addresses (tested in
    // unconfirmed-mail.test.ts) are opened wide here, so that every signer's email is expected.
    const mailCaps = { perClient: [{ count: 1000, seconds: 60 }], perDomain: [{ count: 1000, seconds: 60 }], perLargeDomain: [{ count: 1000, seconds: 60 }], largeDomains: [] };
    const options = (i: number) => ({ ip: `198.51.100.${i % 250}`, locale: "en" as const, limits: [{ count: 100, seconds: 60 }], mailCaps });

    // 200 signers over about a second; the server stops after a third of them have started.
    const outcomes: Promise<"ok" | unknown>[] = [];
    let stopping: Promise<void> | undefined;
    for (let i = 0; i < SIGNERS; i++) {
      outcomes.push(signPetition(db, petition.address, forms[i], options(i)).then((r) => (r.ok ? "ok" : r), (error: unknown) => error));
      if (i === Math.floor(SIGNERS / 3)) stopping = cluster.stop();
      await new Promise((r) => setTimeout(r, 5));
    }
    await stopping;
    const first = await Promise.all(outcomes);
    const failed = first.flatMap((outcome, i) => (outcome === "ok" ? [] : [i]));
    assert.ok(failed.length > 0 && failed.length < SIGNERS, `some signers were cut off, not all (${failed.length} of ${SIGNERS})`);
    for (const i of failed) assert.ok(isDatabaseUnavailable(first[i]), `signer ${i} was told "try again" (503), not a bare 500: ${String(first[i])}`);

    // The counter runs into the stopped server too.
    await assert.rejects(countNewSignatures(db));

    await cluster.start();
    const retried = await Promise.all(failed.map((i) => signPetition(db, petition.address, forms[i], options(i))));
    assert.deepEqual(retried.filter((r) => !r.ok), [], "every retry was answered as a signature");

    const perEmail = await db.sql.query<{ email: string; n: number }>(`SELECT email, count(*)::int AS n FROM "Signature" WHERE "petitionId" = $1 GROUP BY email`, [petition.id]);
    assert.equal(perEmail.length, SIGNERS, "every signer is stored");
    assert.deepEqual(perEmail.filter((r) => r.n !== 1), [], "nobody twice");
    const mails = await db.sql.query<{ to: string; n: number }>(`SELECT "to", count(*)::int AS n FROM "OutboxEmail" GROUP BY "to"`);
    assert.equal(mails.length, SIGNERS, "every signer's confirmation is queued");
    assert.deepEqual(mails.filter((r) => r.n !== 1), [], "none twice");

    // Delivered once each, and every signer confirms from their email.
    const smtp = await startTestSmtpServer();
    const transport = createSmtpTransport({ url: smtp.url, from: "Placard <placard@example.org>" });
    try {
      while ((await sendPendingEmails(db, { batchSize: 25, transport })).claimed > 0);
      assert.equal(smtp.messages.length, SIGNERS);
      assert.equal(new Set(smtp.messages.map((m) => m.to[0])).size, SIGNERS, "one confirmation per signer");
      const half = smtp.messages.slice(0, SIGNERS / 2);
      const rest = smtp.messages.slice(SIGNERS / 2);
      const confirmAll = (messages: typeof half) =>
        Promise.all(messages.map((m) => confirmSignature(db, new URL(/https?:\/\/\S+\/signatures\/confirm\?token=\S+/.exec(m.text)![0]).searchParams.get("token"), { locale: "en" })));
      assert.deepEqual(new Set((await confirmAll(half)).map((r) => r.kind)), new Set(["confirmed"]));

      // The count: counted once the confirmations are older than the counter's lag, then the server stops
      // again under the counter, and the rest are confirmed and counted after it is back.
      await new Promise((r) => setTimeout(r, 2100));
      await countNewSignatures(db);
      await cluster.stop();
      await assert.rejects(countNewSignatures(db));
      await cluster.start();
      assert.deepEqual(new Set((await confirmAll(rest)).map((r) => r.kind)), new Set(["confirmed"]));
      await new Promise((r) => setTimeout(r, 2100));
      await countNewSignatures(db);
      const { signatureCount } = await db.prisma.petition.findUniqueOrThrow({ where: { id: petition.id }, select: { signatureCount: true } });
      assert.equal(signatureCount, SIGNERS, "the count is exact");
      assert.deepEqual(await reconcileSignatureCounts(db), { checked: 1, corrected: 0 }, "a full recount agrees");
    } finally {
      transport.close();
      await smtp.close();
    }
  });
});
