// `npm run worker`: the background worker on its own (outbox mail, purges), for deployments that run
// web instances with PLACARD_WORKER=off. Any number may run against one PostgreSQL database.
// (An embedded PGlite database has one owner: there, let the server run the worker.)
import { envOrExit } from "../lib/env";
import { prepareDatabase, StartupError } from "../lib/boot/prepare-database";
import { startWorker } from "../lib/worker/worker";
import type { Database } from "../lib/db/client";

const config = envOrExit();
const log = (line: string) => console.log(`placard: ${line}`);

// Started by `npm start` beside the server (--wait-for-database), which reached the database a moment ago:
// if it cannot be reached now, it has gone away for a while (a restart, docs/decisions/020), and the worker
// waits for it instead of exiting, which would stop the server too ("one stops, all stop", scripts/start.ts).
// Run alone, an unreachable database is more likely a wrong address: one line, and exit.
const waitsForDatabase = process.argv.includes("--wait-for-database");
const RETRY_MS = 2_000;

let db: Database | undefined;
for (let waiting = false; !db; ) {
  try {
    db = await prepareDatabase(config, { seed: "never", log });
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    if (!(waitsForDatabase && error.isUnreachable)) {
      console.error(`placard: ${error.message}`);
      process.exit(1);
    }
    if (!waiting) log(`worker: ${error.message}; trying again every ${RETRY_MS / 1000} s`);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

const database: Database = db;
const worker = startWorker(database, { intervalMs: config.workerIntervalMs });
log(`worker running every ${config.workerIntervalMs} ms (database: ${config.database.display}; mail: ${config.smtp?.display ?? "development mailbox"})`);

let stopping = false;
async function shutDown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping the worker after the current job`);
  await worker.stop();
  await database.close();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutDown(signal));
