import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

// A throwaway PostgreSQL cluster of a test's own, on its own port, that the test may stop and start
// (fault tests: "the database goes away mid-signature"). Never the machine's shared cluster on 5432.
// Runs the Debian binaries as the `postgres` user when the test runs as root (initdb refuses root);
// the folder is removed by destroy(). ENVIRONMENT.md describes the commands.

const run = promisify(execFile);
const BIN = process.env.PG_BIN_DIR ?? "/usr/lib/postgresql/15/bin";

export type PgCluster = {
  port: number;
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  /** The URL of a database on this cluster. */
  urlOf(database: string): string;
  createDatabase(name: string): Promise<string>;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: open connections are cut, as when a server goes down. */
  stop(): Promise<void>;
  isRunning(): boolean;
  destroy(): Promise<void>;
};

export function hasPostgresBinaries(): boolean {
  return fs.existsSync(path.join(BIN, "initdb")) && fs.existsSync(path.join(BIN, "pg_ctl"));
}

/** Creates and starts a cluster on `port`, by default a free one (so that test runs side by side never meet). */
export async function startPgCluster(port?: number): Promise<PgCluster> {
  port ??= await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `placard-pg-${port}-`));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await run("chown", ["postgres:postgres", dir]);
  const as = (cmd: string, args: string[]) => (asRoot ? run("runuser", ["-u", "postgres", "--", path.join(BIN, cmd), ...args]) : run(path.join(BIN, cmd), args));
  await as("initdb", ["-D", `${dir}/data`, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  let running = false;
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const urlOf = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;

  const cluster: PgCluster = {
    port,
    url,
    urlOf,
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      return urlOf(name);
    },
    async start() {
      await as("pg_ctl", ["-D", `${dir}/data`, "-o", options, "-l", `${dir}/log`, "-w", "start"]);
      running = true;
    },
    async stop() {
      await as("pg_ctl", ["-D", `${dir}/data`, "-m", "fast", "-w", "stop"]);
      running = false;
    },
    isRunning: () => running,
    async destroy() {
      if (running) await cluster.stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
