import { closedLoop, type Task } from "./load";
import { mergeSamples, pairedRatios, type Sample } from "./stats";

// Measuring one path beside its baseline in the same run (bench/run.ts, bench/events.ts).

const CONCURRENCY = 8;

export const warmUp = (task: Task, durationMs = 1500) => closedLoop(task, { concurrency: CONCURRENCY, durationMs, maxCount: 5000 });
export const throughput = (task: Task, durationMs: number) => closedLoop(task, { concurrency: CONCURRENCY, durationMs, maxCount: 100_000 });

/**
 * Measured and baseline in short alternating rounds (1 s each, the order swapped every round: B A,
 * A B, B A, …), so that drift (autovacuum, a busy neighbour, the machine's speed, which here changes
 * within seconds) hits both alike. Each round gives one ratio; the goals are judged on their median
 * (bench/stats.ts, pairedRatios). Short rounds gave steadier medians than a few long ones, and thirty
 * of them a steadier median than twelve: on this machine single rounds range from 0.65 to 1.1.
 */
export async function compare(measured: Task, baseline: Task, rounds = 30) {
  const { a, b } = await alternating(rounds, () => throughput(measured, 1000), () => throughput(baseline, 1000));
  return { measured: mergeSamples(a), baseline: mergeSamples(b), ratios: pairedRatios(a, b) };
}

/** `rounds` samples of each, the baseline first in even rounds and second in odd ones (B A, A B, B A, …). */
export async function alternating(rounds: number, measured: () => Promise<Sample>, baseline: () => Promise<Sample>) {
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let round = 0; round < rounds; round++) {
    const pair = [async () => void b.push(await baseline()), async () => void a.push(await measured())];
    for (const run of round % 2 === 0 ? pair : pair.reverse()) await run();
  }
  return { a, b };
}

