import crypto from "node:crypto";
import pg from "pg";
import { openDatabase } from "./lib/db/client";
import { migrate } from "./lib/db/migrate";
import { seedDemo } from "./lib/seed/demo";
import { signPetition } from "./lib/signatures/sign";
import { ensureConsentText } from "./lib/signatures/consent";
import { newConfirmationToken } from "./lib/signatures/token";
const server = "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `placard_signperf_${crypto.randomBytes(3).toString("hex")}`;
const a = new pg.Client({ connectionString: server }); await a.connect(); await a.query(`CREATE DATABASE ${name}`); await a.end();
const db = await openDatabase({ kind: "postgres", url: `postgresql://postgres@127.0.0.1:5432/${name}`, display: name });
try {
  await migrate(db.sql); await seedDemo(db, { onlyIfEmpty: false });
  const p = await db.prisma.petition.findFirstOrThrow({ where: { slug: "justice-for-zhanaozen" }, select: { id: true } });
  const consent = await ensureConsentText(db.prisma, "en");
  let n = 0;
  const raw = async () => { const i = n++; const t = newConfirmationToken(new Date(), 7); const e = `raw${i}@example.org`;
    await db.sql.query(`INSERT INTO "Signature" (id, "petitionId", name, email, "emailNormalised", country, "consentTextId", locale, "ipAddress", "tokenHash", "tokenExpiresAt") VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`, [crypto.randomUUID(), p.id, "B", e, e, "KZ", consent.id, "en", "10.0.0.1", t.tokenHash, t.expiresAt]); };
  const sign = async () => { const i = n++; const r = await signPetition(db, { petitionId: p.id, locale: "en", consentTextId: consent.id, name: "Bench", email: `s${i}@example.org`, country: "KZ", homepage: "" }, { ip: `10.1.${(i >> 8) & 255}.${i & 255}`, locale: "en", ...(process.env.NOLIMIT ? { limits: [] } : {}) }); if (!r.ok) throw new Error(r.reason); };
  async function loop(fn: () => Promise<void>, ms: number) { let done = 0; const end = Date.now() + ms; await Promise.all(Array.from({ length: 8 }, async () => { while (Date.now() < end) { await fn(); done++; } })); return done / (ms / 1000); }
  await loop(raw, 1000); await loop(sign, 1000);
  const r = [], s = [];
  for (let k = 0; k < 2; k++) { r.push(await loop(raw, 3000)); s.push(await loop(sign, 3000)); }
  const avg = (x: number[]) => x.reduce((a, b) => a + b) / x.length;
  console.log("raw", avg(r).toFixed(0), "sign", avg(s).toFixed(0), "ratio", (avg(s) / avg(r)).toFixed(2));
} finally { await db.close(); const d = new pg.Client({ connectionString: server }); await d.connect(); await d.query(`DROP DATABASE ${name} WITH (FORCE)`); await d.end(); }
