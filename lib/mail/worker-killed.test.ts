import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { openDatabase, type Database } from "../db/client";
import { migrate } from "../db/migrate";
import { startPgCluster, type PgCluster } from "../testing/pg-cluster";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/smtp";
import { enqueueEmail } from "./outbox";

// The mail worker (`npm run worker`, scripts/worker.ts, a process of its own) is killed with SIGKILL while it
// sends a batch through a slow SMTP server; a new worker takes over once the killed one's leases have
// expired. Every email reaches the server exactly once: the ones the killed worker had delivered are not
// sent again (issue 9, "the worker killed mid-batch"; docs/decisions/020).

const EMAILS = 25; // one batch (lib/worker/jobs.ts)
const DELAY_MS = 300; // the server answers each message after this long

let cluster: PgCluster;
let url: string;
let db: Database;
let smtp: TestSmtpServer;
const workers: ChildProcess[] = [];

function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: url, SMTP_URL: smtp.url, MAIL_FROM: "Placard <placard@example.org>", APP_URL: "http://localhost:3000", WORKER_INTERVAL_MS: "100" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  workers.push(child);
  return child;
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("the mail worker killed mid-batch (a worker process, PostgreSQL, a slow SMTP server)", () => {
  before(async () => {
    cluster = await startPgCluster();
    url = await cluster.createDatabase("placard");
    db = await openDatabase({ kind: "postgres", url, display: "worker-kill" });
    await migrate(db.sql);
    smtp = await startTestSmtpServer({ delayMs: DELAY_MS });
  });
  after(async () => {
    for (const child of workers) if (child.exitCode === null) child.kill("SIGKILL");
    await smtp.close();
    await db.close();
    await cluster.destroy();
  });

  it("delivers each email exactly once after a SIGKILL and a new worker", async () => {
    for (let i = 0; i < EMAILS; i++) {
      await db.prisma.$transaction((tx) => enqueueEmail(tx, { purpose: "test", to: `supporter${i}@example.org`, subject: `Message ${i}`, text: `Body ${i}` }));
    }
    const first = startWorkerProcess();
    // Killed in the middle of the batch: eight delivered, the ninth waiting for the server's answer.
    await until(() => smtp.messages.length >= 8, "eight deliveries");
    await new Promise((r) => setTimeout(r, DELAY_MS / 2));
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    const deliveredBeforeKill = smtp.messages.length;
    assert.ok(deliveredBeforeKill < EMAILS, "the batch was cut off part way");

    // Ten minutes later (the lease, lib/mail/send-pending.ts LEASE_MS): the killed worker's rows are free again.
    await db.sql.query(`UPDATE "OutboxEmail" SET "lockedUntil" = now() - interval '1 second' WHERE status = 'SENDING'`);
    startWorkerProcess();
    await until(async () => (await db.prisma.outboxEmail.count({ where: { status: "SENT" } })) === EMAILS, "every email marked sent");
    await new Promise((r) => setTimeout(r, 2 * DELAY_MS)); // a duplicate would be on its way now

    const ids = smtp.messages.map((m) => m.messageId);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual(twice, [], `no email delivered twice (${deliveredBeforeKill} delivered before the kill)`);
    assert.equal(new Set(ids).size, EMAILS, "every email delivered");
    assert.deepEqual(
      smtp.messages.map((m) => m.to[0]).sort(),
      Array.from({ length: EMAILS }, (_, i) => `supporter${i}@example.org`).sort(),
    );
  });
});
