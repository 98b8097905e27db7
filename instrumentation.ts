// Next.js calls register() once when a server instance starts. On the embedded database (PGlite, which
// one process owns), the background worker (outbox mail, counts, purges) runs inside the server unless
// PLACARD_WORKER=off. On PostgreSQL scripts/start.ts runs it in a process of its own beside the server
// (docs/decisions/013). Modules are imported dynamically so the edge bundle stays Node-free.

export async function register(): Promise<void> {
  // NEXT_RUNTIME and NEXT_PHASE are set by Next.js itself, not configuration (lib/env.ts reads that).
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  const config = env();
  if (config.workerPlacement !== "in-server") return;
  const holder = globalThis as unknown as { __placardWorker?: unknown };
  if (holder.__placardWorker) return; // development reloads: one worker per process
  const [{ getDb }, { startWorker }] = await Promise.all([import("./lib/db"), import("./lib/worker/worker")]);
  holder.__placardWorker = startWorker(await getDb(), { intervalMs: config.workerIntervalMs });
  console.log(`placard: worker started in the server (every ${config.workerIntervalMs} ms; PLACARD_WORKER=off to run it apart)`);
}
