// `npm start` and `npm run dev`: check the configuration, migrate (and seed an empty embedded database),
// then hand over to Next.js. Every failure before the server starts is one line and a non-zero exit.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { envOrExit } from "../lib/env";
import { tileOriginProblem } from "../lib/maps/built-policy";
import { locales } from "../lib/i18n/config";
import { prepareDatabase, StartupError } from "../lib/boot/prepare-database";
import { hasInstanceAdmin, NO_ADMIN_NOTE } from "../lib/auth/instance-admin";

const WORKER_NICENESS = 10;
const mode = process.argv[2] === "dev" ? "dev" : "start";
const config = envOrExit();
const log = (line: string) => console.log(`placard: ${line}`);

if (mode === "start" && !fs.existsSync(`${config.distDir}/BUILD_ID`)) {
  console.error("placard: no production build found: run `npm run build` first (or `npm run dev`).");
  process.exit(1);
}
const tileProblem = mode === "start" ? tileOriginProblem(config.distDir, config.mapTiles.origin) : null;
if (tileProblem) {
  console.error(`placard: configuration error: ${tileProblem}`);
  process.exit(78);
}

let hasAdmin = true;
try {
  const db = await prepareDatabase(config, { seed: "if-empty-embedded", log });
  hasAdmin = await hasInstanceAdmin(db, config.adminEmails);
  await db.close(); // the server opens its own; PGlite allows one owner of ./data at a time
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`placard: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const workerNote = { "beside-server": "worker: its own process", "in-server": "worker: in the server", off: "worker: off" }[config.workerPlacement];
log(`serving ${config.appUrl} on port ${config.port} (database: ${config.database.display}; mail: ${config.smtp?.display ?? "development mailbox at /dev/mailbox"}; ${workerNote})`);
log(reachability(config));
if (!hasAdmin) log(NO_ADMIN_NOTE);
if (config.smtp === null && !config.isProduction) log(`development mailbox at ${config.appUrl}/${locales[0]}/dev/mailbox: it answers this machine only`);
const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: mode === "dev" ? "development" : "production" };
const children: ChildProcess[] = [
  spawn(
    process.execPath,
    ["scripts/serve.mjs", "--port", String(config.port), "--hosts", config.listen.hosts.join(","), "--locales", locales.join(","), ...(mode === "dev" ? ["--dev"] : []), ...(config.appUrl.startsWith("https:") ? ["--hsts"] : [])],
    { stdio: "inherit", env: childEnv },
  ),
];
// On PostgreSQL the worker (mail, counts, purges) runs beside the server, in a process of its own and at a
// lower CPU priority, so that rendering a surge's confirmation emails never holds up a supporter's request:
// the emails wait a little, the signatures do not (docs/decisions/013).
if (config.workerPlacement === "beside-server") {
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts", "--wait-for-database"], { stdio: "inherit", env: childEnv });
  if (worker.pid !== undefined) os.setPriority(worker.pid, WORKER_NICENESS);
  children.push(worker);
}

// One stops, all stop: a supervisor (systemd, a container runtime) restarts the whole, as it did before.
let exiting = false;
const stopAll = (signal: NodeJS.Signals) => children.forEach((child) => child.exitCode === null && child.kill(signal));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(signal));
for (const child of children) {
  child.on("exit", (code, signal) => {
    if (!exiting) {
      exiting = true;
      process.exitCode = code ?? (signal ? 1 : 0);
      stopAll("SIGTERM");
    }
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit();
  });
}

/** Who can reach the server, said once at start (HOST, lib/env.ts). */
function reachability({ listen }: typeof config): string {
  if (!listen.beyondLoopback) return `listening on ${listen.hosts.join(" and ")} only: this machine alone reaches it; set HOST=0.0.0.0 to open it to the network`;
  const where = listen.hosts.map((host) => (host === "0.0.0.0" ? "every IPv4 interface (0.0.0.0)" : host === "::" ? "every interface (::)" : host)).join(" and ");
  return `listening on ${where}: other machines can reach it`;
}
