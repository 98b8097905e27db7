import type { Database } from "../db/client";
import { redactAddresses } from "../mail/send-failure";
import { jobs as defaultJobs, type WorkerJob } from "./jobs";

// The background loop: every `intervalMs`, run each job that is due, one after another. A job that
// throws is reported and tried again later (backing off up to a minute); the loop never dies of it.
// Runs inside the web server (instrumentation.ts) or alone (`npm run worker`); any number at once.

export type WorkerLog = { info(line: string): void; error(line: string): void };
export type WorkerHandle = { stop(): Promise<void> };

const consoleLog: WorkerLog = {
  info: (line) => console.log(line),
  error: (line) => console.error(line),
};

export function startWorker(
  db: Database,
  options: { intervalMs: number; jobs?: WorkerJob[]; log?: WorkerLog },
): WorkerHandle {
  const jobs = options.jobs ?? defaultJobs;
  const log = options.log ?? consoleLog;
  const nextRunAt = new Map<string, number>();
  const failures = new Map<string, number>();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function runDueJobs(): Promise<void> {
    for (const job of jobs) {
      if (stopped) return;
      if (Date.now() < (nextRunAt.get(job.name) ?? 0)) continue;
      try {
        const summary = await job.run(db);
        failures.delete(job.name);
        nextRunAt.set(job.name, Date.now() + job.everyMs);
        if (summary) log.info(`placard worker: ${job.name}: ${summary}`);
      } catch (error) {
        const count = (failures.get(job.name) ?? 0) + 1;
        failures.set(job.name, count);
        const backoff = Math.min(60_000, options.intervalMs * 2 ** count);
        nextRunAt.set(job.name, Date.now() + Math.max(job.everyMs, backoff));
        log.error(`placard worker: ${job.name} failed (${count} in a row): ${describeError(error)}`);
      }
    }
  }

  let current = runDueJobs().finally(scheduleNext);
  function scheduleNext() {
    if (stopped) return;
    const backlog = jobs.some((job) => job.hasBacklog?.());
    timer = setTimeout(() => {
      current = runDueJobs().finally(scheduleNext);
    }, backlog ? 0 : options.intervalMs);
  }

  return {
    /** Stops after the job in progress has finished. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return redactAddresses(text.split("\n")[0] ?? "").slice(0, 300) || "unknown error";
}
