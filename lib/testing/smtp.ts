import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

// A real SMTP server on loopback for tests: no auth, no TLS, a free port. Every accepted message is
// parsed (real MIME) and kept. `setBehaviour` makes it refuse recipients the way real servers do:
// 451 (greylisting, "try again later") or 550 (no such mailbox), 421 (closing the channel), or 554 after
// the message's data. `setDelayMs` makes it slow: it answers each message's data only after that long,
// and a message whose sender hung up before that answer is not kept (no 250, no delivery).

export type ReceivedMessage = {
  envelopeFrom: string | null;
  envelopeTo: string[];
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  parsed: ParsedMail;
};

export type SmtpBehaviour = "accept" | "tempfail" | "permfail" | "unavailable" | "reject-data";

export type TestSmtpServer = {
  port: number;
  url: string;
  messages: ReceivedMessage[];
  waitFor(predicate: (message: ReceivedMessage) => boolean, timeoutMs?: number): Promise<ReceivedMessage>;
  setBehaviour(behaviour: SmtpBehaviour): void;
  setDelayMs(ms: number): void;
  close(): Promise<void>;
};

const REFUSALS = {
  tempfail: { code: 451, text: "4.7.1 Greylisted, please try again later" },
  permfail: { code: 550, text: "5.1.1 Mailbox unavailable" },
  unavailable: { code: 421, text: "4.3.2 Service shutting down, closing channel" },
} as const;

export async function startTestSmtpServer(options: { port?: number; behaviour?: SmtpBehaviour; delayMs?: number } = {}): Promise<TestSmtpServer> {
  let behaviour: SmtpBehaviour = options.behaviour ?? "accept";
  let delayMs = options.delayMs ?? 0;
  const hungUp = new Set<string>();
  const messages: ReceivedMessage[] = [];
  const waiters = new Set<() => void>();

  const serverOptions: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    size: 10 * 1024 * 1024,
    onClose(session) {
      hungUp.add(session.id);
    },
    onRcptTo(_address, _session, callback) {
      if (behaviour === "accept" || behaviour === "reject-data") return callback();
      const refusal = REFUSALS[behaviour];
      callback(Object.assign(new Error(refusal.text), { responseCode: refusal.code }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
          if (hungUp.has(session.id)) return callback(); // nobody is listening for the 250: not delivered
          if (behaviour === "reject-data") return callback(Object.assign(new Error("5.7.1 Message rejected as spam"), { responseCode: 554 }));
          messages.push({
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            to: addressesOf(parsed.to),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : null,
            messageId: parsed.messageId ?? null,
            parsed,
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    setBehaviour(next) {
      behaviour = next;
    },
    setDelayMs(ms) {
      delayMs = ms;
    },
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (!found) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(found);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`no matching email arrived within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        if (!check()) waiters.add(wake);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addressesOf(field: ParsedMail["to"]): string[] {
  if (!field) return [];
  const list = Array.isArray(field) ? field : [field];
  return list.flatMap((group) => group.value.map((a) => a.address ?? "")).filter(Boolean);
}
