// The baseline of the letter benchmark (bench/letter-delivery.ts): raw nodemailer, the same pool settings
// as lib/mail/transport.ts (two connections, 100 messages each, Nagle off), sending the queued letters'
// messages (read before the clock starts) straight to the SMTP server. Prints one JSON line.
import pg from "pg";
import nodemailer from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool/index.js";
import net from "node:net";

const [databaseUrl, smtpUrl, from] = process.argv.slice(2) as [string, string, string];
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const { rows } = await client.query<{ id: string; to: string; subject: string; text: string; replyTo: string; fromName: string; cc: string[] }>(
  `SELECT id, "to", subject, text, "replyTo", "fromName", cc FROM "OutboxEmail" WHERE priority = 'LETTER' AND status = 'PENDING' ORDER BY "nextAttemptAt", id`,
);
await client.end();
const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
const domain = address.split("@")[1];
const transporter = nodemailer.createTransport(
  new SMTPPool({
    pool: true, url: smtpUrl, maxConnections: 2, maxMessages: 100, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000,
    disableFileAccess: true, disableUrlAccess: true,
    getSocket(options: { host?: string; port?: number }, callback: (e: Error | null, s?: { connection: net.Socket }) => void) {
      const socket = net.connect(options.port!, options.host ?? "localhost");
      socket.setNoDelay(true);
      socket.once("connect", () => callback(null, { connection: socket }));
      socket.once("error", (e) => callback(e));
    },
  } as ConstructorParameters<typeof SMTPPool>[0]),
);
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const WINDOW = 500;
for (let i = 0; i < rows.length; i += WINDOW) {
  await Promise.all(
    rows.slice(i, i + WINDOW).map((r) =>
      transporter.sendMail({ from: { name: r.fromName, address }, to: r.to, cc: r.cc.length ? r.cc : undefined, replyTo: r.replyTo, subject: r.subject, text: r.text, messageId: `<outbox.${r.id}@${domain}>` }),
    ),
  );
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuAtStart);
transporter.close();
console.log(JSON.stringify({ sent: rows.length, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
