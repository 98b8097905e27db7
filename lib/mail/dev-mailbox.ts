import type { Database } from "../db/client";
import { renderStoredEmail, storedEmailSelect } from "./render";

// The development mailbox (/dev/mailbox): with no SMTP_URL, outbox rows are the mail. This module
// reads them for that page and cuts their text into plain runs and links, so the page can render
// links as <a> elements and everything else as text nodes (React escapes them; no raw HTML).

export async function listMailboxEmails(db: Database, options: { take?: number; to?: string } = {}) {
  const where = options.to ? { to: { equals: options.to.trim(), mode: "insensitive" as const } } : {};
  const [emails, total] = await Promise.all([
    db.prisma.outboxEmail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: options.take ?? 50,
      select: { id: true, purpose: true, to: true, ...storedEmailSelect, status: true, createdAt: true, lastError: true },
    }),
    db.prisma.outboxEmail.count({ where }),
  ]);
  const shown = emails.map(({ id, purpose, to, status, createdAt, lastError, ...stored }) => ({ id, purpose, to, status, createdAt, lastError, ...readable(stored) }));
  return { emails: shown, total };
}

/** Subject and text as the reader gets them (a templated row rendered now), or why it cannot be shown. */
function readable(row: Parameters<typeof renderStoredEmail>[0]): { subject: string; text: string } {
  try {
    const { subject, text } = renderStoredEmail(row);
    return { subject, text };
  } catch (error) {
    return { subject: "(cannot be rendered)", text: error instanceof Error ? error.message : String(error) };
  }
}

export type TextRun = { kind: "text"; text: string } | { kind: "link"; href: string };

// http(s) URLs only. Trailing punctuation that usually ends a sentence is not part of the link.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const TRAILING = /[.,;:!?)\]'’”]+$/;

export function splitLinks(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const href = raw.replace(TRAILING, "");
    const start = match.index;
    if (!isHttpUrl(href)) continue;
    if (start > last) runs.push({ kind: "text", text: text.slice(last, start) });
    runs.push({ kind: "link", href });
    last = start + href.length;
  }
  if (last < text.length) runs.push({ kind: "text", text: text.slice(last) });
  return runs;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
