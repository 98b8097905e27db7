import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { createBatcher } from "./batcher";

// The batcher decides how many database round trips a surge of signers costs; these tests watch the
// batches it makes and what each caller gets back.

function recorder(options = { maxBatch: 64, maxInFlight: 1 }, fail: (items: number[]) => boolean = () => false) {
  const batches: number[][] = [];
  const run = async (items: number[]) => {
    batches.push(items);
    await sleep(5);
    if (fail(items)) throw new Error(`batch ${items.join(",")} failed`);
    return items.map((n) => n * 10);
  };
  return { batches, add: createBatcher(run, options) };
}

describe("the write batcher", () => {
  it("sends a lone item at once, in a batch of one", async () => {
    const { batches, add } = recorder();
    assert.equal(await add(7), 70);
    assert.deepEqual(batches, [[7]]);
  });

  it("writes items that arrive together in one batch, and answers each caller with its own result", async () => {
    const { batches, add } = recorder();
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => add(n)));
    assert.deepEqual(results, [10, 20, 30, 40, 50]);
    assert.deepEqual(batches, [[1, 2, 3, 4, 5]]);
  });

  it("collects what arrives while a batch is being written into the next one, within the size limit", async () => {
    const { batches, add } = recorder({ maxBatch: 3, maxInFlight: 1 });
    const first = add(1);
    await sleep(1); // the first batch is now being written
    const rest = [2, 3, 4, 5, 6, 7].map((n) => add(n));
    assert.deepEqual(await Promise.all([first, ...rest]), [10, 20, 30, 40, 50, 60, 70]);
    assert.deepEqual(batches, [[1], [2, 3, 4], [5, 6, 7]]);
  });

  it("shares what arrives together among the free slots, so that batches are written side by side", async () => {
    const { batches, add } = recorder({ maxBatch: 64, maxInFlight: 2 });
    await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => add(n)));
    assert.deepEqual(batches, [[1, 2, 3, 4], [5, 6, 7, 8]]);
  });

  it("runs no more batches at once than allowed", async () => {
    let running = 0;
    let most = 0;
    const add = createBatcher(
      async (items: number[]) => {
        most = Math.max(most, ++running);
        await sleep(3);
        running--;
        return items;
      },
      { maxBatch: 1, maxInFlight: 2 },
    );
    await Promise.all(Array.from({ length: 10 }, (_, i) => add(i)));
    assert.equal(most, 2);
  });

  it("when a batch fails, tries its items one by one: only the faulty item's caller gets the error", async () => {
    const { batches, add } = recorder(undefined, (items) => items.includes(13));
    const results = await Promise.allSettled([11, 12, 13, 14].map((n) => add(n)));
    assert.deepEqual(
      results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message)),
      [110, 120, "batch 13 failed", 140],
    );
    assert.deepEqual(batches[0], [11, 12, 13, 14]);
    assert.equal(batches.length, 5, "one batch, then each item alone");
  });

  it("lets the items behind a stalled batch go out beside it, so one slow statement does not hold up everyone", async (t) => {
    // The clock is the test's: nothing here depends on how busy the machine is.
    t.mock.timers.enable({ apis: ["setTimeout", "setImmediate"] });
    const settle = async () => {
      for (let i = 0; i < 10; i++) await Promise.resolve();
    };
    const started: number[][] = [];
    let release: () => void = () => undefined;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const add = createBatcher(
      async (items: number[]) => {
        started.push(items);
        if (items.includes(1)) await stuck; // the first batch waits, as for a disk that stalls
        return items;
      },
      { maxBatch: 64, maxInFlight: 1, stallMs: 10, maxStalled: 2 },
    );
    const first = add(1);
    t.mock.timers.tick(0);
    await settle();
    const second = add(2);
    t.mock.timers.tick(9);
    await settle();
    assert.deepEqual(started, [[1]], "within stallMs, the next item waits for the slot");
    t.mock.timers.tick(1); // the first batch has now taken stallMs
    t.mock.timers.tick(0);
    await settle();
    assert.deepEqual(started, [[1], [2]], "after stallMs it is written beside the stalled batch");
    assert.equal(await second, 2);
    release();
    assert.equal(await first, 1);
  });

  it("opens no more extra batches than maxStalled, however long the stall", async () => {
    let running = 0;
    let most = 0;
    const add = createBatcher(
      async (items: number[]) => {
        most = Math.max(most, ++running);
        await sleep(30);
        running--;
        return items;
      },
      { maxBatch: 1, maxInFlight: 2, stallMs: 5, maxStalled: 3 },
    );
    await Promise.all(Array.from({ length: 12 }, (_, i) => add(i)));
    assert.equal(most, 5);
  });
});
