// Letters to targets (issue 11): 10,000 queued letters (priority LETTER, due now, over 400 targets so that
// pacing holds none back) delivered to an SMTP server on loopback by the real worker (`npm run worker`,
// scripts/worker.ts: the send-pending job through lib/mail/transport.ts), beside raw nodemailer with the
// same pool settings sending the same messages in the same run (before and after the worker; the baseline
// is their mean). Figures: messages per second, the ratio (goal ≥ 0.8×), the worker's peak RSS, CPU a message
// (the worker, the PostgreSQL processes serving it, raw nodemailer) and commits a message, and, while
// the backlog drains, how long a signature confirmation (HIGH) queued then takes to reach the server
// (goal ≤ 2 s; three probes, the worst counts). Its own database, dropped at the end.
// Alone: `npx tsx bench/letter-delivery.ts`; `npm run bench` runs it as one section. BENCH_LETTERS=2000: fewer
// letters; BENCH_CHILD_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": profiles of the worker and raw rounds.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { setTimeout as sleep } from "node:timers/promises";
import { openDatabase } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { enqueueEmail, outboxColumns } from "../lib/mail/outbox";
import { confirmationEmail } from "../lib/signatures/reminders";
import { newConfirmationToken } from "../lib/signatures/token";
import { DEFAULT_SERVER_URL } from "./database";

const LETTERS = Number(process.env.BENCH_LETTERS ?? 10_000);
const TARGETS = 400;
const FROM = "Placard <placard@example.org>";
const PROBE_AT = [0.2, 0.5, 0.8];

export type LetterFigures = {
  letters: number;
  workerPerSecond: number;
  rawPerSecond: number[];
  ratio: number;
  workerPeakRssMb: number;
  rawPeakRssMb: number;
  confirmationMs: number[];
  /** CPU a message: the worker process, the PostgreSQL processes serving it, raw nodemailer (mean of its rounds). */
  cpuMsPerMessage: { worker: number; database: number; raw: number };
  commitsPerMessage: number;
};

export function sink() {
  let received = 0;
  const probes = new Map<string, (at: number) => void>();
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ["AUTH", "STARTTLS"], logger: false, size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        received++;
        for (const r of session.envelope.rcptTo) probes.get(r.address)?.(performance.now());
        callback();
      });
    },
  });
  return {
    server,
    get received() {
      return received;
    },
    reset() {
      received = 0;
    },
    arrival(address: string) {
      return new Promise<number>((resolve) => probes.set(address, resolve));
    },
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
      return `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`;
    },
  };
}

async function onServer(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}

export async function queueLetters(db: Awaited<ReturnType<typeof openDatabase>>) {
  const campaign = await db.prisma.campaign.create({ data: { slug: "bench-letters", status: "LIVE", locales: ["en"], copyToEmails: ["copies@example.org"] }, select: { id: true } });
  const targets = await db.prisma.target.createManyAndReturn({
    data: Array.from({ length: TARGETS }, (_, i) => ({ campaignId: campaign.id, slug: `t${i}`, kind: "EMBASSY" as const, name: `Embassy ${i}`, country: "DE", emails: [`embassy${i}@example.org`], phones: [] })),
    select: { id: true, emails: true, name: true },
  });
  const due = new Date(Date.now() - 1000);
  for (let start = 0; start < LETTERS; start += 1000) {
    const n = Math.min(1000, LETTERS - start);
    const letters = Array.from({ length: n }, (_, k) => ({ id: crypto.randomUUID(), i: start + k }));
    await db.prisma.letter.createMany({
      data: letters.map(({ id, i }) => ({ id, campaignId: campaign.id, senderName: `Sender ${i}`, senderEmail: `sender${i}@example.org`, senderEmailNormalised: `sender${i}@example.org`, senderCountry: "DE", subject: "Release the workers", body: "x", locale: "en", status: "CONFIRMED" as const, confirmedAt: due })),
    });
    const emails = letters.map(({ i }) => {
      const target = targets[i % TARGETS]!;
      return {
        id: crypto.randomUUID(),
        ...outboxColumns({
          purpose: "letter", to: target.emails[0]!, subject: `Release the workers (${i})`, replyTo: `sender${i}@example.org`, fromName: `Sender ${i} via Placard`, cc: ["copies@example.org"], priority: "LETTER", notBefore: due,
          text: `Dear ${target.name},\n\n${"We ask you to release the striking oil workers and to investigate the shootings. ".repeat(12)}\n\nSender ${i}, Cologne, Germany`,
        }),
      };
    });
    await db.prisma.outboxEmail.createMany({ data: emails });
    await db.prisma.letterDelivery.createMany({
      data: letters.map(({ id, i }, k) => ({ letterId: id, targetId: targets[i % TARGETS]!.id, recipientKind: "TARGET" as const, recipient: emails[k]!.to, dedupeKey: `bench:${i}`, scheduledFor: due, outboxEmailId: emails[k]!.id })),
    });
  }
}

function run(args: string[], env: Record<string, string>) {
  const { SMTP_URL: _s, APP_URL: _a, ...inherited } = process.env;
  const child = spawn(process.execPath, [...(process.env.BENCH_CHILD_NODE_ARGS?.split(" ").filter(Boolean) ?? []), "--import", "tsx", ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...inherited, ...env } });
  let output = "";
  child.stdout.on("data", (c: Buffer) => void (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => void (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, exited, output: () => output };
}

/** CPU time (user + system) a running process has used so far, in seconds (Linux: /proc/<pid>/stat). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds of the PostgreSQL server processes serving this database (the worker's connections), by pid. */
async function backendCpu(db: Awaited<ReturnType<typeof openDatabase>>): Promise<Map<number, number>> {
  const rows = await db.sql.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      cpu.set(pid, cpuSeconds(pid));
    } catch {
      // Another machine's server, or a process that has just ended: not counted.
    }
  }
  return cpu;
}

/** Peak resident memory of a running process (Linux: VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const line = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return line ? Number(line[1]) / 1024 : NaN;
}

async function rawRound(url: string, smtpUrl: string): Promise<{ perSecond: number; rssMb: number; cpuMsPerMessage: number }> {
  const raw = run(["bench/letter-raw-child.ts", url, smtpUrl, FROM], {});
  const code = await raw.exited;
  const last = raw.output().trim().split("\n").pop() ?? "";
  if (code !== 0) throw new Error(`raw nodemailer failed (exit ${code}):\n${raw.output().slice(-2000)}`);
  const r = JSON.parse(last) as { sent: number; seconds: number; maxRssMb: number; cpuSeconds: number };
  return { perSecond: r.sent / r.seconds, rssMb: r.maxRssMb, cpuMsPerMessage: (r.cpuSeconds * 1000) / r.sent };
}

export async function letterDeliveryBench(serverUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL, log = console.log): Promise<LetterFigures> {
  const name = `placard_letters_${crypto.randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = await openDatabase({ kind: "postgres", url, display: name });
  const smtp = sink();
  let worker: ReturnType<typeof run> | undefined;
  try {
    await migrate(db.sql);
    await queueLetters(db);
    const smtpUrl = await smtp.listen();
    log(`  ${LETTERS} letters queued to ${TARGETS} targets (LETTER priority, due now); SMTP sink on ${smtpUrl}`);

    const raw1 = await rawRound(url, smtpUrl);
    log(`  raw nodemailer (same pool: 2 connections, Nagle off): ${raw1.perSecond.toFixed(0)} messages/s, peak RSS ${raw1.rssMb.toFixed(0)} MB, CPU ${raw1.cpuMsPerMessage.toFixed(2)} ms a message`);

    smtp.reset();
    worker = run(["scripts/worker.ts"], { DATABASE_URL: url, SMTP_URL: smtpUrl, MAIL_FROM: FROM, APP_URL: "http://127.0.0.1:3000", PLACARD_BENCH_ROUTES: "off" });
    while (!/worker running/.test(worker.output())) {
      if (worker.child.exitCode !== null) throw new Error(`the worker stopped:\n${worker.output()}`);
      await sleep(20);
    }
    const started = performance.now();
    const cpuAtStart = cpuSeconds(worker.child.pid!);
    const commits = async () => Number((await db.sql.query<{ n: string }>(`SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()`))[0]!.n);
    const commitsAtStart = await commits();
    const backendsAtStart = await backendCpu(db);
    const confirmationMs: number[] = [];
    for (const share of PROBE_AT) {
      while (smtp.received < LETTERS * share) await sleep(5);
      const to = `waiting-supporter-${confirmationMs.length}@example.org`;
      const arrived = smtp.arrival(to);
      const token = newConfirmationToken(new Date(), 30).token;
      await db.prisma.$transaction((tx) => enqueueEmail(tx, confirmationEmail({ to, locale: "en", petitionTitle: "Justice", token, validDays: 30, isReminder: false })));
      const queuedAt = performance.now();
      confirmationMs.push((await arrived) - queuedAt);
    }
    const deadline = Date.now() + 10 * 60_000;
    while (smtp.received < LETTERS + PROBE_AT.length) {
      if (Date.now() > deadline) throw new Error(`the worker sent ${smtp.received} of ${LETTERS} letters in 10 minutes`);
      await sleep(5);
    }
    const seconds = (performance.now() - started) / 1000;
    const workerPeakRssMb = peakRssMb(worker.child.pid!);
    const backendsAtEnd = await backendCpu(db);
    const databaseCpuMsPerMessage = ([...backendsAtEnd].reduce((sum, [pid, cpu]) => sum + cpu - (backendsAtStart.get(pid) ?? 0), 0) * 1000) / (LETTERS + PROBE_AT.length);
    const workerCpuMsPerMessage = ((cpuSeconds(worker.child.pid!) - cpuAtStart) * 1000) / (LETTERS + PROBE_AT.length);
    worker.child.kill("SIGTERM");
    await worker.exited;
    const commitsPerMessage = ((await commits()) - commitsAtStart) / (LETTERS + PROBE_AT.length);
    worker = undefined;
    const marked = await db.prisma.letterDelivery.count({ where: { status: "SENT" } });
    if (marked !== LETTERS) throw new Error(`${marked} of ${LETTERS} letter deliveries marked SENT`);
    const workerPerSecond = (LETTERS + PROBE_AT.length) / seconds;
    log(`  worker (npm run worker, send-pending job): ${workerPerSecond.toFixed(0)} messages/s in ${seconds.toFixed(1)} s, peak RSS ${workerPeakRssMb.toFixed(0)} MB, CPU ${workerCpuMsPerMessage.toFixed(2)} ms a message (PostgreSQL for it: ${databaseCpuMsPerMessage.toFixed(2)} ms, ${commitsPerMessage.toFixed(2)} commits a message); all ${marked} deliveries SENT`);
    log(`  confirmation queued during the backlog reached the server after ${confirmationMs.map((ms) => ms.toFixed(0)).join(", ")} ms`);

    // The same messages again for the second baseline round (rows back to PENDING; nothing else read).
    await db.sql.query(`UPDATE "OutboxEmail" SET status = 'PENDING' WHERE priority = 'LETTER'`);
    smtp.reset();
    const raw2 = await rawRound(url, smtpUrl);
    log(`  raw nodemailer again: ${raw2.perSecond.toFixed(0)} messages/s, CPU ${raw2.cpuMsPerMessage.toFixed(2)} ms a message`);
    const rawMean = (raw1.perSecond + raw2.perSecond) / 2;
    return {
      letters: LETTERS, workerPerSecond, rawPerSecond: [raw1.perSecond, raw2.perSecond], ratio: workerPerSecond / rawMean, workerPeakRssMb, rawPeakRssMb: Math.max(raw1.rssMb, raw2.rssMb), confirmationMs,
      cpuMsPerMessage: { worker: workerCpuMsPerMessage, database: databaseCpuMsPerMessage, raw: (raw1.cpuMsPerMessage + raw2.cpuMsPerMessage) / 2 }, commitsPerMessage,
    };
  } finally {
    worker?.child.kill("SIGTERM");
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await db.close();
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log("Letters to targets: the worker beside raw nodemailer, to an SMTP server on loopback");
  const f = await letterDeliveryBench();
  const slowest = Math.max(...f.confirmationMs);
  console.log(`  ratio worker / raw nodemailer: ${f.ratio.toFixed(2)}× (goal ≥ 0.8×: ${f.ratio >= 0.8 ? "met" : "NOT met"}); slowest confirmation ${slowest.toFixed(0)} ms (goal ≤ 2000 ms: ${slowest <= 2000 ? "met" : "NOT met"})`);
  process.exit(0);
}
