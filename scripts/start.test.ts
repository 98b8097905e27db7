import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";

// The faults a new operator meets first, tried on the real start script: one clear line, a non-zero
// exit, no stack trace, and nothing started.

function start(env: Record<string, string>, script = "scripts/db-migrate.ts") {
  const result = spawnSync(process.execPath, ["--import", "tsx", script], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe("starting with a bad configuration", () => {
  it("exits with one line naming DATABASE_URL when it cannot be parsed", () => {
    const { code, out } = start({ DATABASE_URL: "mysql://localhost/placard" });
    assert.equal(code, 78);
    assert.equal(out.trim(), 'placard: configuration error: DATABASE_URL has the scheme "mysql:"; expected postgres://, postgresql:// or pglite://');
  });

  it("exits with one line naming SMTP_URL when it cannot be parsed", () => {
    const { code, out } = start({ SMTP_URL: "mail.example.org:25" });
    assert.equal(code, 78);
    assert.match(out.trim(), /^placard: configuration error: SMTP_URL /);
    assert.equal(out.trim().split("\n").length, 1);
  });

  it("refuses to open the server to other machines with the development secret, in one line", () => {
    const { code, out } = start({ HOST: "0.0.0.0", DATABASE_URL: "pglite:memory" }, "scripts/start.ts");
    assert.equal(code, 78);
    assert.equal(out.trim(), "placard: configuration error: AUTH_SECRET must be set when HOST (0.0.0.0) lets other machines reach the app (try: openssl rand -hex 32)");
  });

  it("says clearly that PostgreSQL cannot be reached, without a stack trace", () => {
    const { code, out } = start({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/placard" });
    assert.equal(code, 1);
    assert.match(out.trim(), /^placard: cannot reach the database \(PostgreSQL at 127\.0\.0\.1:1\/placard\): connection refused/);
    assert.doesNotMatch(out, /\n\s+at /);
  });
});
