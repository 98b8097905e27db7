// `npm run worker`: the background worker on its own (outbox mail, purges), for deployments that run
// web instances with PLACARD_WORKER=off. Any number may run against one PostgreSQL database.
// (An embedded PGlite database has one owner: there, let the server run the worker.)
import { envOrExit } from "../lib/env";
import { prepareDatabase, StartupError } from "../lib/boot/prepare-database";
import { startWorker } from "../lib/worker/worker";
import type { Database } from "../lib/db/client";

const config = envOrExit();
const log = (line: string) => console.log(`placard: ${line}`);

let db: Database;
try {
  db = await prepareDatabase(config, { seed: "never", log });
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`placard: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const worker = startWorker(db, { intervalMs: config.workerIntervalMs });
log(`worker running every ${config.workerIntervalMs} ms (database: ${config.database.display}; mail: ${config.smtp?.display ?? "development mailbox"})`);

let stopping = false;
async function shutDown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping the worker after the current job`);
  await worker.stop();
  await db.close();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutDown(signal));
