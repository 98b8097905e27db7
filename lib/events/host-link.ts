import type { Database } from "../db/client";
import { hashToken, looksLikeToken, newConfirmationToken } from "../signatures/token";

// The host's private link: /[locale]/events/host/[token] (edit, cancel) and …/[token]/report (the report).
// Emailed once the host has confirmed their address; only its hash is kept (Event.hostTokenHash), so a
// copy of the database opens no event. It works for as long as the event exists.

export function newHostToken(): { token: string; tokenHash: string } {
  const { token, tokenHash } = newConfirmationToken(new Date(), 1);
  return { token, tokenHash };
}

export function hostPath(locale: string, token: string): string {
  return `/${locale}/events/host/${token}`;
}

export function hostReportPath(locale: string, token: string): string {
  return `${hostPath(locale, token)}/report`;
}

/** The event a host link opens, with its campaign's slug; null for anything else. */
export async function findEventByHostToken(db: Database, token: unknown) {
  if (!looksLikeToken(token)) return null;
  return db.prisma.event.findUnique({
    where: { hostTokenHash: hashToken(token) },
    include: { campaign: { select: { id: true, slug: true, status: true, defaultLocale: true } } },
  });
}
