import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";

// The benchmark's baseline (bench/run.ts): the least a route can do to store a signature — read the
// form, one INSERT through the raw driver, answer like the sign form does. No validation, no unique
// answer, no email, no rate limit. Exists only when PLACARD_BENCH_ROUTES=on, which lib/env.ts refuses
// outside localhost.

export async function POST(request: Request): Promise<Response> {
  if (!env().benchRoutes) return new Response("Not found", { status: 404 });
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "");
  const email = field("email");
  const db = await getDb();
  await db.sql.query(
    `INSERT INTO "Signature" (id, "petitionId", name, email, "emailNormalised", country, "consentTextId", locale, "tokenHash", "tokenExpiresAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [crypto.randomUUID(), field("petitionId"), field("name"), email, email.toLowerCase(), field("country"), field("consentTextId"), "en", crypto.randomBytes(32).toString("hex"), new Date(Date.now() + 7 * 86_400_000)],
  );
  return new Response(null, { status: 303, headers: { Location: "/en" } });
}
