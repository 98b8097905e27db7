import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, testDatabaseKinds } from "../testing/db";

// The database fails in the middle of a signature (a check refuses the signer's name) and the server
// logs the thrown error as Next.js does: the log holds codes, never the signer's email, name, address
// or token. Before database-error.ts, PGlite's error carried the whole batch as `params` and
// PostgreSQL's `detail` the failing row.

const NAME = "Probe Loggable Person";
const EMAIL = "probe.loggable@example.org";
const IP = "198.51.100.77";

for (const kind of testDatabaseKinds()) {
  describe(`what a database error on the sign path leaves in the server log [${kind}]`, () => {
    let child: ChildProcess;
    let log = "";
    let ready: { port: number; petitionId: string };
    let cleanup = async () => {};

    before(async () => {
      let target: string;
      if (kind === "pglite") {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "placard-probe-"));
        target = path.join(dir, "db");
        cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
      } else {
        const db = await createTestDatabase("postgres", { migrated: false });
        target = db.url!;
        cleanup = () => db.close();
      }
      child = spawn(process.execPath, ["--import", "tsx", "lib/testing/serve-sign-endpoint.ts"], {
        env: { ...process.env, PROBE_DATABASE: target, PROBE_NAME: NAME },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stderr!.on("data", (chunk) => (log += String(chunk)));
      ready = await new Promise((resolve, reject) => {
        child.stdout!.on("data", (chunk) => {
          log += String(chunk);
          const match = /ready (\d+) (\S+)/.exec(log);
          if (match) resolve({ port: Number(match[1]), petitionId: match[2]! });
        });
        child.once("exit", (code) => reject(new Error(`the probe server stopped (${code}): ${log}`)));
      });
    });

    after(async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await cleanup();
    });

    it("answers 500 and logs the database's code without the signer's email, name, address or token", async () => {
      const before = log.length;
      const body = new URLSearchParams({ petitionId: ready.petitionId, locale: "en", name: NAME, email: EMAIL, country: "GB", city: "Leeds", comment: "Solidarity" });
      const response = await fetch(`http://127.0.0.1:${ready.port}/api/sign`, { method: "POST", body, headers: { "x-forwarded-for": IP, accept: "application/json" } });
      assert.equal(response.status, 500);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const written = log.slice(before);
      for (const secret of [NAME, EMAIL, "probe.loggable", IP, "Leeds", "Solidarity"]) assert.ok(!written.includes(secret), `${secret} is not in the log`);
      assert.doesNotMatch(written, /\b[0-9a-f]{64}\b/, "no token hash");
      assert.doesNotMatch(written, /(?<![\w-])[A-Za-z0-9_-]{43}(?![\w-])/, "no confirmation token");
      assert.match(written, /database error 23514/, "the error is logged, with its SQLSTATE");
    });
  });
}
