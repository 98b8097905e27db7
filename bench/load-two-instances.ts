// `npm run load`: two web instances (PLACARD_WORKER=off) and two mail workers (`npm run worker`) on one
// fresh PostgreSQL database, a real SMTP sink on loopback, and this process putting load on both
// instances (issue 9, "a suite that keeps them closed"). Bounded: LOAD_SIGNATURES (default 3000) over both
// instances, a tenth of the supporters signing on both at once (a double submission across instances).
// At the end it checks, prints, and exits 1 when one fails:
//   - every signature answered and stored once, none marked suspect;
//   - every confirmation email delivered once (no Message-ID twice), the outbox empty;
//   - the count exact once supporters confirm (the workers' counter, beside a full recount);
//   - a session made through one instance (a magic link from the sink) valid on the other.
// Uses the build in BENCH_DIST_DIR (default .next-bench, built once if missing) and BENCH_DATABASE_URL.
import crypto from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { confirmSignature } from "../lib/signatures/confirm";
import { startTestSmtpServer, type TestSmtpServer } from "../lib/testing/smtp";
import { createBenchDatabase, DEFAULT_SERVER_URL, type BenchDatabase } from "./database";
import { httpClient, urlencoded, type HttpClient } from "./http-client";
import { fetchSignForm, type SignFormSpec } from "./http-load";
import { nextSupporter, signFormFields, type Supporter } from "./identity";
import { closedLoop } from "./load";
import { ensureBuild, startServer, startWorker, type RunningServer } from "./server";
import { figuresOf, ms } from "./stats";
import { checkSessionAcrossInstances } from "./session-across-instances";

const SIGNATURES = Number(process.env.LOAD_SIGNATURES ?? 3000);
const CONFIRMED = Math.min(300, SIGNATURES);
const PORTS = [3911, 3912];
const ADMIN = "organiser@example.org";

const checks: { name: string; ok: boolean; detail: string }[] = [];
const check = (name: string, ok: boolean, detail: string) => {
  checks.push({ name, ok, detail });
  console.log(`  ${ok ? "ok  " : "FAIL"} ${name}: ${detail}`);
};
const log = (line: string) => console.log(line);

let bench: BenchDatabase | undefined;
let smtp: TestSmtpServer | undefined;
const servers: RunningServer[] = [];
const workers: { stop(): Promise<void> }[] = [];
const clients: HttpClient[] = [];

async function main() {
  ensureBuild(log);
  bench = await createBenchDatabase(process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL);
  smtp = await startTestSmtpServer();
  const shared = { SMTP_URL: smtp.url, MAIL_FROM: "Placard load <placard@example.org>", ADMIN_EMAILS: ADMIN, AUTH_SECRET: crypto.randomBytes(32).toString("hex"), WORKER_INTERVAL_MS: "200" };
  log(`database ${bench.name}; SMTP sink ${smtp.url}; starting two web instances and two workers…`);
  for (const port of PORTS) servers.push(await startServer({ databaseUrl: bench.url, port, worker: "off", env: { ...shared, APP_URL: `http://localhost:${port}` } }));
  for (let i = 0; i < 2; i++) workers.push(await startWorker({ databaseUrl: bench.url, env: { ...shared, APP_URL: `http://localhost:${PORTS[0]}` } }));

  const forms: SignFormSpec[] = [];
  for (const server of servers) {
    const client = httpClient(server.baseUrl, 16);
    clients.push(client);
    forms.push(await fetchSignForm(client, bench.petition));
  }
  const before = await bench.db.prisma.petition.findUniqueOrThrow({ where: { id: bench.petition.id }, select: { signatureCount: true } });

  // The load: signatures spread over both instances; every tenth supporter signs on both at once.
  const supporters: Supporter[] = [];
  const answers = { thanks: 0, other: 0 };
  const signOn = async (i: number, supporter: Supporter) => {
    const form = forms[i]!;
    const { contentType, body } = urlencoded({ ...form.hidden, ...signFormFields(bench!.petition, supporter) });
    const answer = await clients[i]!.request("POST", form.action, {
      headers: { "content-type": contentType, origin: servers[i]!.baseUrl, "x-forwarded-for": supporter.ip, accept: "text/html" },
      body,
    });
    if (answer.status === 303 && answer.location?.includes("/thanks")) answers.thanks++;
    else {
      answers.other++;
      throw new Error(`instance ${i + 1} answered ${answer.status} ${answer.location ?? ""}`);
    }
  };
  let next = 0;
  const task = async () => {
    const n = next++;
    const supporter = nextSupporter("bench");
    supporters.push(supporter);
    if (n % 10 === 0) await Promise.all([signOn(0, supporter), signOn(1, supporter)]);
    else await signOn(n % 2, supporter);
  };
  const unique = Math.round(SIGNATURES / 1.1);
  log(`\nload: ${unique} supporters (${Math.ceil(unique / 10)} of them on both instances at once), 16 at a time`);
  const sample = closedLoop(task, { concurrency: 16, durationMs: 180_000, maxCount: unique });
  const figures = figuresOf(await sample);
  log(`  ${figures.count} finished in ${((await sample).elapsedMs / 1000).toFixed(1)} s (${figures.perSecond.toFixed(0)} supporters/s), p50 ${ms(figures.p50)}, p99 ${ms(figures.p99)}, ${figures.errors} errors, ${figures.timeouts} timeouts`);

  log("\nwaiting for the workers to send every email…");
  const drainStart = Date.now();
  const drained = await until(async () => (await bench!.db.prisma.outboxEmail.count({ where: { status: { in: ["PENDING", "SENDING"] } } })) === 0, 240_000);
  log(`  ${smtp.messages.length} emails received by the sink; the outbox was empty ${((Date.now() - drainStart) / 1000).toFixed(1)} s after the load ended`);
  await sleep(2000); // a duplicate would be on its way now

  log("\nchecks");
  const emails = supporters.map((s) => s.email);
  check("every request answered", answers.other === 0 && figures.errors === 0 && figures.timeouts === 0, `${answers.thanks} answered 303 to the thanks page, ${answers.other} otherwise, ${figures.timeouts} timeouts`);
  const stored = await bench.db.sql.query<{ email: string; n: number; suspect: number }>(
    `SELECT email, count(*)::int AS n, count(*) FILTER (WHERE "isSuspect")::int AS suspect FROM "Signature" WHERE "petitionId" = $1 AND email LIKE 'bench-%' GROUP BY email`,
    [bench.petition.id],
  );
  const storedOnce = stored.filter((r) => r.n === 1).length;
  check("every signature stored once", stored.length === emails.length && storedOnce === emails.length, `${emails.length} supporters, ${stored.length} stored, ${stored.length - storedOnce} twice`);
  check("no signature marked suspect", stored.every((r) => r.suspect === 0), `${stored.filter((r) => r.suspect > 0).length} suspect`);
  const confirmations = smtp.messages.filter((m) => m.to.some((to) => to.startsWith("bench-")));
  const ids = smtp.messages.map((m) => m.messageId);
  check("outbox drained", drained, drained ? "nothing pending" : "emails still waiting after 240 s");
  check("no email sent twice", new Set(ids).size === ids.length, `${ids.length} received, ${ids.length - new Set(ids).size} repeated Message-IDs`);
  const perSupporter = new Map<string, number>();
  for (const m of confirmations) perSupporter.set(m.to[0]!, (perSupporter.get(m.to[0]!) ?? 0) + 1);
  check("one confirmation per supporter", perSupporter.size === emails.length && [...perSupporter.values()].every((n) => n === 1), `${confirmations.length} confirmations for ${emails.length} supporters`);

  // Counts: some supporters confirm; the workers' counter (either of the two) adds them.
  const toConfirm = confirmations.slice(0, CONFIRMED);
  const results = await Promise.all(toConfirm.map((m) => confirmSignature(bench!.db, tokenIn(m.text), { locale: "en" })));
  const confirmed = results.filter((r) => r.kind === "confirmed").length;
  const expected = before.signatureCount + confirmed;
  const counted = await until(async () => (await countNow()) === expected, 30_000);
  const recount = await bench.db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Signature" WHERE "petitionId" = $1 AND status = 'CONFIRMED' AND NOT "isSuspect"`, [bench.petition.id]);
  check("counts exact", confirmed === CONFIRMED && counted && recount[0]!.n === expected, `${confirmed} confirmed; the petition counts ${await countNow()}, expected ${expected}, a full recount says ${recount[0]!.n}`);

  const session = await checkSessionAcrossInstances(servers.map((s) => s.baseUrl) as [string, string], ADMIN, smtp);
  check("a session made on one instance is valid on the other", session.ok, session.detail);
}

async function countNow(): Promise<number> {
  return (await bench!.db.prisma.petition.findUniqueOrThrow({ where: { id: bench!.petition.id }, select: { signatureCount: true } })).signatureCount;
}

function tokenIn(text: string): string {
  const link = /https?:\/\/\S+\/signatures\/confirm\?\S+/.exec(text)?.[0];
  return link ? new URL(link).searchParams.get("token") ?? "" : "";
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(250);
  }
  return condition();
}

async function cleanUp() {
  for (const client of clients) client.close();
  await Promise.all([...servers, ...workers].map((p) => p.stop().catch(() => undefined)));
  await smtp?.close();
  await bench?.drop().catch(() => undefined);
}

try {
  await main();
} catch (error) {
  check("the run completed", false, error instanceof Error ? error.message.split("\n")[0]! : String(error));
} finally {
  await cleanUp();
}
const failed = checks.filter((c) => !c.ok);
console.log(failed.length ? `\n${failed.length} check(s) failed` : `\nall ${checks.length} checks passed`);
process.exit(failed.length ? 1 : 0);
