// Figures for one measured run: how many finished, how fast, and the latency percentiles.

/** errors: wrong answers and failures; timeouts: no answer in time (slowness, not a fault); skipped: never sent. */
export type Sample = { latencies: number[]; errors: number; timeouts: number; skipped: number; elapsedMs: number; firstError?: string };

export type Figures = { count: number; errors: number; timeouts: number; skipped: number; perSecond: number; p50: number; p99: number; max: number };

/**
 * The nearest-rank percentile (the smallest value with at least p% of the values at or below it):
 * always one of the measured values, never an interpolation between two.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p <= 0) return Math.min(...values);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function figuresOf(sample: Sample): Figures {
  const count = sample.latencies.length;
  return {
    count,
    errors: sample.errors,
    timeouts: sample.timeouts,
    skipped: sample.skipped,
    perSecond: sample.elapsedMs > 0 ? (count * 1000) / sample.elapsedMs : 0,
    p50: percentile(sample.latencies, 50),
    p99: percentile(sample.latencies, 99),
    max: count ? sample.latencies.reduce((a, b) => Math.max(a, b), 0) : Number.NaN,
  };
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "n/a");
export const rate = (value: number) => `${value.toFixed(0)}/s`;

/** Several rounds of the same measurement as one (their latencies together, their times added). */
export function mergeSamples(samples: readonly Sample[]): Sample {
  return {
    latencies: samples.flatMap((s) => s.latencies),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    timeouts: samples.reduce((sum, s) => sum + s.timeouts, 0),
    skipped: samples.reduce((sum, s) => sum + s.skipped, 0),
    elapsedMs: samples.reduce((sum, s) => sum + s.elapsedMs, 0),
    firstError: samples.find((s) => s.firstError)?.firstError,
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Measured against baseline, round by round: each round ran both back to back, so each round's ratio
 * compares the two under the same conditions. The median of those ratios is what a goal is judged on:
 * a stretch in which the machine was busy with something else spoils one round, not the figure.
 */
export function pairedRatios(measured: readonly Sample[], baseline: readonly Sample[]): { perRound: number[]; median: number } {
  const perRound = measured.map((m, i) => figuresOf(m).perSecond / figuresOf(baseline[i]!).perSecond);
  return { perRound, median: median(perRound) };
}
