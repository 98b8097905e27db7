import crypto from "node:crypto";
import type { Database } from "../lib/db/client";
import { signPetition } from "../lib/signatures/sign";
import type { BenchPetition } from "./database";
import { nextSupporter, signFormFields } from "./identity";
import type { Task } from "./load";

// The sign path in this process, through the pg pool the app uses: validation, the petition check, the
// rate-limit counters, the unique check and the confirmation email queued in the same transaction.

export function signInProcess(db: Database, petition: BenchPetition): Task {
  return async () => {
    const supporter = nextSupporter("bench");
    const address = { campaignSlug: petition.campaignSlug, petitionSlug: petition.slug };
    const result = await signPetition(db, address, signFormFields(petition, supporter), { ip: supporter.ip, locale: "en" });
    if (!result.ok) throw new Error(`signPetition refused a valid signature: ${result.reason}`);
  };
}

// The baseline: the same row (same columns and values as signPetition writes) in one INSERT through the
// raw driver on the same pool. No validation, no rate limit, no email, no transaction of its own.
const INSERT = `INSERT INTO "Signature" (id, "petitionId", name, email, "emailNormalised", country, city, organisation, role,
  comment, "isPublic", "wantsUpdates", "consentTextId", locale, "isSuspect", "suspectReason", "ipAddress", "tokenHash",
  "tokenExpiresAt", "createdAt")
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`;

export function rawInsertInProcess(db: Database, petition: BenchPetition): Task {
  return async () => {
    const supporter = nextSupporter("base");
    const now = new Date();
    await db.sql.query(INSERT, [
      crypto.randomUUID(),
      petition.id,
      "Aigul Benchmark",
      supporter.email,
      supporter.email.toLowerCase(),
      "KZ",
      "Aktau",
      null,
      null,
      null,
      true,
      true,
      petition.consentTextId,
      "en",
      false,
      null,
      supporter.ip,
      crypto.randomBytes(32).toString("hex"),
      new Date(now.getTime() + 7 * 86_400_000),
      now,
    ]);
  };
}
