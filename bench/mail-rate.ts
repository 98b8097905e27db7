// How fast one mail worker empties a queue of confirmation emails (docs/decisions/020): 3,000 templated
// emails on a fresh PostgreSQL database, sent in batches of 25 as the worker's job does, once through the
// development mailbox (rendering and bookkeeping only) and once through a real SMTP server on loopback.
// `npx tsx bench/mail-rate.ts` (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
import crypto from "node:crypto";
import pg from "pg";
import { openDatabase } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { outboxColumns } from "../lib/mail/outbox";
import { sendPendingEmails } from "../lib/mail/send-pending";
import { createSmtpTransport, devMailboxTransport, type MailTransport } from "../lib/mail/transport";
import { confirmationEmail } from "../lib/signatures/reminders";
import { newConfirmationToken } from "../lib/signatures/token";
import { startTestSmtpServer } from "../lib/testing/smtp";
import { DEFAULT_SERVER_URL } from "./database";

const EMAILS = Number(process.env.MAIL_RATE_EMAILS ?? 3000);
const server = process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL;

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function measure(label: string, transport: MailTransport) {
  const name = `placard_mailrate_${crypto.randomBytes(4).toString("hex")}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString(), display: name });
  try {
    await migrate(db.sql);
    const now = new Date(Date.now() - 1000);
    for (let start = 0; start < EMAILS; start += 500) {
      const data = Array.from({ length: Math.min(500, EMAILS - start) }, (_, i) => ({
        ...outboxColumns(confirmationEmail({ to: `s${start + i}@example.org`, locale: "en", petitionTitle: "Justice", token: newConfirmationToken(now, 30).token, validDays: 30, isReminder: false })),
        nextAttemptAt: now,
      }));
      await db.prisma.outboxEmail.createMany({ data });
    }
    const started = performance.now();
    let sent = 0;
    for (;;) {
      const r = await sendPendingEmails(db, { batchSize: 25, transport });
      sent += r.sent;
      if (r.claimed === 0) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const marked = await db.prisma.outboxEmail.count({ where: { status: "SENT" } });
    console.log(`${label}: ${sent} sent, ${marked} marked, in ${seconds.toFixed(2)} s: ${(sent / seconds).toFixed(0)} emails/s`);
  } finally {
    await db.close();
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

await measure("development mailbox", devMailboxTransport);
const smtp = await startTestSmtpServer();
const transport = createSmtpTransport({ url: smtp.url, from: "Placard <placard@example.org>" });
await measure("SMTP on loopback", transport);
transport.close();
await smtp.close();
