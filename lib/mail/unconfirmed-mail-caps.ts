import type { Database } from "../db/client";
import { env, type Env } from "../env";
import { addressGroup } from "../security/address-group";

// Caps on emails to addresses that have not confirmed they belong to whoever typed them: confirmation
// links for signatures and sponsors, their reminders and resends (docs/decisions/017). Without them,
// anyone could make Placard mail strangers in bulk. Two counts, both must allow:
//   - per client: its address group (IPv6 by /64, lib/security/address-group.ts), so one machine cannot
//     mail many strangers; an allow-listed address (a union's office, a stall) is not capped here;
//   - per recipient domain, so that many machines together cannot carpet-mail one organisation (an
//     embassy); a large public mailbox provider (lib/mail/large-mail-domains.ts) gets a cap that a whole
//     surge of supporters stays under.
// Over a cap, what was asked for is stored as always and the answer is the same; only the email is not
// queued (the supporter can ask for the link again later, through the resend page, which is capped too).
// The windows live in RateLimitBucket like every rate limit; the batched sign statement
// (lib/signatures/insert-signature.ts) counts the same keys in the same buckets.

export type MailCaps = Env["unconfirmedMailCaps"];

/** One window of one cap: the bucket key (as hitRateLimit writes it) and its limit. */
export type MailCapKey = { key: string; max: number; seconds: number; perClient: boolean };

/** The domain an address is at, lower case (the part after the last @). */
export function recipientDomain(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).trim().toLowerCase();
}

/** Every window an email from this client to this address counts in. */
export function mailCapKeys(ip: string, to: string, caps: MailCaps = env().unconfirmedMailCaps): MailCapKey[] {
  const domain = recipientDomain(to);
  const client = `mail:client:${addressGroup(ip)}`;
  const perDomain = caps.largeDomains.includes(domain) ? caps.perLargeDomain : caps.perDomain;
  return [
    ...caps.perClient.map((l) => ({ key: `${client}|${l.count}/${l.seconds}`, max: l.count, seconds: l.seconds, perClient: true })),
    ...perDomain.map((l) => ({ key: `mail:domain:${domain}|${l.count}/${l.seconds}`, max: l.count, seconds: l.seconds, perClient: false })),
  ];
}

/**
 * May we email this unconfirmed address now, for this client? Counts one hit in every window (one
 * statement), whatever the answer. Over a cap the caller stores what it stores, answers as always, and
 * queues no email.
 */
export async function mayMailUnconfirmedAddress(
  db: Database,
  { ip, to, now = new Date(), caps }: { ip: string; to: string; now?: Date; caps?: MailCaps },
): Promise<boolean> {
  const keys = mailCapKeys(ip, to, caps);
  const rows = await db.sql.query<{ allowed: boolean }>(
    `WITH k AS (
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::boolean[]) AS k(key, max, seconds, "perClient")
        WHERE NOT ("perClient" AND EXISTS (SELECT 1 FROM "AllowlistedAddress" a WHERE a.address = $5))
     ),
     b AS (
       INSERT INTO "RateLimitBucket" (key, count, "resetAt")
       SELECT key, 1, $6::timestamp(3) + make_interval(secs => seconds) FROM k ORDER BY key
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN "RateLimitBucket"."resetAt" <= $6::timestamp(3) THEN 1 ELSE "RateLimitBucket".count + 1 END,
         "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= $6::timestamp(3) THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
       RETURNING key, count
     )
     SELECT COALESCE(bool_and(b.count <= k.max), true) AS allowed FROM k JOIN b ON b.key = k.key`,
    [keys.map((k) => k.key), keys.map((k) => k.max), keys.map((k) => k.seconds), keys.map((k) => k.perClient), ip, now.toISOString()],
  );
  return rows[0]?.allowed !== false;
}
