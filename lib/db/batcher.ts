// Group commit in the application: callers hand in one item each and get their own result back, while
// items that arrive together are written by one statement. A batch starts as soon as the event loop is
// free (setImmediate) and fewer than `maxInFlight` batches are running; items that arrive meanwhile wait
// for the next one. So a lone caller waits for nothing, and under a surge the batches grow by themselves
// and each commit carries many rows (docs/decisions/011-cheap-signature-writes.md).
//
// A batch is one statement: it is written whole or not at all. When it fails, its items are tried again
// one by one, so that one item's fault (or a deadlock between two batches) costs nobody else an answer.
//
// A batch that takes longer than `stallMs` (a commit waiting for a slow disk, say) no longer holds its
// slot: the items behind it go out in another batch beside it, up to `maxStalled` extra batches. So one
// stalled statement delays its own items, not every signer arriving after it.

export type Batcher<I, O> = (item: I) => Promise<O>;

export type BatchOptions = { maxBatch: number; maxInFlight: number; stallMs?: number; maxStalled?: number };

type Waiting<I, O> = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };

export function createBatcher<I, O>(run: (items: I[]) => Promise<O[]>, { maxBatch, maxInFlight, stallMs, maxStalled = 0 }: BatchOptions): Batcher<I, O> {
  const queue: Waiting<I, O>[] = [];
  let inFlight = 0;
  let stalled = 0; // batches in flight for longer than stallMs
  let scheduled = false;
  const slots = () => maxInFlight + Math.min(stalled, maxStalled);

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };

  function flush() {
    scheduled = false;
    while (queue.length > 0 && inFlight < slots()) {
      // Share what is waiting among the free slots: batches written side by side keep both the
      // application and the database busy, instead of one waiting for the other.
      const batch = queue.splice(0, Math.min(maxBatch, Math.ceil(queue.length / (slots() - inFlight))));
      inFlight++;
      let isStalled = false;
      const watch =
        stallMs !== undefined && maxStalled > 0
          ? setTimeout(() => {
              isStalled = true;
              stalled++;
              if (queue.length > 0) schedule();
            }, stallMs)
          : undefined;
      void settle(batch).finally(() => {
        clearTimeout(watch);
        inFlight--;
        if (isStalled) stalled--;
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
