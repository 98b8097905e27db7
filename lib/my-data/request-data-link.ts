import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Database } from "../db/client";
import { env } from "../env";
import { locales, type Locale } from "../i18n/config";
import type { MessageKey } from "../i18n/translate";
import { enqueueEmail } from "../mail/outbox";
import { sealToken } from "../mail/sealed-token";
import { mayMailUnconfirmedAddress } from "../mail/unconfirmed-mail-caps";
import { addressGroup } from "../security/address-group";
import { hitRateLimit, type Limit } from "../security/rate-limit";
import { normaliseEmail } from "../signatures/normalise-email";
import { hashToken } from "../signatures/token";
import { DATA_LINK_MINUTES } from "./data-link";

// "Email me a link to my data". The answer is the same whether or not we hold anything under the address,
// and whether or not a cap was reached, so nobody learns who has signed. The email goes to the address we
// hold (not to what was typed) and carries nothing typed: only the link, whose token waits sealed in the
// outbox (lib/mail/sealed-token.ts) and is stored in the table only as its hash.
//
// Caps on mailing an address that has not asked before: this link's own, stricter ones (per client, IPv6 by
// its /64; per recipient domain; per recipient), and then the caps every email to an unconfirmed address
// shares (lib/mail/unconfirmed-mail-caps.ts), so that this form adds nothing to what signing allows a client.
export const DATA_LINK_LIMITS = {
  perClient: [{ count: 5, seconds: 3600 }] as Limit[],
  perDomain: [{ count: 30, seconds: 3600 }] as Limit[],
  perRecipient: [{ count: 3, seconds: 3600 }] as Limit[],
};

export const dataLinkRequestSchema = z.strictObject({
  locale: z.enum(locales, "myData.errors.emailInvalid" satisfies MessageKey),
  email: z
    .string("myData.errors.emailInvalid" satisfies MessageKey)
    .trim()
    .max(254, "myData.errors.emailInvalid" satisfies MessageKey)
    .pipe(z.email("myData.errors.emailInvalid" satisfies MessageKey)),
});

export type DataLinkRequestResult = { ok: true } | { ok: false; fieldErrors: { email: MessageKey } };

export async function requestDataLink(
  db: Database,
  raw: unknown,
  { ip, locale, now = new Date(), limits = DATA_LINK_LIMITS }: { ip: string; locale: Locale; now?: Date; limits?: typeof DATA_LINK_LIMITS },
): Promise<DataLinkRequestResult> {
  const parsed = dataLinkRequestSchema.safeParse({ ...(raw as object), locale });
  if (!parsed.success) return { ok: false, fieldErrors: { email: "myData.errors.emailInvalid" } };
  const emailNormalised = normaliseEmail(parsed.data.email);
  const domain = emailNormalised.slice(emailNormalised.lastIndexOf("@") + 1);

  for (const [key, limit] of [
    [`my-data:client:${addressGroup(ip)}`, limits.perClient],
    [`my-data:domain:${domain}`, limits.perDomain],
    [`my-data:to:${emailNormalised}`, limits.perRecipient],
  ] as const) {
    if (!(await hitRateLimit(db, key, limit, now)).allowed) return { ok: true };
  }
  if (!(await mayMailUnconfirmedAddress(db, { ip, to: emailNormalised, now }))) return { ok: true };

  const to = await heldAddress(db, emailNormalised);
  if (!to) return { ok: true };
  const token = randomBytes(32).toString("base64url");
  await db.prisma.$transaction(async (tx) => {
    await tx.supporterDataLink.create({
      data: { emailNormalised, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + DATA_LINK_MINUTES * 60_000), createdAt: now },
    });
    await enqueueEmail(tx, {
      purpose: "my-data-link",
      to,
      template: "my-data-link",
      data: { locale, sealedToken: sealToken(token, env().authSecret), validMinutes: DATA_LINK_MINUTES },
    });
  });
  return { ok: true };
}

/** The address as we hold it (the latest signature's or sponsor entry's), or null when we hold nothing. */
async function heldAddress(db: Database, emailNormalised: string): Promise<string | null> {
  const where = { emailNormalised };
  const [signature, sponsor] = await Promise.all([
    db.prisma.signature.findFirst({ where, orderBy: { createdAt: "desc" }, select: { email: true, createdAt: true } }),
    db.prisma.sponsor.findFirst({ where, orderBy: { createdAt: "desc" }, select: { email: true, createdAt: true } }),
  ]);
  const latest = [signature, sponsor].filter((r) => r !== null).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  return latest?.email || null;
}
