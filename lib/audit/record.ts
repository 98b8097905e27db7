import type { Prisma, PrismaClient } from "../generated/prisma/client";

// The audit log: who did what to which record, written in the same transaction as the change itself,
// so that a change without its entry (or an entry without its change) cannot happen.
// `details` holds what a reviewer needs to understand the action (a filter, a count, old and new
// status), never personal data such as supporters' email addresses.

export type AuditEntry = {
  actorId: string | null;
  actorEmail: string | null;
  campaignId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Prisma.InputJsonValue;
};

type AuditWriter = Pick<PrismaClient, "auditLog"> | Prisma.TransactionClient;

export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      actorEmail: entry.actorEmail,
      campaignId: entry.campaignId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      details: entry.details,
    },
  });
}
