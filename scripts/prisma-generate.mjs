// Generates the Prisma client (lib/generated/prisma). `prisma generate` does not run the native schema
// engine, but it tries to download it; where that download is impossible (an offline machine), we point
// PRISMA_SCHEMA_ENGINE_BINARY at a placeholder, which generate never executes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const run = (env) =>
  spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { env, encoding: "utf8" });

let result = run(process.env);
if (result.status !== 0 && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = path.join(os.tmpdir(), "placard-no-schema-engine");
  fs.writeFileSync(placeholder, "");
  result = run({ ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: placeholder });
}
process.stdout.write(result.stdout ?? "");
if (result.status !== 0) {
  process.stderr.write(result.stderr ?? "");
  process.exit(result.status ?? 1);
}
