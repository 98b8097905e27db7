import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

// The built app, started the way `npm start` does (scripts/start.ts → scripts/serve.mjs → Next), in its
// own process group so that stopping it stops Next too.

export const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";

/** Builds into .next-bench once (or again with BENCH_REBUILD=1); puts back the tsconfig.json Next rewrites. */
export function ensureBuild(log: (line: string) => void): void {
  if (fs.existsSync(`${DIST_DIR}/BUILD_ID`) && process.env.BENCH_REBUILD !== "1") return;
  log(`building the app into ${DIST_DIR} (once; BENCH_REBUILD=1 builds again)…`);
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  const result = spawnSync("npx", ["next", "build"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 15 * 60_000,
    encoding: "utf8",
  });
  if (fs.readFileSync("tsconfig.json", "utf8") !== tsconfig) fs.writeFileSync("tsconfig.json", tsconfig);
  if (result.status !== 0) throw new Error(`next build failed:\n${`${result.stdout}${result.stderr}`.slice(-3000)}`);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export type RunningServer = { baseUrl: string; stop(): Promise<void> };

export async function startServer(options: { databaseUrl: string; port: number; worker?: "on" | "off"; env?: Record<string, string> }): Promise<RunningServer> {
  if (!(await isPortFree(options.port))) throw new Error(`port ${options.port} is taken: is another benchmark running?`);
  // Pages an earlier run served from the cache (ISR) carry that run's database ids: start without them.
  fs.rmSync(`${DIST_DIR}/server/route-cache`, { recursive: true, force: true });
  const stop = await startScript("the app", "scripts/start.ts", /ready on port/, 60_000, {
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    NEXT_DIST_DIR: DIST_DIR,
    PLACARD_WORKER: options.worker ?? "on",
    PLACARD_BENCH_ROUTES: "on",
    // Each benchmark request names its own client address in X-Forwarded-For, as a proxy would.
    TRUSTED_PROXY: "one",
    ...options.env,
  });
  return { baseUrl: `http://127.0.0.1:${options.port}`, stop };
}

/** `npm run worker` (scripts/worker.ts) on the benchmark's database. */
export async function startWorker(options: { databaseUrl: string; env?: Record<string, string> }): Promise<{ stop(): Promise<void> }> {
  return { stop: await startScript("the worker", "scripts/worker.ts", /worker running/, 30_000, { DATABASE_URL: options.databaseUrl, ...options.env }) };
}

/**
 * One of the project's scripts, as npm runs it, in its own process group (so that stopping it stops
 * what it started: Next and its workers, the mail worker), without SMTP_URL or APP_URL; resolves once
 * its output says it is ready, and gives back how to stop it.
 */
async function startScript(what: string, script: string, ready: RegExp, timeoutMs: number, env: Record<string, string>): Promise<() => Promise<void>> {
  const { SMTP_URL: _smtp, APP_URL: _app, ...inherited } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", script], { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...inherited, ...env } });
  let output = "";
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = () => stopGroup(child, exited);
  const deadline = Date.now() + timeoutMs;
  while (!ready.test(output)) {
    const gone = await Promise.race([exited, sleep(200).then(() => undefined)]);
    if (gone !== undefined) throw new Error(`${what} stopped while starting (exit ${gone}):\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${what} did not start within ${timeoutMs / 1000} s:\n${output}`);
    }
  }
  return stop;
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name); // the group this benchmark started, by its id
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  await Promise.race([exited, sleep(5000)]);
  signal("SIGKILL"); // whatever of the group is still there (nothing, normally)
}

