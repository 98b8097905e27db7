import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import type { Sample } from "./stats";

// Two ways to put load on something, both bounded in count and in time:
// - closedLoop: N workers, each starts the next request when its last one finished (throughput);
// - openLoop: requests start on a fixed schedule whatever happens to earlier ones (latency at a given
//   rate). Latency counts from the scheduled start, so a stall shows up in every request it delayed.

/** One request (it takes its own unique email and address from ./identity). */
export type Task = () => Promise<void>;

const TASK_TIMEOUT_MS = 10_000;

/** No answer in time: counted apart from errors (a slow system, not a wrong answer). */
export class TimeoutError extends Error {}

async function timed(task: Task): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer within ${TASK_TIMEOUT_MS} ms`)), TASK_TIMEOUT_MS);
  });
  try {
    await Promise.race([task(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function newSample(): Sample {
  return { latencies: [], errors: 0, timeouts: 0, skipped: 0, elapsedMs: 0 };
}

function recordError(sample: Sample, error: unknown) {
  if (error instanceof TimeoutError) {
    sample.timeouts++;
    return;
  }
  sample.errors++;
  sample.firstError ??= error instanceof Error ? error.message.split("\n")[0] : String(error);
}

export async function closedLoop(task: Task, options: { concurrency: number; durationMs: number; maxCount: number }): Promise<Sample> {
  const sample = newSample();
  const start = performance.now();
  const deadline = start + options.durationMs;
  let started = 0;
  const worker = async () => {
    while (performance.now() < deadline && started < options.maxCount) {
      started++;
      const t0 = performance.now();
      try {
        await timed(task);
        sample.latencies.push(performance.now() - t0);
      } catch (error) {
        recordError(sample, error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  sample.elapsedMs = performance.now() - start;
  return sample;
}

export async function openLoop(task: Task, options: { perSecond: number; durationMs: number; maxInFlight: number }): Promise<Sample> {
  const sample = newSample();
  const total = Math.round((options.perSecond * options.durationMs) / 1000);
  const interval = 1000 / options.perSecond;
  const start = performance.now();
  const running = new Set<Promise<void>>();
  let next = 0;
  while (next < total) {
    const now = performance.now();
    while (next < total && start + next * interval <= now) {
      const scheduled = start + next * interval;
      next++;
      if (running.size >= options.maxInFlight) {
        sample.skipped++; // more than maxInFlight waiting: the system is not keeping up with the rate
        continue;
      }
      const request: Promise<void> = timed(task)
        .then(() => void sample.latencies.push(performance.now() - scheduled))
        .catch((error: unknown) => recordError(sample, error))
        .finally(() => running.delete(request));
      running.add(request);
    }
    await sleep(Math.max(0, start + next * interval - performance.now()));
  }
  await Promise.all(running); // each one ends within TASK_TIMEOUT_MS
  sample.elapsedMs = performance.now() - start;
  return sample;
}
