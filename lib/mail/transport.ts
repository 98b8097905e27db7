import net from "node:net";
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
  /** How many sends may be in flight at once (the pool's connections); 1 when absent. */
  readonly parallel?: number;
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

const MAX_CONNECTIONS = 2;

/**
 * The pool's plain TCP connections, opened with Nagle's algorithm off. nodemailer 7 leaves it on, and the
 * message's last small write then waits for the server's delayed ACK: about 45 ms per message, which capped
 * a connection at ~20 messages a second on loopback (docs/decisions/025). TLS on connect (port 465) and
 * proxies keep nodemailer's own way; STARTTLS upgrades this socket as it would its own.
 */
function connectWithoutDelay(
  options: { host?: string; port?: number; secure?: boolean; proxy?: unknown; connectionTimeout?: number },
  callback: (error: Error | null, socket?: { connection: net.Socket } | false) => void,
): void {
  if (options.secure || options.proxy || !options.port) return callback(null, false);
  const socket = net.connect(options.port, options.host ?? "localhost");
  socket.setNoDelay(true);
  const timer = setTimeout(() => socket.destroy(Object.assign(new Error("Connection timeout"), { code: "ETIMEDOUT" })), options.connectionTimeout ?? 15_000);
  socket.once("connect", () => {
    clearTimeout(timer);
    socket.removeAllListeners("error");
    callback(null, { connection: socket });
  });
  socket.once("error", (error) => {
    clearTimeout(timer);
    callback(Object.assign(error, { code: (error as { code?: string }).code ?? "ECONNECTION" }));
  });
}

export function createSmtpTransport(options: { url: string; from: string; name?: string }): MailTransport {
  const transporter = nodemailer.createTransport(
    new SMTPPool({
      pool: true,
      url: options.url,
      // Connections are kept and reused: in a surge, each email no longer pays for a new connection, a
      // TLS handshake and a login (that alone took longer than sending it). Two at most per worker.
      maxConnections: MAX_CONNECTIONS,
      maxMessages: 100,
      // Fail fast rather than hold a worker's lease for minutes (nodemailer's defaults are 2 min / 10 min).
      // Values in the URL's query string (?connectionTimeout=...) take precedence.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
      disableFileAccess: true,
      disableUrlAccess: true,
      getSocket: connectWithoutDelay,
    }),
  );
  return {
    name: options.name ?? "smtp",
    parallel: MAX_CONNECTIONS,
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
