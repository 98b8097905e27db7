import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { startPgCluster, type PgCluster } from "../lib/testing/pg-cluster";

// The worker beside the server (`npm start` runs it with --wait-for-database) may still be opening its
// database when PostgreSQL goes away for a moment. It used to exit then, and took the server down with it
// ("one stops, all stop"): the e2e story of a database restart lost its confirmation email that way. Now it
// waits for the database; run alone, it still says in one line that the database cannot be reached.

let cluster: PgCluster;
let databaseUrl: string;

const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", DATABASE_URL: databaseUrl, WORKER_INTERVAL_MS: "200" });

describe("the background worker when PostgreSQL is down at its start", () => {
  before(async () => {
    cluster = await startPgCluster();
    databaseUrl = await cluster.createDatabase("placard");
    await cluster.stop();
  });
  after(async () => {
    await cluster.destroy();
  });

  it("run alone, it exits with one line saying the database cannot be reached", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { env: env(), encoding: "utf8", timeout: 60_000 });
    assert.equal(result.status, 1);
    assert.match(`${result.stdout}${result.stderr}`.trim(), /^placard: cannot reach the database \(PostgreSQL at 127\.0\.0\.1:\d+\/placard\): connection refused/);
  });

  it("beside the server (--wait-for-database), it waits, and runs once the database is back", async () => {
    const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts", "--wait-for-database"], { env: env(), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    worker.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    worker.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const until = async (pattern: RegExp, ms: number) => {
      for (const deadline = Date.now() + ms; !pattern.test(out); await new Promise((r) => setTimeout(r, 100))) {
        if (worker.exitCode !== null) assert.fail(`the worker exited (${worker.exitCode}):\n${out}`);
        if (Date.now() > deadline) assert.fail(`no ${pattern} within ${ms} ms:\n${out}`);
      }
    };
    try {
      await until(/trying again every 2 s/, 60_000);
      await new Promise((r) => setTimeout(r, 3_000));
      assert.equal(worker.exitCode, null, "still waiting after another try");
      await cluster.start();
      await until(/worker running every 200 ms/, 60_000);
    } finally {
      worker.kill("SIGTERM");
      await new Promise((resolve) => (worker.exitCode !== null ? resolve(null) : worker.once("exit", resolve)));
    }
  });
});
