import type { Database } from "../db/client";
import { stateList, stateLiteral } from "../db/state-literal";
import { COUNTED_STATES, OPEN_STATE } from "../petitions/states";
import { CONFIRMED_STATE } from "./states";
import type { SqlSession } from "../db/driver";

// The petition counter (docs/decisions/005-signature-counter.md). Confirming a signature never touches
// the Petition row: a job adds, every few seconds, the confirmations that arrived since the petition's
// `countedUpTo` (one indexed range count per petition, one UPDATE per petition per run), and a full
// recount corrects the count after moderation or, now and then, whatever may have slipped through.
// Only one counter runs at a time over all instances: each run holds a transaction-level advisory lock.
// `confirmedAt` is stamped with the database clock (see confirm.ts); the counter stops COUNT_LAG short
// of the database's now, so a confirmation committed a moment late is still in the next window.

export const COUNTER_LOCK_KEY = 72707401;
export const COUNT_LAG = "interval '2 seconds'";

const UPTO = `((now() AT TIME ZONE 'UTC') - ${COUNT_LAG})`;
const COUNTED = `s.status = ${stateLiteral(CONFIRMED_STATE)} AND NOT s."isSuspect"`;
const COUNTED_PETITION_STATES = stateList(COUNTED_STATES);

/** Adds new confirmations to each petition's count. Null when another instance is counting right now. */
export async function countNewSignatures(db: Database): Promise<{ counted: number; petitions: number } | null> {
  return db.sql.transaction(async (tx) => {
    if (!(await tryLock(tx))) return null;
    const rows = await tx.query<{ n: number }>(
      `WITH fresh AS (
         SELECT p.id, count(*)::int AS n
           FROM "Petition" p
           JOIN "Signature" s ON s."petitionId" = p.id
          WHERE p.status IN ${COUNTED_PETITION_STATES}
            AND ${COUNTED}
            AND s."confirmedAt" > COALESCE(p."countedUpTo", '-infinity'::timestamp)
            AND s."confirmedAt" <= ${UPTO}
          GROUP BY p.id
       )
       UPDATE "Petition" p SET "signatureCount" = p."signatureCount" + fresh.n, "countedUpTo" = ${UPTO}
         FROM fresh WHERE p.id = fresh.id
       RETURNING fresh.n`,
    );
    return { counted: rows.reduce((sum, r) => sum + Number(r.n), 0), petitions: rows.length };
  });
}

/**
 * Counts one petition's signatures from scratch (after moderators invalidate or clear signatures in bulk).
 * Waits for a running counter to finish rather than racing it. Returns the new count.
 */
export async function recountSignatures(db: Database, petitionId: string): Promise<number> {
  return db.sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${COUNTER_LOCK_KEY})`);
    const rows = await tx.query<{ n: number }>(recountSql(`p2.id = $1`), [petitionId]);
    return Number(rows[0]?.n ?? 0);
  });
}

/** Recounts every open petition, and those closed in the last day; says how many counts were wrong. */
export async function reconcileSignatureCounts(db: Database): Promise<{ checked: number; corrected: number } | null> {
  return db.sql.transaction(async (tx) => {
    if (!(await tryLock(tx))) return null;
    const rows = await tx.query<{ old: number; n: number }>(
      recountSql(`p2.status = ${stateLiteral(OPEN_STATE)} OR (p2.status IN ${COUNTED_PETITION_STATES} AND p2."closedAt" > ${UPTO} - interval '1 day')`),
    );
    return { checked: rows.length, corrected: rows.filter((r) => Number(r.old) !== Number(r.n)).length };
  });
}

/** UPDATE from a full count of each petition that `filter` (over alias p2) picks. */
function recountSql(filter: string): string {
  return `UPDATE "Petition" p SET "signatureCount" = recount.n, "countedUpTo" = ${UPTO}
            FROM (SELECT p2.id, p2."signatureCount" AS old,
                         (SELECT count(*)::int FROM "Signature" s
                           WHERE s."petitionId" = p2.id AND ${COUNTED} AND s."confirmedAt" <= ${UPTO}) AS n
                    FROM "Petition" p2 WHERE ${filter}) recount
           WHERE p.id = recount.id
       RETURNING recount.old, recount.n`;
}

async function tryLock(tx: SqlSession): Promise<boolean> {
  const rows = await tx.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock(${COUNTER_LOCK_KEY}) AS locked`);
  return rows[0]?.locked === true;
}
