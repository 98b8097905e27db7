// Group commit in the application: callers hand in one item each and get their own result back, while
// items that arrive together are written by one statement. A batch starts as soon as the event loop is
// free (setImmediate) and fewer than `maxInFlight` batches are running; items that arrive meanwhile wait
// for the next one. So a lone caller waits for nothing, and under a surge the batches grow by themselves
// and each commit carries many rows (docs/decisions/011-cheap-signature-writes.md).
//
// A batch is one statement: it is written whole or not at all. When it fails, its items are tried again
// one by one, so that one item's fault (or a deadlock between two batches) costs nobody else an answer.

export type Batcher<I, O> = (item: I) => Promise<O>;

export type BatchOptions = { maxBatch: number; maxInFlight: number };

type Waiting<I, O> = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };

export function createBatcher<I, O>(run: (items: I[]) => Promise<O[]>, { maxBatch, maxInFlight }: BatchOptions): Batcher<I, O> {
  const queue: Waiting<I, O>[] = [];
  let inFlight = 0;
  let scheduled = false;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };

  function flush() {
    scheduled = false;
    while (queue.length > 0 && inFlight < maxInFlight) {
      // Share what is waiting among the free slots: batches written side by side keep both the
      // application and the database busy, instead of one waiting for the other.
      const batch = queue.splice(0, Math.min(maxBatch, Math.ceil(queue.length / (maxInFlight - inFlight))));
      inFlight++;
      void settle(batch).finally(() => {
        inFlight--;
        if (queue.length > 0) schedule();
      });
    }
  }

  async function settle(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const results = await run(batch.map((w) => w.item));
      if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} gave ${results.length} results`);
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // Alone, each item succeeds or fails on its own account.
      await Promise.all(batch.map((w) => run([w.item]).then((r) => w.resolve(r[0]!), w.reject)));
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      schedule();
    });
}
