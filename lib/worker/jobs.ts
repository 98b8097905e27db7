import type { Database } from "../db/client";
import { drainPendingEmails } from "../mail/send-pending";
import { purgeOldEmails } from "../mail/purge-sent-mail";
import { purgeExpiredRateLimits } from "../security/rate-limit";
import { purgeExpiredSessions } from "../auth/sessions";
import { purgeExpiredSignInTokens } from "../auth/tokens";
import { countNewSignatures, reconcileSignatureCounts } from "../signatures/count";
import { purgeUnconfirmedSponsors } from "../sponsors/purge-unconfirmed";
import { endDueCampaigns } from "../campaigns/erase-supporter-data";
import { forgetOldAddresses } from "../privacy/forget-old-addresses";
import { purgeExpiredDataLinks } from "../my-data/data-link";
import { sendEventHostNudges } from "../events/reminders";

// Everything the background worker does. Each job must be safe to run in several workers at once
// (claim rows with FOR UPDATE SKIP LOCKED, or be an idempotent delete). A new job: one entry here.
// `run` may return a short summary (no personal data) for the log; nothing is logged when it is empty.

export type WorkerJob = {
  name: string;
  /** Minimum time between two runs; 0 = every tick. */
  everyMs: number;
  run(db: Database): Promise<string | void>;
  /** True when the last run stopped with work still waiting (a mail backlog): the next tick starts at once. */
  hasBacklog?(): boolean;
};

const MINUTE = 60_000;
/** At most this many claimed and not yet sent; the next claim goes out when a quarter is left (docs/decisions/025). */
const MAIL_BATCH = 100;
/** Bulk mail (news) per tick: the rest of each batch is for mail someone waits for (confirmations, sign-in). */
export const NEWS_MAIL_PER_TICK = 10;

/**
 * While the queue stays full (a surge of signatures, 10,000 letters), keep sending for up to `drainMs` a
 * tick, claiming the next rows while the last ones go out (docs/decisions/025), so that confirmation emails
 * keep up instead of waiting a tick per batch; then let the other jobs run and come straight back.
 */
export function sendPendingEmailsJob({ drainMs = 2_000 } = {}): WorkerJob {
  let backlog = false;
  return {
    name: "send-pending-emails",
    everyMs: 0,
    hasBacklog: () => backlog,
    async run(db) {
      backlog = false;
      const r = await drainPendingEmails(db, { batchSize: MAIL_BATCH, claimUntil: Date.now() + drainMs, lowPriority: { budget: NEWS_MAIL_PER_TICK } });
      backlog = r.backlog;
      if (r.claimed === 0) return;
      return `sent ${r.sent}, will retry ${r.retrying + r.released}, failed ${r.failed}`;
    },
  };
}

export const jobs: WorkerJob[] = [
  {
    // First in the list so that a long mail batch never delays the count (docs/decisions/005).
    name: "count-signatures",
    everyMs: 5_000,
    async run(db) {
      await countNewSignatures(db);
    },
  },
  {
    name: "reconcile-signature-counts",
    everyMs: 10 * MINUTE,
    async run(db) {
      const r = await reconcileSignatureCounts(db);
      if (r?.corrected) return `corrected ${r.corrected} of ${r.checked} petition counts`;
    },
  },
  sendPendingEmailsJob(),
  {
    // The day before an event, its host's reminder; an hour after its end, the request for the report.
    name: "event-host-reminders",
    everyMs: MINUTE,
    async run(db) {
      const { reminders, reportRequests } = await sendEventHostNudges(db);
      if (reminders || reportRequests) return `event reminders ${reminders}, report requests ${reportRequests}`;
    },
  },
  {
    // Supporters were told: "We delete your details when the campaign ends" (docs/decisions/014).
    name: "end-due-campaigns",
    everyMs: MINUTE,
    async run(db) {
      const { ended, erased } = await endDueCampaigns(db);
      if (ended) return `ended ${ended} campaigns: erased ${erased.signaturesErased} signatures and ${erased.sponsorsErased} sponsors' contact details, deleted ${erased.signaturesDeleted + erased.sponsorsDeleted} unconfirmed entries`;
    },
  },
  {
    name: "purge-rate-limits",
    everyMs: 10 * MINUTE,
    async run(db) {
      await purgeExpiredRateLimits(db);
    },
  },
  {
    name: "purge-expired-sign-ins",
    everyMs: 60 * MINUTE,
    async run(db) {
      const tokens = await purgeExpiredSignInTokens(db);
      const sessions = await purgeExpiredSessions(db);
      if (tokens || sessions) return `deleted ${tokens} expired sign-in links and ${sessions} expired sessions`;
    },
  },
  {
    name: "purge-unconfirmed-sponsors",
    everyMs: 60 * MINUTE,
    async run(db) {
      const deleted = await purgeUnconfirmedSponsors(db);
      if (deleted) return `deleted ${deleted} sponsor entries never confirmed`;
    },
  },
  {
    // Full addresses for 7 days, networks until day 30, then none (docs/decisions/019).
    name: "forget-old-addresses",
    everyMs: 60 * MINUTE,
    async run(db) {
      const { truncated, dropped } = await forgetOldAddresses(db);
      if (truncated || dropped) return `cut ${truncated} signers' addresses to their network, dropped ${dropped}`;
    },
  },
  {
    name: "purge-expired-data-links",
    everyMs: 60 * MINUTE,
    async run(db) {
      await purgeExpiredDataLinks(db);
    },
  },
  {
    name: "purge-sent-mail",
    everyMs: 60 * MINUTE,
    async run(db) {
      const deleted = await purgeOldEmails(db);
      if (deleted) return `deleted ${deleted} old emails`;
    },
  },
];
