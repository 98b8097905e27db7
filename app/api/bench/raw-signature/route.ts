import crypto from "node:crypto";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/security/client-ip";

// The benchmark's baseline (bench/run.ts): the least a route can do to store a signature — read the
// form, one INSERT through the raw driver, answer like the sign form does. No validation, no unique
// answer, no email, no rate limit. Exists only when PLACARD_BENCH_ROUTES=on, which lib/env.ts refuses
// outside localhost.

export async function POST(request: Request): Promise<Response> {
  if (!env().benchRoutes) return new Response("Not found", { status: 404 });
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "");
  const optional = (name: string) => field(name) || null;
  const email = field("email");
  const now = new Date();
  const db = await getDb();
  // The same columns signPetition writes (bench/sign-in-process.ts inserts the same row in-process).
  await db.sql.query(
    `INSERT INTO "Signature" (id, "petitionId", name, email, "emailNormalised", country, city, organisation, role, comment,
       "isPublic", "wantsUpdates", "consentTextId", locale, "isSuspect", "suspectReason", "ipAddress", "tokenHash", "tokenExpiresAt", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, false, NULL, $15, $16, $17, $18)`,
    [
      crypto.randomUUID(),
      field("petitionId"),
      field("name"),
      email,
      email.toLowerCase(),
      field("country"),
      optional("city"),
      optional("organisation"),
      optional("role"),
      optional("comment"),
      field("isPublic") === "on",
      field("wantsUpdates") === "on",
      field("consentTextId"),
      field("locale") || "en",
      clientIpFrom(request.headers, env().trustedProxy),
      crypto.randomBytes(32).toString("hex"),
      new Date(now.getTime() + 7 * 86_400_000),
      now,
    ],
  );
  return new Response(null, { status: 303, headers: { Location: "/en" } });
}
