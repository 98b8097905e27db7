import nodemailer from "nodemailer";
// The full path: this package has no "exports" map, and the server bundle loads it with Node's ESM resolver.
import SMTPPool from "nodemailer/lib/smtp-pool/index.js";
import { env, type Env } from "../env";

// The one way out. With SMTP_URL: one nodemailer SMTP transport. Without it (a laptop): the
// development mailbox, which sends nothing; the outbox row itself is what /dev/mailbox shows.

export type OutgoingEmail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  replyTo: string | null;
  /** Display name for From (the address is always MAIL_FROM's): "Name via Placard" on letters. */
  fromName?: string | null;
  cc?: string[];
  /** Extra headers a template sets (List-Unsubscribe and List-Unsubscribe-Post on news, RFC 8058). */
  headers?: Record<string, string>;
};

export type MailTransport = {
  /** Recorded on the row as `transport` (never holds credentials). */
  readonly name: string;
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
};

export const DEV_MAILBOX_TRANSPORT = "dev-mailbox";

/**
 * A Message-ID that depends only on the outbox row, so that if a row is ever sent twice (a worker died
 * after the server accepted the message but before the row was marked SENT), both copies carry the
 * same ID and mail clients and servers can recognise the duplicate.
 */
export function messageIdFor(outboxId: string, mailFrom: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom.trim())?.[1] ?? "placard.invalid";
  return `<outbox.${outboxId}@${domain.toLowerCase()}>`;
}

/** The bare address of MAIL_FROM ("Placard <placard@example.org>" → placard@example.org). */
export function addressOf(mailFrom: string): string {
  return /<([^>]+)>\s*$/.exec(mailFrom.trim())?.[1] ?? mailFrom.trim();
}

export function createSmtpTransport(options: { url: string; from: string; name?: string }): MailTransport {
  const transporter = nodemailer.createTransport(
    new SMTPPool({
      pool: true,
      url: options.url,
      // Connections are kept and reused: in a surge, each email no longer pays for a new connection, a
      // TLS handshake and a login (that alone took longer than sending it). Two at most per worker.
      maxConnections: 2,
      maxMessages: 100,
      // Fail fast rather than hold a worker's lease for minutes (nodemailer's defaults are 2 min / 10 min).
      // Values in the URL's query string (?connectionTimeout=...) take precedence.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
      disableFileAccess: true,
      disableUrlAccess: true,
    }),
  );
  return {
    name: options.name ?? "smtp",
    async send(email) {
      const info = await transporter.sendMail({
        from: email.fromName ? { name: email.fromName, address: addressOf(options.from) } : options.from,
        to: email.to,
        cc: email.cc?.length ? email.cc : undefined,
        replyTo: email.replyTo ?? undefined,
        subject: email.subject,
        text: email.text,
        html: email.html ?? undefined,
        messageId: messageIdFor(email.id, options.from),
        headers: email.headers,
      });
      // With copies, the server may accept them and refuse the recipient: the message did not reach `to`.
      const refused = (info.rejectedErrors ?? []).find((e) => (e as { recipient?: string }).recipient?.toLowerCase() === email.to.toLowerCase());
      if (refused || info.rejected.some((a) => String(typeof a === "string" ? a : (a as { address?: string }).address).toLowerCase() === email.to.toLowerCase())) {
        throw refused ?? Object.assign(new Error("the recipient was refused"), { code: "EENVELOPE" });
      }
    },
    close: () => transporter.close(),
  };
}

export const devMailboxTransport: MailTransport = {
  name: DEV_MAILBOX_TRANSPORT,
  async send() {
    // Nothing leaves the machine: the row, marked SENT, is the message the development mailbox lists.
  },
  close() {},
};

export function createTransportFromEnv(config: Pick<Env, "smtp" | "mailFrom">): MailTransport {
  if (!config.smtp) return devMailboxTransport;
  return createSmtpTransport({ url: config.smtp.url, from: config.mailFrom, name: config.smtp.display });
}

const holder = globalThis as unknown as { __placardMailTransport?: MailTransport };

/** The process's one transport, built from the environment on first use. */
export function getTransport(): MailTransport {
  holder.__placardMailTransport ??= createTransportFromEnv(env());
  return holder.__placardMailTransport;
}
