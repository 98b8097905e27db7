import fs from "node:fs";
import path from "node:path";
import { mailDir } from "./ports";

// Reads what the e2e SMTP server received (see global-setup.ts). Real SMTP, real MIME, parsed by mailparser.

export type ReceivedEmail = {
  seq: number;
  receivedAt: string;
  envelopeTo: string[];
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Every header line as received, unfolded by mailparser ("Subject: ..."). */
  headers: string[];
};

export function readAllEmails(): ReceivedEmail[] {
  const dir = mailDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as ReceivedEmail);
}

export function emailsTo(address: string): ReceivedEmail[] {
  const want = address.toLowerCase();
  return readAllEmails().filter((m) => m.envelopeTo.includes(want));
}

/** Waits for the next email to `address` (optionally matching `subject`) that was not in `seen`. */
export async function waitForEmail(
  address: string,
  options: { subject?: RegExp; timeoutMs?: number; after?: number } = {},
): Promise<ReceivedEmail> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  while (Date.now() < deadline) {
    const match = emailsTo(address).find(
      (m) => m.seq > (options.after ?? 0) && (!options.subject || options.subject.test(m.subject)),
    );
    if (match) return match;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no email to ${address}${options.subject ? ` matching ${options.subject}` : ""} within the timeout`);
}

/** The highest sequence number received so far (pass it as `after` to wait for a newer email). */
export function lastSeq(): number {
  return readAllEmails().reduce((max, m) => Math.max(max, m.seq), 0);
}

/** Every http(s) link in the plain-text part. */
export function linksIn(email: ReceivedEmail): string[] {
  return [...email.text.matchAll(/https?:\/\/[^\s<>"')]+/g)].map((m) => m[0]);
}

/** The first link whose path contains `fragment`. */
export function linkTo(email: ReceivedEmail, fragment: string): string {
  const link = linksIn(email).find((l) => l.includes(fragment));
  if (!link) throw new Error(`no link containing ${fragment} in "${email.subject}"`);
  return link;
}
