import { createBenchDatabase, DEFAULT_SERVER_URL } from "../bench/database";
import { closedLoop } from "../bench/load";
import { nextSupporter, signFormFields } from "../bench/identity";
import { rawInsertInProcess } from "../bench/sign-in-process";
import { signPetition } from "../lib/signatures/sign";

process.env.MAIL_LARGE_DOMAINS ??= "example.org";
process.env.RATE_LIMIT_MAIL_LARGE_DOMAIN ??= "1000000000/60";
const mode = process.argv[2] ?? "default";
const bench = await createBenchDatabase(DEFAULT_SERVER_URL);
if (process.env.PROBE_UNLOGGED) await bench.db.sql.query(`ALTER TABLE "RateLimitBucket" SET UNLOGGED`);
if (process.env.PROBE_UNLOGGED_OUTBOX) await bench.db.sql.query(`ALTER TABLE "OutboxEmail" SET UNLOGGED`);
const caps = mode === "nocaps" ? { perClient: [], perDomain: [], perLargeDomain: [], largeDomains: [] } : undefined;
const sign = async () => {
  const s = nextSupporter("bench");
  const r = await signPetition(bench.db, signFormFields(bench.petition, s), { ip: s.ip, locale: "en", mailCaps: caps });
  if (!r.ok) throw new Error("refused");
};
const raw = rawInsertInProcess(bench.db, bench.petition);
for (let i = 0; i < 3; i++) {
  let c0 = process.cpuUsage();
  const a = await closedLoop(raw, { concurrency: Number(process.env.PROBE_C ?? 8), durationMs: 3000, maxCount: 1e6 });
  const ca = process.cpuUsage(c0);
  c0 = process.cpuUsage();
  const b = await closedLoop(sign, { concurrency: Number(process.env.PROBE_C ?? 8), durationMs: 3000, maxCount: 1e6 });
  const cb = process.cpuUsage(c0);
  const per = (c: NodeJS.CpuUsage, n: number) => (((c.user + c.system) / n)).toFixed(0) + "us/op";
  console.log(mode, "raw", a.latencies.length, per(ca, a.latencies.length), "sign", b.latencies.length, per(cb, b.latencies.length), "ratio", (b.latencies.length / a.latencies.length).toFixed(2));
}
await bench.drop();
process.exit(0);
