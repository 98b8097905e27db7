import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import { describeOnDatabases } from "../testing/db";
import { enqueueEmail } from "../mail/outbox";
import { jobs, sendPendingEmailsJob } from "./jobs";
import { startWorker, type WorkerLog } from "./worker";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fakeDb = {} as Database;

function collectingLog() {
  const lines: string[] = [];
  const log: WorkerLog = { info: (line) => lines.push(`info ${line}`), error: (line) => lines.push(`error ${line}`) };
  return { lines, log };
}

describe("the background worker loop", () => {
  it("runs each job when it is due, survives a failing job, and reports it without addresses", async () => {
    const runs = { often: 0, rarely: 0, broken: 0 };
    const { lines, log } = collectingLog();
    const worker = startWorker(fakeDb, {
      intervalMs: 20,
      log,
      jobs: [
        {
          name: "broken",
          everyMs: 0,
          run: async () => {
            runs.broken++;
            throw new Error("could not reach supporter@example.org");
          },
        },
        { name: "often", everyMs: 0, run: async () => void runs.often++ },
        { name: "rarely", everyMs: 60_000, run: async () => (runs.rarely++, "did a thing") },
      ],
    });
    await sleep(250);
    await worker.stop();
    assert.ok(runs.often >= 5, `the every-tick job ran ${runs.often} times`);
    assert.equal(runs.rarely, 1, "the ten-minute job ran once");
    assert.ok(runs.broken >= 2, "the failing job is tried again");
    assert.ok(runs.broken < runs.often, "and backs off");
    assert.ok(lines.includes("info placard worker: rarely: did a thing"));
    const failure = lines.find((l) => l.startsWith("error placard worker: broken failed"));
    assert.ok(failure?.includes("could not reach <address>"), failure);
    assert.ok(!lines.some((l) => l.includes("supporter@")));
  });

  it("stops after the job in progress has finished, and runs nothing afterwards", async () => {
    let running = false;
    let finished = 0;
    const worker = startWorker(fakeDb, {
      intervalMs: 10,
      log: collectingLog().log,
      jobs: [{ name: "slow", everyMs: 0, run: async () => ((running = true), await sleep(60), (running = false), void finished++) }],
    });
    await sleep(30);
    await worker.stop();
    assert.equal(running, false);
    const after = finished;
    await sleep(60);
    assert.equal(finished, after);
  });

  it("has the mail and purge jobs the deployment relies on", () => {
    const mine = new Set(["send-pending-emails", "purge-rate-limits", "purge-sent-mail"]);
    assert.deepEqual(
      jobs.filter((j) => mine.has(j.name)).map((j) => [j.name, j.everyMs]),
      [
        ["send-pending-emails", 0],
        ["purge-rate-limits", 600_000],
        ["purge-sent-mail", 3_600_000],
      ],
    );
  });
});

describeOnDatabases("the worker's jobs on a real database", (db) => {
  it("purges expired rate-limit windows and old mail, keeping what is recent or still queued", async () => {
    const { prisma } = db();
    const day = 24 * 3600 * 1000;
    const ago = (days: number) => new Date(Date.now() - days * day);
    const make = (subject: string, data: object) =>
      prisma.outboxEmail.create({ data: { purpose: "test", to: "someone@example.org", subject, text: "x", ...data } });
    await make("sent 31 days ago", { status: "SENT", sentAt: ago(31), createdAt: ago(31) });
    await make("sent 29 days ago", { status: "SENT", sentAt: ago(29), createdAt: ago(29) });
    await make("failed 91 days ago", { status: "FAILED", createdAt: ago(91) });
    await make("failed 89 days ago", { status: "FAILED", createdAt: ago(89) });
    await make("queued 200 days ago", { status: "PENDING", createdAt: ago(200) });
    await prisma.rateLimitBucket.createMany({ data: [{ key: "gone", count: 1, resetAt: ago(1) }, { key: "kept", count: 1, resetAt: new Date(Date.now() + day) }] });

    for (const job of jobs.filter((j) => j.name.startsWith("purge-"))) await job.run(db());

    const left = await prisma.outboxEmail.findMany({ select: { subject: true }, orderBy: { subject: "asc" } });
    assert.deepEqual(left.map((r) => r.subject), ["failed 89 days ago", "queued 200 days ago", "sent 29 days ago"]);
    assert.deepEqual((await prisma.rateLimitBucket.findMany()).map((b) => b.key), ["kept"]);
  });

  it("runs in the background and sends queued mail (to the development mailbox: no SMTP_URL in tests), several workers at once", async () => {
    const { prisma } = db();
    await prisma.outboxEmail.deleteMany();
    for (let i = 0; i < 6; i++) await enqueueEmail(prisma, { purpose: "test", to: `reader${i}@example.org`, subject: `News ${i}`, text: "Hello" });
    const log = collectingLog();
    const workers = [1, 2, 3].map(() => startWorker(db(), { intervalMs: 50, log: log.log }));
    const deadline = Date.now() + 10_000;
    while ((await prisma.outboxEmail.count({ where: { status: { not: "SENT" } } })) > 0 && Date.now() < deadline) await sleep(50);
    await Promise.all(workers.map((w) => w.stop()));
    const rows = await prisma.outboxEmail.findMany({ where: { subject: { startsWith: "News" } } });
    assert.equal(rows.length, 6);
    assert.ok(rows.every((r) => r.status === "SENT" && r.attempts === 1), JSON.stringify(rows.map((r) => [r.status, r.attempts, r.lastError])));
    assert.ok(!log.lines.some((l) => l.startsWith("error")), log.lines.join("\n"));
  });

  it("keeps up with a surge: a long queue is sent in one tick, not 25 emails a tick", async () => {
    const { prisma } = db();
    await prisma.outboxEmail.deleteMany();
    await prisma.outboxEmail.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ purpose: "test", to: `surge${i}@example.org`, subject: `Surge ${i}`, text: "Hello" })),
    });
    const log = collectingLog();
    // One tick a minute: only draining within the tick can send them all in the time this test waits.
    const worker = startWorker(db(), { intervalMs: 60_000, jobs: [sendPendingEmailsJob({ drainMs: 60_000 })], log: log.log });
    const deadline = Date.now() + 30_000;
    while ((await prisma.outboxEmail.count({ where: { status: { not: "SENT" } } })) > 0 && Date.now() < deadline) await sleep(50);
    await worker.stop();
    assert.equal(await prisma.outboxEmail.count({ where: { status: "SENT" } }), 120, log.lines.join("\n"));
  });
});
