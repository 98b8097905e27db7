// A child process for lib/db/database-error.test.ts: the real sign endpoint (answerSignRequest) behind a
// plain node:http server, on a database named by PROBE_DATABASE (a PGlite folder or a PostgreSQL URL),
// logging a thrown error the way Next.js does (the error object itself, all its fields, on stderr).
// Before serving, the Signature table is given a check that refuses the name PROBE_NAME, so a test can
// make the database fail in the middle of a signature. First line on stdout: `ready <port> <campaign> <petition>`.
import http from "node:http";
import { openDatabase } from "../db/client";
import { migrate } from "../db/migrate";
import { answerSignRequest } from "../signatures/sign-request";
import { openPetition } from "../signatures/fixtures";

const target = process.env.PROBE_DATABASE!;
const db = await openDatabase(target.startsWith("postgres") ? { kind: "postgres", url: target, display: "probe" } : { kind: "pglite", dataDir: target, display: "probe" });
await migrate(db.sql);
const petition = await openPetition(db);
await db.sql.exec(`ALTER TABLE "Signature" ADD CONSTRAINT probe_refuses_name CHECK (name <> '${process.env.PROBE_NAME!.replaceAll("'", "''")}') NOT VALID`);
const address = { campaignSlug: petition.campaignSlug, petitionSlug: petition.slug };

const server = http.createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const request = new Request(`http://127.0.0.1${req.url}`, {
    method: req.method,
    headers: Object.entries(req.headers).map(([name, value]) => [name, String(value)] as [string, string]),
    body: chunks.length ? Buffer.concat(chunks) : undefined,
  });
  try {
    const response = await answerSignRequest(request, { locale: "en", address, db: async () => db, appUrl: "http://127.0.0.1", trustedProxy: { kind: "hops", hops: 1 }, secret: "a".repeat(64), runAfter: (work) => void work() });
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    console.error("⨯", error);
    res.writeHead(500).end("Internal Server Error");
  }
});
server.listen(0, "127.0.0.1", () => {
  const port = (server.address() as { port: number }).port;
  console.log(`ready ${port} ${petition.id}`);
});
process.on("SIGTERM", () => server.close(() => void db.close().then(() => process.exit(0))));
