import type { Database } from "../db/client";
import { recountSignatures } from "../signatures/count";
import type { DataSession } from "./data-link";

// A supporter withdraws one of their signatures: it is deleted (not kept as "withdrawn": it was theirs),
// and when it counted, the petition is recounted, so the published count drops by exactly one. The
// address of the session is in the where: nobody withdraws another person's signature.

export async function withdrawSignature(db: Database, session: DataSession, signatureId: unknown): Promise<{ withdrawn: boolean }> {
  if (typeof signatureId !== "string" || signatureId.length === 0 || signatureId.length > 64) return { withdrawn: false };
  const rows = await db.sql.query<{ petitionId: string; status: string }>(
    `DELETE FROM "Signature" WHERE id = $1 AND "emailNormalised" = $2 RETURNING "petitionId", status`,
    [signatureId, session.emailNormalised],
  );
  const row = rows[0];
  if (!row) return { withdrawn: false };
  if (row.status === "CONFIRMED") await recountSignatures(db, row.petitionId);
  return { withdrawn: true };
}
