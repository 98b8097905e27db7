import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { figuresOf, median, pairedRatios, percentile, type Sample } from "./stats";

describe("benchmark percentiles", () => {
  it("reports p50 and p99 as measured values, by nearest rank", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    assert.equal(percentile(hundred, 50), 50);
    assert.equal(percentile(hundred, 99), 99);
    assert.equal(percentile(hundred, 100), 100);
    assert.equal(percentile([7, 3, 5], 50), 5);
  });

  it("lets one slow request in a hundred set the p99 only when it is more than 1%", () => {
    const fast = Array.from({ length: 99 }, () => 2);
    assert.equal(percentile([...fast, 900], 99), 2);
    assert.equal(percentile([...fast.slice(1), 900, 900], 99), 900);
  });

  it("turns a run into a rate per second, and says n/a for nothing measured", () => {
    const figures = figuresOf({ latencies: [1, 2, 3, 4], errors: 0, timeouts: 0, skipped: 0, elapsedMs: 2000 });
    assert.equal(figures.perSecond, 2);
    assert.equal(figures.max, 4);
    assert.ok(Number.isNaN(figuresOf({ latencies: [], errors: 1, timeouts: 0, skipped: 0, elapsedMs: 1000 }).p99));
  });
});

describe("benchmark ratios", () => {
  const run = (count: number, elapsedMs = 1000): Sample => ({ latencies: Array.from({ length: count }, () => 1), errors: 0, timeouts: 0, skipped: 0, elapsedMs });

  it("takes the middle value, or the mean of the two middle ones", () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });

  it("compares each round's pair, so one disturbed round does not move the figure", () => {
    const measured = [run(90), run(30), run(88), run(91), run(89)]; // round 2: the machine was busy
    const baseline = [run(100), run(100), run(100), run(100), run(100)];
    const { perRound, median: middle } = pairedRatios(measured, baseline);
    assert.deepEqual(perRound.map((r) => Number(r.toFixed(2))), [0.9, 0.3, 0.88, 0.91, 0.89]);
    assert.equal(middle, 0.89);
  });

  it("reads rates, not counts: a longer round of the baseline counts as slower", () => {
    assert.equal(pairedRatios([run(50, 1000)], [run(100, 2000)]).median, 1);
  });
});
