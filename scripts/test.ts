// `npm test`: the whole pyramid, in the order that fails fastest. Lint, types, unit and integration
// tests (on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set), a production build, then the
// Playwright stories in Chromium against that build with a real SMTP server. Prints a summary.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { missingBrowser } from "../e2e/support/browser";

type Step = { key: string; name: string; cmd: string; args: string[]; count?: (out: string) => { passed: number; failed: number } };

function findTests(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", "generated", "data", "e2e"].includes(entry.name) || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) findTests(full, out);
    else if (entry.name.endsWith(".test.ts")) out.push(full);
  }
  return out;
}

const nodeCounts = (out: string) => ({
  passed: Number(/^ℹ pass (\d+)/m.exec(out)?.[1] ?? 0),
  failed: Number(/^ℹ fail (\d+)/m.exec(out)?.[1] ?? 0),
});
const playwrightCounts = (out: string) => ({
  passed: Number(/^\s+(\d+) passed/m.exec(out)?.[1] ?? 0),
  failed: Number(/^\s+(\d+) failed/m.exec(out)?.[1] ?? 0) + Number(/^\s+(\d+) flaky/m.exec(out)?.[1] ?? 0),
});

const testFiles = ["lib", "scripts", "app", "components", "bench"].filter((d) => fs.existsSync(d)).flatMap((d) => findTests(d)).sort();
const steps: Step[] = [
  { key: "generate", name: "prisma client", cmd: "node", args: ["scripts/prisma-generate.mjs"] },
  { key: "typegen", name: "route types", cmd: "npx", args: ["next", "typegen"] },
  { key: "lint", name: "lint", cmd: "npx", args: ["eslint", "--max-warnings=0", "."] },
  { key: "types", name: "types", cmd: "npx", args: ["tsc", "--noEmit", "--incremental", "false"] },
  {
    key: "unit",
    name: `unit + integration (${process.env.TEST_DATABASE_URL ? "PGlite and PostgreSQL" : "PGlite only: set TEST_DATABASE_URL for PostgreSQL"})`,
    cmd: "node",
    args: ["--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=2", ...testFiles],
    count: nodeCounts,
  },
  { key: "build", name: "build", cmd: "npx", args: ["next", "build"] },
  { key: "e2e", name: "e2e (Playwright, Chromium)", cmd: "npx", args: ["playwright", "test"], count: playwrightCounts },
];

function run(step: Step): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const relay = (chunk: Buffer, to: NodeJS.WriteStream) => {
      out += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on("data", (c: Buffer) => relay(c, process.stdout));
    child.stderr.on("data", (c: Buffer) => relay(c, process.stderr));
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

// `--only=unit` (or lint, types, build, e2e...) runs one step.
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const chosen = only ? steps.filter((s) => s.key === only) : steps;
if (only && chosen.length === 0) {
  console.error(`unknown step ${only}; steps: ${steps.map((s) => s.key).join(", ")}`);
  process.exit(2);
}

// The stories need a browser: say so at once, before minutes of other steps, if there is none.
const noBrowser = chosen.some((s) => s.key === "e2e") ? missingBrowser() : null;
if (noBrowser) {
  console.error(`npm test: the e2e stories cannot run: ${noBrowser} (README, "Two commands").`);
  process.exit(1);
}

const summary: string[] = [];
let passed = 0;
let failed = 0;
let ok = true;
for (const step of chosen) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const { code, out } = await run(step);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = step.count?.(out);
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  summary.push(`${code === 0 ? "ok  " : "FAIL"} ${step.name} (${seconds}s)${counts ? `: ${counts.passed} passed, ${counts.failed} failed` : ""}`);
  if (code !== 0) {
    ok = false;
    break;
  }
}
console.log(`\n=== summary ===\n${summary.join("\n")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
