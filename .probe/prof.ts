import { createBenchDatabase, DEFAULT_SERVER_URL } from "../bench/database";
import { closedLoop } from "../bench/load";
import { nextSupporter, signFormFields } from "../bench/identity";
import { signPetition } from "../lib/signatures/sign";
process.env.MAIL_LARGE_DOMAINS ??= "example.org";
process.env.RATE_LIMIT_MAIL_LARGE_DOMAIN ??= "1000000000/60";
const bench = await createBenchDatabase(DEFAULT_SERVER_URL);
const sign = async () => {
  const s = nextSupporter("bench");
  const r = await signPetition(bench.db, signFormFields(bench.petition, s), { ip: s.ip, locale: "en" });
  if (!r.ok) throw new Error("refused");
};
await closedLoop(sign, { concurrency: 8, durationMs: 2000, maxCount: 1e6 });
const { Session } = await import("node:inspector/promises");
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.start");
const b = await closedLoop(sign, { concurrency: 8, durationMs: 6000, maxCount: 1e6 });
const { profile } = await session.post("Profiler.stop");
console.log("ops", b.latencies.length);
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) {
  const n: any = byId.get(samples[i]);
  const f = n.callFrame;
  const key = `${f.functionName || "(anon)"} ${f.url.replace(/.*node_modules\//, "nm/").replace(/.*\/work\/main\//, "")}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(0).padStart(6), "ms", ((100 * v) / total).toFixed(1).padStart(5) + "%", k);
await bench.drop();
process.exit(0);
