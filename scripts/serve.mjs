// The HTTP front of `npm start` / `npm run dev`: Next.js behind a plain Node server, so that the
// client's socket address reaches the app in a header nobody else can set (x-placard-client-ip).
// Started by scripts/start.ts after configuration, migrations and demo data are ready.
import http from "node:http";
import next from "next";
import { forgedAddressAnswerer, notFoundPageFrom, notFoundShellReplacer } from "./not-found-shell.mjs";

// A request that arrives with one of these was relayed by a proxy (Next adds x-forwarded-* of its own
// later, so the app cannot tell by itself): x-placard-relayed says so, over anything the client sent.
const RELAY_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-real-ip", "via"];

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const port = Number(args[args.indexOf("--port") + 1]);
const app = next({ dev, port, hostname: "localhost", dir: process.cwd() });
const handle = app.getRequestHandler();

await app.prepare();
// The site's languages, from lib/i18n/config.ts by way of scripts/start.ts (this plain script reads no TypeScript).
const locales = (args.includes("--locales") ? args[args.indexOf("--locales") + 1] : "en").split(",");
const notFoundPage = notFoundPageFrom(`http://${selfAddress()}:${port}`);
const replaceNotFoundShell = notFoundShellReplacer(notFoundPage, locales);
const answerForgedAddress = forgedAddressAnswerer(notFoundPage, locales);
// HSTS when APP_URL is https (scripts/start.ts says so at run time; the build does not know where it runs).
const hsts = args.includes("--hsts");
const server = http.createServer((req, res) => {
  req.headers["x-placard-client-ip"] = req.socket.remoteAddress ?? "unknown";
  req.headers["x-placard-relayed"] = RELAY_HEADERS.some((name) => name in req.headers) ? "yes" : "no";
  if (hsts) res.setHeader("Strict-Transport-Security", "max-age=31536000");
  if (answerForgedAddress(req, res)) return;
  replaceNotFoundShell(req, res);
  handle(req, res);
});
// Idle keep-alive connections stay open longer than a load balancer's or proxy's own (60 s for most):
// when the app closes one first (Node's default is 5 s), the proxy may send a request down the socket
// just as it closes, and a supporter's signature comes back as a 502.
server.keepAliveTimeout = 65_000;

// One server per address in HOST (see listenHosts()), all with the same request handler.
const servers = [];
const hosts = listenHosts();
for (const host of hosts) {
  const one = servers.length === 0 ? server : http.createServer(server.listeners("request")[0]);
  one.keepAliveTimeout = server.keepAliveTimeout;
  try {
    await new Promise((resolve, reject) => one.once("error", reject).listen(port, host, resolve));
    servers.push(one);
  } catch (error) {
    // A machine without IPv6 has no ::1: the IPv4 loopback alone is enough there.
    if (host !== "::1" || hosts.length === 1 || !["EADDRNOTAVAIL", "EAFNOSUPPORT"].includes(error.code)) throw error;
    console.log("placard: this machine has no IPv6 loopback (::1); listening on 127.0.0.1 only");
  }
}
console.log(`placard: ready on port ${port} at ${servers.map((s) => s.address()).map((a) => (a.family === "IPv6" ? `[${a.address}]` : a.address)).join(" and ")}`);

/** Where to listen: HOST's addresses, from lib/env.ts by way of scripts/start.ts (by default 127.0.0.1 and
 * ::1, this machine only, so that http://localhost answers whichever of the two a client resolves). */
function listenHosts() {
  return (args.includes("--hosts") ? args[args.indexOf("--hosts") + 1] : "127.0.0.1").split(",");
}

/** An address at which this server reaches itself (for the not-found page). */
function selfAddress() {
  const host = listenHosts()[0];
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}

const stop = () => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))).then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
