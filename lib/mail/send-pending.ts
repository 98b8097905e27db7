import { createBatcher, type Batcher } from "../db/batcher";
import type { Database } from "../db/client";
import { runPrepared } from "../db/prepared";
import { stateLiteral } from "../db/state-literal";
import { DeliveryStatus, MailPriority, OutboxStatus } from "../generated/prisma/enums";
import { recordPermanentFailure } from "../letters/delivery-bounces";
import { renderStoredEmail, type StoredEmail } from "./render";
import { classifySendFailure, type SendFailure } from "./send-failure";
import { getTransport, type MailTransport, type OutgoingEmail } from "./transport";

// The outbox worker's one job. Rows are claimed in a short transaction (FOR UPDATE SKIP LOCKED, so any
// number of workers can run at once and each row goes to one of them), marked SENDING with a lease,
// and sent after that transaction has committed. A worker that dies mid-send leaves a lease that
// expires; the row is then claimed again. Delivery is therefore at least once; the Message-ID derived
// from the row id makes a rare duplicate recognisable. See docs/decisions/003-mail-outbox.md.

export const MAX_ATTEMPTS = 10;
/** Longer than a batch can take: connection and greeting time out after 15 s each. */
export const LEASE_MS = 10 * 60_000;

/** 30 s, 1 min, 2 min, ... at most 1 h between attempts. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

export type SendPendingOptions = {
  batchSize?: number;
  /** The time to act at (tests move it forward); also stamped as sentAt. Defaults to the clock. */
  now?: Date;
  transport?: MailTransport;
  leaseMs?: number;
  maxAttempts?: number;
  /**
   * Bulk mail (priority LOW: news) allowed in this call, shared by the calls of one worker tick: each claim
   * takes at most what is left and subtracts what it took. Without it, LOW rows fill what HIGH rows leave.
   * HIGH rows (confirmations, sign-in links, invitations) are always claimed first, so a backlog of news
   * never holds them back by more than one capped batch.
   */
  lowPriority?: { budget: number };
};

export type SendPendingResult = { claimed: number; sent: number; retrying: number; failed: number; released: number };

type ClaimedEmail = StoredEmail & Pick<OutgoingEmail, "id" | "to" | "replyTo" | "fromName" | "cc"> & { attempts: number; priority: MailPriority };

/** The claimed row as it goes out; a templated row is rendered now (docs/decisions/011). */
function outgoing(email: ClaimedEmail): OutgoingEmail | SendFailure {
  try {
    const content = renderStoredEmail(email);
    return { id: email.id, to: email.to, replyTo: email.replyTo, fromName: email.fromName, cc: email.cc, subject: content.subject, text: content.text, html: content.html, headers: content.headers };
  } catch (error) {
    // A row this code cannot render will not render on the next attempt either.
    return { kind: "permanent", reason: `could not render the email: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, isServerDown: false };
  }
}

/** One batch: claims up to `batchSize` due emails, sends them, and returns once each is marked. */
export async function sendPendingEmails(db: Database, options: SendPendingOptions = {}): Promise<SendPendingResult> {
  const { backlog: _backlog, ...result } = await drainPendingEmails(db, options);
  return result;
}

export type DrainOptions = SendPendingOptions & {
  /** Until this time (ms since the epoch), claim the next batch while this one is being sent; 0: one batch. */
  claimUntil?: number;
};

/** One second: a confirmation queued meanwhile waits at most this long for a claim, however slow the server. */
const REFILL_EVERY_MS = 1_000;

/**
 * Sends due emails as a stream (docs/decisions/025): the next rows are claimed while the claimed ones are
 * being sent, so the SMTP connections do not wait for the database. At most `batchSize` rows are claimed and
 * unsent at a time (as with one batch, that is all a hold or a cancel can miss); more are claimed when a
 * quarter is left, or when a second has passed since the last claim, and until `claimUntil`. Claimed rows
 * go out by priority: a confirmation claimed behind letters is sent before the letters claimed earlier.
 * Claiming stops once a claim comes back short (the queue is drained) or a send failed; `backlog` is true
 * when it stopped at `claimUntil` with the queue still full.
 */
export async function drainPendingEmails(db: Database, options: DrainOptions = {}): Promise<SendPendingResult & { backlog: boolean }> {
  const clock = () => options.now ?? new Date();
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const transport = options.transport ?? getTransport();
  const batchSize = options.batchSize ?? 20;
  const claimUntil = options.claimUntil ?? 0;
  const lowWater = Math.max(transport.parallel ?? 1, Math.floor(batchSize / 4));
  const result: SendPendingResult = { claimed: 0, sent: 0, retrying: 0, failed: 0, released: 0 };
  const queue: ClaimedEmail[] = []; // claimed, not yet tried, in the order they go out
  let drained = false; // a claim came back short, or a send failed: claim no more
  let claiming: Promise<void> | null = null;
  let claimError: unknown = null;
  let lastClaimAt = 0;
  const state = { serverDown: null as string | null };

  const claim = (limit: number) => {
    lastClaimAt = Date.now();
    claiming = claimDueEmails(db, {
      now: clock(),
      batchSize: limit,
      leaseMs: options.leaseMs ?? LEASE_MS,
      maxAttempts,
      lowLimit: Math.max(0, Math.floor(options.lowPriority?.budget ?? Number.MAX_SAFE_INTEGER)),
    })
      .then((rows) => {
        if (options.lowPriority) options.lowPriority.budget -= rows.filter((email) => email.priority === MailPriority.LOW).length;
        result.claimed += rows.length;
        if (rows.length < limit) drained = true;
        queue.push(...rows);
        queue.sort((a, b) => rank(a) - rank(b)); // stable: within a priority, in the order claimed
      })
      .catch((error: unknown) => {
        claimError ??= error;
        drained = true;
      })
      .finally(() => (claiming = null));
    return claiming;
  };
  const refill = () => {
    if (claiming || drained || state.serverDown !== null || Date.now() >= claimUntil || queue.length >= batchSize) return;
    if (queue.length <= lowWater || Date.now() - lastClaimAt >= REFILL_EVERY_MS) void claim(batchSize - queue.length);
  };

  // Each email is marked sent as soon as the server has accepted it, while the next one goes out; marks that
  // pile up meanwhile are written together (one statement, one commit). A worker killed mid-batch therefore
  // leaves unmarked only the email whose acceptance it had just heard, not the whole batch so far
  // (docs/decisions/020, which amends 013): delivery is at least once, with the same Message-ID, and the
  // window for a second copy is one statement long.
  const marking: Promise<void>[] = [];
  const sendOne = async (email: ClaimedEmail) => {
    const outcome = await sendClaimed(db, email, { transport, clock, maxAttempts, state, marking });
    result[outcome]++;
    if (outcome !== "sent") drained = true;
  };
  // As many sends in flight as the transport has connections (two SMTP connections: one message on each),
  // so that the pool stays busy instead of waiting for each answer in turn.
  // A lane that fails (the database went away while recording an outcome) stops the others: the rows left
  // stay claimed until their lease expires, and the error is thrown once every lane has stopped.
  let laneError: { error: unknown } | null = null;
  const lane = async () => {
    for (;;) {
      if (state.serverDown !== null || laneError) return;
      refill();
      const email = queue.shift();
      if (email) await sendOne(email);
      else if (claiming) await claiming;
      else return;
    }
  };
  const guarded = () => lane().catch((error: unknown) => void (laneError ??= { error }));
  try {
    await claim(batchSize);
    // The first email goes alone: against a server that is down, only it is tried (the others are put back
    // without an attempt).
    const first = queue.shift();
    if (first) await sendOne(first);
    await Promise.all(Array.from({ length: Math.max(1, transport.parallel ?? 1) }, guarded));
    await claiming;
    if (laneError) throw (laneError as { error: unknown }).error;
    if (state.serverDown !== null) result.released += await releaseUnattempted(db, queue.splice(0), state.serverDown, clock());
  } finally {
    const marks = await Promise.allSettled(marking);
    const failed = marks.find((m): m is PromiseRejectedResult => m.status === "rejected");
    if (failed) throw failed.reason;
  }
  if (claimError !== null) throw claimError;
  return { ...result, backlog: !drained && state.serverDown === null };
}

/** Sent in this order: what someone waits for first. */
const rank = (e: ClaimedEmail) => (e.priority === MailPriority.LOW ? 2 : e.priority === MailPriority.LETTER ? 1 : 0);

type SentMark = { id: string; transport: string; sentAt: Date };
const markers = new WeakMap<Database, Batcher<SentMark, void>>();

/** Marks one accepted email sent; marks that arrive while one is being written go together in the next. */
function markSentSoon(db: Database, mark: SentMark): Promise<void> {
  let marker = markers.get(db);
  if (!marker) markers.set(db, (marker = createBatcher((marks) => markSent(db, marks).then(() => marks.map(() => undefined)), { maxBatch: 25, maxInFlight: 1 })));
  return marker(mark);
}

/** Sends one claimed email and records the outcome (a mark on acceptance, or a retry or failure). */
async function sendClaimed(
  db: Database,
  email: ClaimedEmail,
  { transport, clock, maxAttempts, state, marking }: { transport: MailTransport; clock: () => Date; maxAttempts: number; state: { serverDown: string | null }; marking: Promise<void>[] },
): Promise<"sent" | "failed" | "retrying"> {
  const message = outgoing(email);
  if ("kind" in message) return recordFailure(db, email, message, clock(), maxAttempts);
  try {
    await transport.send(message);
  } catch (error) {
    const failure = classifySendFailure(error);
    // No point trying the rest against a server we cannot talk to.
    if (failure.isServerDown) state.serverDown ??= failure.reason;
    return recordFailure(db, email, failure, clock(), maxAttempts, isHardBounce(error));
  }
  marking.push(markSentSoon(db, { id: email.id, transport: transport.name, sentAt: clock() }));
  return "sent";
}

async function claimDueEmails(
  db: Database,
  { now, batchSize, leaseMs, maxAttempts, lowLimit }: { now: Date; batchSize: number; leaseMs: number; maxAttempts: number; lowLimit: number },
): Promise<ClaimedEmail[]> {
  // Timestamps go in as UTC ISO strings: the columns are `timestamp without time zone` holding UTC.
  const at = now.toISOString();
  return db.sql.transaction(async (tx) => {
    // A lease that expired on the last allowed attempt: that attempt never finished. Give up.
    await tx.query(
      `WITH stale AS (
         SELECT id FROM "OutboxEmail"
         WHERE status = ${stateLiteral(OutboxStatus.SENDING)} AND "lockedUntil" <= $1 AND attempts >= $2
         FOR UPDATE SKIP LOCKED
       ), failed AS (
         UPDATE "OutboxEmail" o SET status = 'FAILED', "lockedUntil" = NULL, "lastError" = $3
         FROM stale WHERE o.id = stale.id RETURNING o.id
       )
       UPDATE "LetterDelivery" d SET status = 'FAILED', error = $3 FROM failed WHERE d."outboxEmailId" = failed.id`,
      [at, maxAttempts, `gave up after ${maxAttempts} attempts: the last one never finished`],
    );
    // Index range scans (OutboxEmail(status, priority, nextAttemptAt, id)), not one scan of the whole outbox: in
    // a surge it holds a hundred thousand rows, and an OR of the conditions made PostgreSQL read and sort
    // all of them for every batch of 25. Expired leases (rare) go first; then mail someone waits for
    // (HIGH); bulk mail (LOW, news) fills what is left, at most lowLimit rows.
    const pending = (priority: MailPriority, limit: string) =>
      `SELECT id FROM "OutboxEmail"
         WHERE status = ${stateLiteral(OutboxStatus.PENDING)} AND priority = ${stateLiteral(priority)} AND "nextAttemptAt" <= $1
         ORDER BY "nextAttemptAt", id
         LIMIT ${limit}
         FOR UPDATE SKIP LOCKED`;
    const rows = await tx.query<ClaimedEmail>(
      `WITH expired AS (
         SELECT id FROM "OutboxEmail"
         WHERE status = ${stateLiteral(OutboxStatus.SENDING)} AND "lockedUntil" <= $1
         ORDER BY "nextAttemptAt", id
         LIMIT $2
         FOR UPDATE SKIP LOCKED
       ), urgent AS (
         ${pending(MailPriority.HIGH, "GREATEST(0, $2 - (SELECT count(*) FROM expired))")}
       ), letters AS (
         ${pending(MailPriority.LETTER, "GREATEST(0, $2 - (SELECT count(*) FROM expired) - (SELECT count(*) FROM urgent))")}
       ), bulk AS (
         ${pending(MailPriority.LOW, "LEAST($4::int, GREATEST(0, $2 - (SELECT count(*) FROM expired) - (SELECT count(*) FROM urgent) - (SELECT count(*) FROM letters)))")}
       ), due AS (
         SELECT id FROM expired UNION ALL SELECT id FROM urgent UNION ALL SELECT id FROM letters UNION ALL SELECT id FROM bulk
       )
       UPDATE "OutboxEmail" o SET status = 'SENDING', "lockedUntil" = $3, attempts = o.attempts + 1
       FROM due WHERE o.id = due.id
       RETURNING o.id, o."to", o.subject, o.text, o.html, o.template, o."templateData", o."replyTo", o."fromName", o.cc, o.attempts, o.priority::text AS priority`,
      [at, batchSize, new Date(now.getTime() + leaseMs).toISOString(), Math.min(lowLimit, 2_147_483_647)],
    );
    return rows.map((row) => ({ ...row, attempts: Number(row.attempts) }));
  });
}

// Not fenced by `attempts`: the messages went out, whoever else holds the rows now. One statement for the
// marks: the emails' rows, then their letter deliveries if they have any. Prepared once per connection: it
// runs every few messages in a backlog.
const MARK_SENT = `WITH marks AS (
     SELECT * FROM unnest($1::text[], $2::timestamp(3)[], $3::text[]) AS m(id, "sentAt", transport)
   ), sent AS (
     UPDATE "OutboxEmail" o SET status = 'SENT', "sentAt" = m."sentAt", transport = m.transport, "lockedUntil" = NULL, "lastError" = NULL
       FROM marks m WHERE o.id = m.id AND o.status = 'SENDING' RETURNING o.id, o."sentAt"
   )
   UPDATE "LetterDelivery" d SET status = 'SENT', "sentAt" = sent."sentAt", error = NULL FROM sent WHERE d."outboxEmailId" = sent.id`;

async function markSent(db: Database, marks: SentMark[]): Promise<void> {
  if (marks.length === 0) return;
  await runPrepared(db, MARK_SENT, [marks.map((m) => m.id), marks.map((m) => m.sentAt.toISOString()), marks.map((m) => m.transport)], "mark sent");
}

/** A 5xx answer from the server: the recipient (or the message) refused for good. */
function isHardBounce(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

async function recordFailure(db: Database, email: ClaimedEmail, failure: SendFailure, now: Date, maxAttempts: number, hardBounce = false): Promise<"failed" | "retrying"> {
  const givingUp = failure.kind === "permanent" || email.attempts >= maxAttempts;
  const lastError = failure.kind === "permanent" ? failure.reason : givingUp ? `gave up after ${email.attempts} attempts: ${failure.reason}` : failure.reason;
  // Fenced by `attempts`: if our lease expired and another worker took the row, its result counts.
  const mine = { id: email.id, status: "SENDING" as const, attempts: email.attempts };
  await db.prisma.$transaction(async (tx) => {
    if (!givingUp) {
      const retryAt = new Date(now.getTime() + retryDelayMs(email.attempts));
      const { count } = await tx.outboxEmail.updateMany({ where: mine, data: { status: "PENDING", nextAttemptAt: retryAt, lockedUntil: null, lastError } });
      // A letter waiting for another try is DEFERRED (organisers see it), and goes back to SENT when it goes.
      if (count && email.priority === MailPriority.LETTER) {
        await tx.letterDelivery.updateMany({ where: { outboxEmailId: email.id, status: { in: [DeliveryStatus.QUEUED, DeliveryStatus.DEFERRED] } }, data: { status: DeliveryStatus.DEFERRED, error: lastError } });
      }
      return;
    }
    const { count } = await tx.outboxEmail.updateMany({ where: mine, data: { status: "FAILED", lockedUntil: null, lastError } });
    // A target's address refused with 5xx is a hard bounce: BOUNCED, and the third one marks the address failing.
    if (count) await recordPermanentFailure(tx, email.id, lastError, { hard: hardBounce && failure.kind === "permanent" });
  });
  return givingUp ? "failed" : "retrying";
}

/** Puts claimed rows that were never tried back in the queue, without counting an attempt. */
async function releaseUnattempted(db: Database, emails: ClaimedEmail[], reason: string, now: Date): Promise<number> {
  if (emails.length === 0) return 0;
  const retryAt = new Date(now.getTime() + retryDelayMs(1));
  const results = await db.prisma.$transaction(
    emails.map((email) =>
      db.prisma.outboxEmail.updateMany({
        where: { id: email.id, status: "SENDING", attempts: email.attempts },
        data: { status: "PENDING", attempts: email.attempts - 1, nextAttemptAt: retryAt, lockedUntil: null, lastError: reason },
      }),
    ),
  );
  return results.reduce((sum, r) => sum + r.count, 0);
}
