// `npm run bench`: the performance figures of issue 3, from one run on PostgreSQL.
//   1. signatures per second through signPetition (in this process) beside a raw INSERT of the same row;
//   2. the same over HTTP through the built app as a big campaign's web instance runs (PLACARD_WORKER=off,
//      its mail worker elsewhere): the sign form posted to its endpoint (/api/sign?…) as a browser without
//      JavaScript posts it (urlencoded), beside a route that does only the raw INSERT
//      (app/api/bench/raw-signature) posted the same way;
//   3. a fixed rate of 330 signatures per second, three windows of 10 s (both ways): p99 latency of each
//      window, beside the bare insert at the same rate in windows alternating with ours (what the
//      machine's disk and CPU allow); the goal is judged on the median window;
//   4. the petition page beside a static page of the same app (/en/about, prerendered at build), requests per second.
//   5. events (bench/events.ts; BENCH_EVENTS=off skips it): a campaign with 2,000 events, its iCal feed and its
//      events page beside the static page, and that page's bytes before any map tiles (no goal);
//   6. letters to targets (bench/letter-delivery.ts, its own database; BENCH_LETTERS=off skips it): 10,000
//      letters through the worker beside raw nodemailer, and a confirmation's time to arrive meanwhile.
// Then, shown without goals: the mail worker alone (emails/s), and one small machine doing everything
// (npm start's default, the worker beside the web server) at 330 signatures/s.
// It creates its own database (BENCH_DATABASE_URL, default the local server) and drops it at the end.
// Slow figures never fail the run; errors do (exit 1). BENCH_HTTP=off measures in-process only.
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { createBenchDatabase, DEFAULT_SERVER_URL, outboxProgress, setAsideQueuedEmails, storedCounts, type BenchDatabase } from "./database";
import { httpClient, type HttpClient } from "./http-client";
import { fetchSignForm, getPage, petitionPath, rawInsertOverHttp, signOverHttp } from "./http-load";
import { openLoop, type Task } from "./load";
import { busyShare } from "./machine";
import { Report } from "./report";
import { ensureBuild, startServer, startWorker, type RunningServer } from "./server";
import { rawInsertInProcess, signInProcess } from "./sign-in-process";
import { mergeSamples } from "./stats";
import { alternating, compare, warmUp } from "./rounds";
import { letterDeliveryBench } from "./letter-delivery";
import { eventsBench } from "./events";

const PORT = 3901;
const TARGET = { perSecond: 330, p99Ms: 50 };
const FIXED_RATE = { perSecond: TARGET.perSecond, durationMs: 10_000, maxInFlight: 64 };
const wantsHttp = process.env.BENCH_HTTP !== "off";
// Every benchmark signer has an address at example.org: counted as at a large mailbox provider, under a
// cap no run reaches, so that every signature is mailed and the sign path pays its full cost (decision
// 017). The app and the worker this benchmark starts inherit these; this process's env() reads them.
process.env.MAIL_LARGE_DOMAINS ??= "example.org";
process.env.RATE_LIMIT_MAIL_LARGE_DOMAIN ??= "1000000000/60";

const report = new Report();
let bench: BenchDatabase | undefined;
let server: RunningServer | undefined;
let client: HttpClient | undefined;
let worker: { stop(): Promise<void> } | undefined;
// Signatures sent to the real sign path, and those it accepted (checked against the database at the end;
// one that timed out may or may not have been stored).
let attempted = 0;
let accepted = 0;

const counted = (task: Task): Task => async () => {
  attempted++;
  await task();
  accepted++;
};
/**
 * Three 10 s windows at the fixed rate for each, alternating (B A, A B, B A) like compare(): each window's
 * p99 is printed; the goal is judged on the median window, so that a stall of the machine in one window
 * (the bare insert shows when that happens) does not decide alone. The pooled figures are printed too.
 */
async function atFixedRate(measured: Task, baseline: Task, windows = 3) {
  const { a, b } = await alternating(windows, () => openLoop(measured, FIXED_RATE), () => openLoop(baseline, FIXED_RATE));
  return { measured: a, baseline: b };
}

async function inProcess(b: BenchDatabase) {
  console.log("\nIn-process (signPetition through the app's pg pool, concurrency 8)");
  const sign = counted(signInProcess(b.db, b.petition));
  const raw = rawInsertInProcess(b.db, b.petition);
  await warmUp(sign);
  await warmUp(raw, 1000);
  const { measured, baseline, ratios } = await compare(sign, raw);
  report.measured("in-process baseline: raw pg INSERT", baseline);
  report.measured("in-process signPetition", measured);
  report.ratio("in-process sign / raw INSERT", ratios, 0.8);
  const fixed = await atFixedRate(sign, raw);
  report.measured(`in-process raw INSERT at ${TARGET.perSecond}/s (open loop)`, mergeSamples(fixed.baseline));
  report.measured(`in-process signPetition at ${TARGET.perSecond}/s (open loop)`, mergeSamples(fixed.measured));
  report.latency(`in-process p99 at ${TARGET.perSecond}/s`, fixed.measured, TARGET, fixed.baseline);
}

async function overHttp(b: BenchDatabase) {
  console.log(`\nOver HTTP (the built app on 127.0.0.1:${PORT}, started as npm start starts it, with PLACARD_WORKER=off: the web`);
  console.log(`instance of a big campaign, its mail worker elsewhere (README, "Several app instances and workers"); concurrency 8)`);
  const setAside = await setAsideQueuedEmails(b.db);
  console.log(`  ${setAside} confirmation emails of the in-process phase set aside as sent (not this phase's work)`);
  server = await startServer({ databaseUrl: b.url, port: PORT, worker: "off" });
  client = httpClient(server.baseUrl, FIXED_RATE.maxInFlight);
  const form = await fetchSignForm(client, b.petition);
  console.log(`  the sign form posts to ${form.action} (${form.enctype}), with the hidden fields ${Object.keys(form.hidden).join(", ")}`);
  const sign = counted(signOverHttp(client, server.baseUrl, b.petition, form));
  const raw = rawInsertOverHttp(client, server.baseUrl, b.petition);
  const page = getPage(client, petitionPath(b.petition), 200);
  const staticPage = getPage(client, "/en/about", 200);
  await warmUp(sign);
  await warmUp(raw, 1000);
  const { measured, baseline, ratios } = await compare(sign, raw);
  report.measured("HTTP baseline: route with raw pg INSERT", baseline);
  report.measured("HTTP sign form (route handler, no JS)", measured);
  report.ratio("HTTP sign / raw INSERT route", ratios, 0.8);
  const fixed = await atFixedRate(sign, raw);
  report.measured(`HTTP raw INSERT route at ${TARGET.perSecond}/s (open loop)`, mergeSamples(fixed.baseline));
  report.measured(`HTTP sign form at ${TARGET.perSecond}/s (open loop)`, mergeSamples(fixed.measured));
  report.latency(`HTTP p99 at ${TARGET.perSecond}/s`, fixed.measured, TARGET, fixed.baseline);

  await warmUp(page);
  await warmUp(staticPage, 1000);
  const pages = await compare(page, staticPage);
  report.measured("static page /en/about (prerendered)", pages.baseline);
  report.measured("petition page (from the ISR cache)", pages.measured);
  report.ratio("petition page / static route", pages.ratios, 0.85);
  client.close();
  await server.stop();
  server = undefined;

  await mailWorkerAlone(b);
  await oneSmallMachine(b);
  report.notes.push("the static page is /en/about (prerendered at build, ~15 kB of HTML); the petition page is served from the ISR cache (docs/decisions/010) and is ~48 kB of HTML");
}

/** The mail worker alone (npm run worker) on the emails the HTTP phase queued: how fast it sends them. */
async function mailWorkerAlone(b: BenchDatabase) {
  console.log("\nMail (npm run worker on its own, development mailbox: rendering and bookkeeping, no SMTP)");
  worker = await startWorker({ databaseUrl: b.url });
  const before = await outboxProgress(b.db);
  await sleep(10_000);
  const after = await outboxProgress(b.db);
  await worker.stop();
  worker = undefined;
  const rate = ((after.sent - before.sent) * 1000) / (after.at - before.at);
  console.log(`  sent ${after.sent - before.sent} emails in ${((after.at - before.at) / 1000).toFixed(1)} s (${rate.toFixed(0)}/s); ${after.waiting} still queued`);
  report.notes.push(`mail worker alone: ${rate.toFixed(0)} confirmation emails/s rendered and marked sent (development mailbox; SMTP adds the relay's time)`);
}

/**
 * One small machine doing everything, as npm start runs by default: the worker beside the web server,
 * sending the emails of the signatures arriving at 330/s while they arrive. Shown, not a goal: on two
 * shared cores the worker's CPU is the web server's loss.
 */
async function oneSmallMachine(b: BenchDatabase) {
  console.log(`\nOne machine (npm start as it is: the worker beside the web server), ${TARGET.perSecond} signatures/s for 10 s`);
  server = await startServer({ databaseUrl: b.url, port: PORT });
  client = httpClient(server.baseUrl, FIXED_RATE.maxInFlight);
  const form = await fetchSignForm(client, b.petition);
  const sign = counted(signOverHttp(client, server.baseUrl, b.petition, form));
  await warmUp(sign);
  const before = await outboxProgress(b.db);
  const figures = report.measured(`HTTP sign at ${TARGET.perSecond}/s, worker beside (shown)`, await openLoop(sign, FIXED_RATE));
  const after = await outboxProgress(b.db);
  const rate = ((after.sent - before.sent) * 1000) / (after.at - before.at);
  console.log(`  the worker sent ${rate.toFixed(0)} emails/s meanwhile; ${after.waiting} queued at the end`);
  report.notes.push(
    `one machine, worker beside the web server: p99 ${figures.p99.toFixed(1)} ms at ${figures.perSecond.toFixed(0)}/s while it sent ${rate.toFixed(0)} emails/s (no goal: the goals above are the web instance's)`,
  );
}

async function verify(b: BenchDatabase) {
  const stored = await storedCounts(b.db, b.petition.id);
  console.log(`\nStored: ${stored.signatures} signatures from the sign path (${accepted} accepted of ${attempted} sent), ${stored.emails} confirmation emails queued, ${stored.suspect} marked suspect`);
  const plausible = (n: number) => n >= accepted && n <= attempted;
  if (!plausible(stored.signatures) || stored.emails !== stored.signatures || stored.suspect !== 0) {
    throw new Error("the database does not hold exactly one unsuspected signature and one confirmation email per accepted signature");
  }
}

async function cleanUp() {
  client?.close();
  client = undefined;
  await server?.stop().catch((error: unknown) => console.error(`bench: could not stop the app: ${String(error)}`));
  server = undefined;
  await worker?.stop().catch((error: unknown) => console.error(`bench: could not stop the worker: ${String(error)}`));
  worker = undefined;
  await bench?.drop().catch((error: unknown) => console.error(`bench: could not drop ${bench?.name}: ${String(error)}`));
  bench = undefined;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\nbench: ${signal}: stopping the app and dropping the database…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const cores = os.cpus().length;
const othersLoad: number[] = []; // the machine's CPU use while the benchmark is idle
const sampleOthers = async (when: string) => {
  const share = await busyShare();
  othersLoad.push(share);
  console.log(`CPU in use by other work ${when}: ${(share * 100).toFixed(0)}% of ${cores} cores`);
};
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
let failed = false;
let started = Date.now();
try {
  console.log(`Placard benchmark · Node ${process.version} · ${cores} × ${os.cpus()[0]?.model ?? "CPU"} (load generator, app and PostgreSQL share them)`);
  if (wantsHttp) ensureBuild((line) => console.log(line));
  started = Date.now(); // the build, when there is one, is not part of the run's time
  await sampleOthers("before the run");
  bench = await createBenchDatabase(process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL);
  const [version] = await bench.db.sql.query<{ server_version: string }>("SHOW server_version");
  console.log(`Database ${bench.name} on PostgreSQL ${version?.server_version ?? "?"}: migrated, demo campaign loaded`);
  await inProcess(bench);
  await sampleOthers("between the in-process and HTTP runs");
  if (wantsHttp) {
    try {
      await overHttp(bench);
    } catch (error) {
      // The in-process figures still stand; the run still ends with exit 1.
      failed = true;
      console.error(`\nbench: error over HTTP: ${messageOf(error)}`);
      report.notes.push(`HTTP figures missing or incomplete: ${messageOf(error).split("\n")[0]}`);
      report.notMeasured("HTTP sign / raw INSERT route", "≥ 0.8× baseline", "HTTP failed");
      report.notMeasured(`HTTP p99 at ${TARGET.perSecond}/s`, `p99 < ${TARGET.p99Ms} ms at ${TARGET.perSecond}/s`, "HTTP failed");
      report.notMeasured("petition page / static route", "≥ 0.85× baseline", "HTTP failed");
    }
    if (process.env.BENCH_EVENTS !== "off") {
      try {
        await eventsBench(bench, report, PORT + 2); // its own port: the last HTTP run's server may still be letting go of PORT
      } catch (error) {
        failed = true;
        console.error(`\nbench: error in the events benchmark: ${messageOf(error)}`);
        report.notes.push(`events figures missing: ${messageOf(error).split("\n")[0]}`);
      }
    }
  } else report.notes.push("HTTP not measured (BENCH_HTTP=off)");
  await verify(bench);
  if (process.env.BENCH_LETTERS !== "off") {
    console.log("\nLetters to targets (issue 11): 10,000 queued letters through the worker, beside raw nodemailer, to an SMTP server on loopback");
    try {
      const letters = await letterDeliveryBench();
      const slowest = Math.max(...letters.confirmationMs);
      const raw = letters.rawPerSecond.map((r) => r.toFixed(0)).join(" and ");
      console.log(`  worker / raw nodemailer: ${letters.ratio.toFixed(2)}× (goal ≥ 0.8×: ${letters.ratio >= 0.8 ? "met" : "NOT met"}); slowest confirmation during the backlog ${slowest.toFixed(0)} ms (goal ≤ 2000 ms: ${slowest <= 2000 ? "met" : "NOT met"})`);
      report.goal("letters: worker / raw nodemailer", `${letters.ratio.toFixed(2)}×`, "≥ 0.8× raw nodemailer", letters.ratio >= 0.8, `worker ${letters.workerPerSecond.toFixed(0)} msg/s, raw ${raw} msg/s`);
      report.goal("letters: a confirmation during the backlog", `${slowest.toFixed(0)} ms (slowest)`, "≤ 2000 ms", slowest <= 2000, `${letters.confirmationMs.map((ms) => ms.toFixed(0)).join(", ")} ms`);
      report.notes.push(
        `letters: worker ${letters.workerPerSecond.toFixed(0)} msg/s (peak RSS ${letters.workerPeakRssMb.toFixed(0)} MB) beside raw nodemailer ${raw} msg/s: ${letters.ratio.toFixed(2)}× (goal ≥ 0.8×); CPU a message: worker ${letters.cpuMsPerMessage.worker.toFixed(2)} ms and its PostgreSQL processes ${letters.cpuMsPerMessage.database.toFixed(2)} ms (${letters.commitsPerMessage.toFixed(2)} commits), raw nodemailer ${letters.cpuMsPerMessage.raw.toFixed(2)} ms; a confirmation queued during the backlog arrived after ${letters.confirmationMs.map((ms) => ms.toFixed(0)).join(", ")} ms (goal ≤ 2000 ms)`,
      );
    } catch (error) {
      failed = true;
      console.error(`\nbench: error in the letter benchmark: ${messageOf(error)}`);
      report.notMeasured("letters: worker / raw nodemailer", "≥ 0.8× raw nodemailer", "the letter benchmark failed");
      report.notMeasured("letters: a confirmation during the backlog", "≤ 2000 ms", "the letter benchmark failed");
    }
  }
} catch (error) {
  failed = true;
  console.error(`\nbench: error: ${messageOf(error)}`);
} finally {
  await cleanUp();
}
await sampleOthers("after the run");
const busiest = Math.max(...othersLoad);
if (busiest > 0.2) {
  report.notes.push(
    `other work used up to ${(busiest * 100).toFixed(0)}% of the CPU while the benchmark was idle: absolute figures are low; the ratios (alternating rounds) suffer less. Run again on a quiet machine.`,
  );
}
report.print();
console.log(`\nRun took ${((Date.now() - started) / 1000).toFixed(0)} s; its database and app are gone.`);
if (report.errorCount > 0) console.error(`bench: ${report.errorCount} requests failed (see the errors column).`);
process.exit(failed || report.errorCount > 0 ? 1 : 0);
