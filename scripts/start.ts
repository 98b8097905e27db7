// `npm start` and `npm run dev`: check the configuration, migrate (and seed an empty embedded database),
// then hand over to Next.js. Every failure before the server starts is one line and a non-zero exit.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { envOrExit } from "../lib/env";
import { prepareDatabase, StartupError } from "../lib/boot/prepare-database";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const config = envOrExit();
const log = (line: string) => console.log(`placard: ${line}`);

if (mode === "start" && !fs.existsSync(`${config.distDir}/BUILD_ID`)) {
  console.error("placard: no production build found: run `npm run build` first (or `npm run dev`).");
  process.exit(1);
}

try {
  const db = await prepareDatabase(config, { seed: "if-empty-embedded", log });
  await db.close(); // the server opens its own; PGlite allows one owner of ./data at a time
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`placard: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

log(`serving ${config.appUrl} on port ${config.port} (database: ${config.database.display}; mail: ${config.smtp?.display ?? "development mailbox at /dev/mailbox"})`);
const child = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(config.port), ...(mode === "dev" ? ["--dev"] : [])], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: mode === "dev" ? "development" : "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
