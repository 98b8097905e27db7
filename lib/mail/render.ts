import type { PrismaClient } from "../generated/prisma/client";
import { renderTemplate } from "./templates/registry";

// What an outbox row says, as the reader will get it: its finished text, or its template rendered now.

export type StoredEmail = { subject: string | null; text: string | null; html: string | null; template: string | null; templateData: unknown };

export const storedEmailSelect = { subject: true, text: true, html: true, template: true, templateData: true } as const;

export function renderStoredEmail(row: StoredEmail): { subject: string; text: string; html: string | null; headers?: Record<string, string> } {
  if (row.template) return renderTemplate(row.template, row.templateData);
  if (row.subject === null || row.text === null) throw new Error("outbox row has neither a template nor a text");
  return { subject: row.subject, text: row.text, html: row.html };
}

/** Emails queued to one address, oldest first, as their reader gets them (tests and the dev mailbox read mail this way). */
export async function renderedEmailsTo(db: { prisma: PrismaClient }, to: string) {
  const rows = await db.prisma.outboxEmail.findMany({
    where: { to },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { purpose: true, ...storedEmailSelect },
  });
  return rows.map((row) => ({ purpose: row.purpose, ...renderStoredEmail(row) }));
}
