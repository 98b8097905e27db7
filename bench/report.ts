import { figuresOf, median, ms, rate, type Figures, type Sample } from "./stats";

// What the benchmark prints: one line per measurement as it finishes, and at the end a table of all of
// them and of the goals from issue 3 ("meets goal" / "below goal"; speed never fails the run).

type Row = { label: string; figures: Figures; firstError?: string };
type Goal = { label: string; value: string; goal: string; met: boolean | null; note?: string };

const pad = (text: string, width: number) => (text.length >= width ? text : text + " ".repeat(width - text.length));
const padLeft = (text: string, width: number) => (text.length >= width ? text : " ".repeat(width - text.length) + text);

export class Report {
  private readonly rows: Row[] = [];
  private readonly goals: Goal[] = [];
  readonly notes: string[] = [];

  measured(label: string, sample: Sample): Figures {
    const figures = figuresOf(sample);
    this.rows.push({ label, figures, firstError: sample.firstError });
    const extra = [
      figures.errors ? `${figures.errors} errors (first: ${sample.firstError})` : "",
      figures.timeouts ? `${figures.timeouts} without an answer within 10 s` : "",
      figures.skipped ? `${figures.skipped} not sent (in-flight bound reached)` : "",
    ]
      .filter(Boolean)
      .join("; ");
    console.log(`  ${pad(label, 44)} ${padLeft(String(figures.count), 6)} in ${(sample.elapsedMs / 1000).toFixed(1)} s  ${padLeft(rate(figures.perSecond), 7)}  p50 ${ms(figures.p50)}  p99 ${ms(figures.p99)}${extra ? `  ${extra}` : ""}`);
    return figures;
  }

  /** The goal is judged on the median of the rounds' ratios (bench/stats.ts, pairedRatios); each round's is shown. */
  ratio(label: string, ratios: { perRound: number[]; median: number }, goal: number): void {
    const value = ratios.median;
    const sorted = [...ratios.perRound].sort((x, y) => x - y);
    const rounds = `${sorted.length} rounds, from ${sorted[0]?.toFixed(2)} to ${sorted.at(-1)?.toFixed(2)}`;
    this.goals.push({ label, value: `${value.toFixed(2)}× (median)`, goal: `≥ ${goal}× baseline`, met: Number.isFinite(value) ? value >= goal : null, note: rounds });
  }

  /**
   * `windows`: the fixed-rate windows of the measured path; `baseline`: the bare insert's windows at the
   * same rate, in the same run (what the machine itself allows: a disk that stalls every commit for a
   * moment stalls the bare insert too). Judged on the median window's p99 (the run's order: see run.ts).
   */
  latency(label: string, windows: Sample[], target: { perSecond: number; p99Ms: number }, baseline: Sample[]): void {
    const figures = windows.map(figuresOf);
    const base = baseline.map(figuresOf);
    // A window's p99 counts only if the rate was really offered and kept up with.
    const kept = (f: Figures) => f.skipped === 0 && f.errors === 0 && f.timeouts === 0 && f.perSecond >= target.perSecond * 0.95;
    const p99s = figures.map((f) => (kept(f) ? f.p99 : Number.POSITIVE_INFINITY));
    const middle = median(p99s);
    const list = (values: number[]) => values.map((v) => (Number.isFinite(v) ? v.toFixed(1) : "rate not kept")).join(", ");
    this.goals.push({
      label,
      value: `p99 ${ms(middle)} (median window)`,
      goal: `p99 < ${target.p99Ms} ms at ${target.perSecond}/s`,
      met: middle < target.p99Ms,
      note: `windows: ${list(p99s)} ms; bare insert at the same rate: ${list(base.map((f) => f.p99))} ms`,
    });
  }

  /** A goal judged on one figure (the letter benchmark's ratio, its slowest confirmation). */
  goal(label: string, value: string, goal: string, met: boolean, note?: string): void {
    this.goals.push({ label, value, goal, met, note });
  }

  /** A goal that a failure kept from being measured (nothing is added if it was measured). */
  notMeasured(label: string, goal: string, why: string): void {
    if (this.goals.some((g) => g.label === label)) return;
    this.goals.push({ label, value: "not measured", goal, met: null, note: why });
  }

  get errorCount(): number {
    return this.rows.reduce((sum, row) => sum + row.figures.errors, 0);
  }

  print(): void {
    if (this.rows.length === 0) return;
    console.log("\nSummary");
    console.log(`  ${pad("measurement", 44)} ${padLeft("count", 6)} ${padLeft("rate", 8)} ${padLeft("p50", 10)} ${padLeft("p99", 10)} ${padLeft("max", 10)} ${padLeft("errors", 6)} ${padLeft("timeouts", 8)}`);
    for (const { label, figures: f } of this.rows) {
      console.log(`  ${pad(label, 44)} ${padLeft(String(f.count), 6)} ${padLeft(rate(f.perSecond), 8)} ${padLeft(ms(f.p50), 10)} ${padLeft(ms(f.p99), 10)} ${padLeft(ms(f.max), 10)} ${padLeft(String(f.errors), 6)} ${padLeft(String(f.timeouts), 8)}`);
    }
    console.log("\nGoals (issues 3 and 11, Performance)");
    for (const g of this.goals) {
      const verdict = g.met === null ? "not measured" : g.met ? "meets goal" : "below goal";
      console.log(`  ${pad(g.label, 44)} ${pad(g.value, 24)} ${pad(`goal ${g.goal}`, 30)} ${verdict}${g.note ? ` (${g.note})` : ""}`);
    }
    for (const note of this.notes) console.log(`  note: ${note}`);
  }
}
