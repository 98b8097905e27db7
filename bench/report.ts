import { figuresOf, ms, rate, type Figures, type Sample } from "./stats";

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

  ratio(label: string, measured: Figures, baseline: Figures, goal: number): void {
    const value = measured.perSecond / baseline.perSecond;
    this.goals.push({ label, value: `${value.toFixed(2)}×`, goal: `≥ ${goal}× baseline`, met: Number.isFinite(value) ? value >= goal : null });
  }

  /**
   * `baseline`: the bare insert at the same rate, in the same run. Its p99 shows what the machine itself
   * allows (a disk that stalls every commit for a moment stalls the bare insert too).
   */
  latency(label: string, figures: Figures, target: { perSecond: number; p99Ms: number }, baseline?: Figures): void {
    // The p99 counts only if the rate was really offered and kept up with.
    const keptRate = figures.skipped === 0 && figures.errors === 0 && figures.timeouts === 0 && figures.perSecond >= target.perSecond * 0.95;
    const notes = [keptRate ? "" : "the rate was not kept", baseline ? `bare insert at the same rate: p99 ${ms(baseline.p99).trim()}` : ""].filter(Boolean);
    this.goals.push({
      label,
      value: `p99 ${ms(figures.p99)} at ${rate(figures.perSecond)}`,
      goal: `p99 < ${target.p99Ms} ms at ${target.perSecond}/s`,
      met: keptRate && figures.p99 < target.p99Ms,
      note: notes.join("; ") || undefined,
    });
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
    console.log("\nGoals (issue 3, Performance)");
    for (const g of this.goals) {
      const verdict = g.met === null ? "not measured" : g.met ? "meets goal" : "below goal";
      console.log(`  ${pad(g.label, 44)} ${pad(g.value, 24)} ${pad(`goal ${g.goal}`, 30)} ${verdict}${g.note ? ` (${g.note})` : ""}`);
    }
    for (const note of this.notes) console.log(`  note: ${note}`);
  }
}
