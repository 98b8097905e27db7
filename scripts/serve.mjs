// The HTTP front of `npm start` / `npm run dev`: Next.js behind a plain Node server, so that the
// client's socket address reaches the app in a header nobody else can set (x-placard-client-ip).
// Started by scripts/start.ts after configuration, migrations and demo data are ready.
import http from "node:http";
import next from "next";
import { notFoundPageFrom, notFoundShellReplacer } from "./not-found-shell.mjs";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const port = Number(args[args.indexOf("--port") + 1]);
const app = next({ dev, port, hostname: "localhost", dir: process.cwd() });
const handle = app.getRequestHandler();

await app.prepare();
// The site's languages, from lib/i18n/config.ts by way of scripts/start.ts (this plain script reads no TypeScript).
const locales = (args.includes("--locales") ? args[args.indexOf("--locales") + 1] : "en").split(",");
const replaceNotFoundShell = notFoundShellReplacer(notFoundPageFrom(`http://127.0.0.1:${port}`), locales);
// HSTS when APP_URL is https (scripts/start.ts says so at run time; the build does not know where it runs).
const hsts = args.includes("--hsts");
const server = http.createServer((req, res) => {
  req.headers["x-placard-client-ip"] = req.socket.remoteAddress ?? "unknown";
  if (hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000");
  replaceNotFoundShell(req, res);
  handle(req, res);
});
// Idle keep-alive connections stay open longer than a load balancer's or proxy's own (60 s for most):
// when the app closes one first (Node's default is 5 s), the proxy may send a request down the socket
// just as it closes, and a supporter's signature comes back as a 502.
server.keepAliveTimeout = 65_000;
server.listen(port, () => console.log(`placard: ready on port ${port}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
