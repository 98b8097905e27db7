import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { seedDemo } from "../lib/seed/demo";
import { currentConsentText } from "../lib/signatures/consent";

// The benchmark's own PostgreSQL database: created on the server named by BENCH_DATABASE_URL, migrated,
// loaded with the demo campaign, and dropped at the end, whatever happened.

export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export type BenchPetition = { id: string; campaignSlug: string; slug: string; consentTextId: string };

export type BenchDatabase = { url: string; name: string; db: Database; petition: BenchPetition; drop(): Promise<void> };

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `placard_bench_${crypto.randomBytes(5).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  let db: Database | undefined;
  const drop = async () => {
    await db?.close().catch(() => undefined);
    db = undefined;
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    db = await openDatabase({ kind: "postgres", url, display: name });
    await migrate(db.sql);
    await seedDemo(db, { onlyIfEmpty: false });
    const petition = await openDemoPetition(db);
    return { url, name, db, petition, drop };
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}

async function openDemoPetition(db: Database): Promise<BenchPetition> {
  const row = await db.prisma.petition.findFirst({
    where: { status: "OPEN", campaign: { status: "LIVE" } },
    select: { id: true, slug: true, campaign: { select: { slug: true } } },
  });
  if (!row) throw new Error("the demo data has no open petition to sign");
  const consent = await currentConsentText(db, "en");
  return { id: row.id, slug: row.slug, campaignSlug: row.campaign.slug, consentTextId: consent.id };
}

/** What the run stored, to check that every accepted signature is there with its email and none is suspect. */
export async function storedCounts(db: Database, petitionId: string) {
  const [row] = await db.sql.query<{ signatures: number; suspect: number; emails: number }>(
    `SELECT (SELECT count(*)::int FROM "Signature" WHERE "petitionId" = $1 AND email LIKE 'bench-%') AS signatures,
            (SELECT count(*)::int FROM "Signature" WHERE "petitionId" = $1 AND "isSuspect") AS suspect,
            (SELECT count(*)::int FROM "OutboxEmail" WHERE purpose = 'signature-confirmation' AND "to" LIKE 'bench-%') AS emails`,
    [petitionId],
  );
  return row ?? { signatures: 0, suspect: 0, emails: 0 };
}

/** How far the app's mail worker has got through the outbox (sent, and still waiting). */
export async function outboxProgress(db: Database) {
  const [row] = await db.sql.query<{ sent: number; waiting: number }>(
    `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*) FILTER (WHERE status IN ('PENDING', 'SENDING'))::int AS waiting FROM "OutboxEmail"`,
  );
  return { sent: row?.sent ?? 0, waiting: row?.waiting ?? 0, at: Date.now() };
}

/**
 * The confirmation emails the in-process phase queued (tens of thousands, in seconds) are set aside as
 * sent before the app starts: they belong to that phase, and a worker draining them would be measured
 * against the HTTP figures. The emails of the HTTP phase's own signatures are sent by the app's worker
 * while it is measured, as in a surge.
 */
export async function setAsideQueuedEmails(db: Database): Promise<number> {
  const rows = await db.sql.query<{ n: number }>(
    `WITH aside AS (UPDATE "OutboxEmail" SET status = 'SENT', "sentAt" = now() AT TIME ZONE 'UTC', transport = 'bench: set aside'
                     WHERE status = 'PENDING' RETURNING 1)
     SELECT count(*)::int AS n FROM aside`,
  );
  return Number(rows[0]?.n ?? 0);
}
