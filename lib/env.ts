import { isIP } from "node:net";
import { z } from "zod";
import { parseTrustedProxy, type TrustedProxy } from "./security/client-ip";
import { LARGE_MAIL_DOMAINS } from "./mail/large-mail-domains";
import { DEFAULT_TILE_ATTRIBUTION, parseTileUrl } from "./maps/tile-source.mjs";

// The one place that reads process.env. Everything else imports `env()`.
// A wrong value stops the process with one line naming the variable, before anything starts.

export type DatabaseConfig =
  | { kind: "pglite"; dataDir: string | null; display: string }
  | { kind: "postgres"; url: string; display: string };

export type SmtpConfig = { url: string; display: string } | null;

type Limit = { count: number; seconds: number };

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$/i;

function parseDatabaseUrl(raw: string | undefined): DatabaseConfig {
  if (!raw || raw.trim() === "") return { kind: "pglite", dataDir: "./data/pglite", display: "embedded PGlite in ./data/pglite" };
  const value = raw.trim();
  if (value === "pglite:memory" || value === "pglite://memory") {
    return { kind: "pglite", dataDir: null, display: "embedded PGlite in memory" };
  }
  if (value.startsWith("pglite://")) {
    const dir = value.slice("pglite://".length);
    if (!dir) throw new EnvError("DATABASE_URL", "pglite:// needs a folder, e.g. pglite:///var/lib/placard or pglite://./data/pglite");
    return { kind: "pglite", dataDir: dir, display: `embedded PGlite in ${dir}` };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EnvError("DATABASE_URL", "is not a URL; expected postgres://user@host:5432/db, pglite:///folder or pglite:memory");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new EnvError("DATABASE_URL", `has the scheme "${url.protocol}"; expected postgres://, postgresql:// or pglite://`);
  }
  if (!url.hostname && !url.searchParams.get("host")) throw new EnvError("DATABASE_URL", "names no host");
  if (url.pathname.length <= 1) throw new EnvError("DATABASE_URL", "names no database (add /placard at the end)");
  url.password = url.password ? "***" : "";
  return { kind: "postgres", url: value, display: `PostgreSQL at ${url.host}${url.pathname}` };
}

function parseSmtpUrl(raw: string | undefined): SmtpConfig {
  if (!raw || raw.trim() === "") return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new EnvError("SMTP_URL", "is not a URL; expected smtp://host:587 or smtps://host:465 (credentials go before the host: smtp://user:…@host)");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new EnvError("SMTP_URL", `has the scheme "${url.protocol}"; expected smtp:// or smtps://`);
  }
  if (!url.hostname) throw new EnvError("SMTP_URL", "names no host");
  return { url: raw.trim(), display: `${url.protocol}//${url.hostname}:${url.port || (url.protocol === "smtps:" ? 465 : 587)}` };
}

export class EnvError extends Error {
  constructor(
    public readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = "EnvError";
  }
}

const emailList = z
  .string()
  .optional()
  .transform((v) => (v ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(z.email("is not a comma-separated list of email addresses")));

const schema = z.object({
  PORT: z.coerce.number().int("must be a whole number").min(1, "must be 1-65535").max(65535, "must be 1-65535").default(3000),
  APP_URL: z.url("must be a full URL such as https://placard.example.org").optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -hex 32)").optional(),
  MAIL_FROM: z.string().min(3).default("Placard <placard@localhost>"),
  ADMIN_EMAILS: emailList,
  TRUSTED_PROXY: z.string().optional(),
  HOST: z.string().optional(),
  RATE_LIMIT_SIGNATURES: z
    .string()
    .regex(/^\d+\/\d+(,\d+\/\d+)*$/, "must look like 1/60,5/300 (count/seconds pairs)")
    .default("1/60,5/300"),
  SIGNATURE_TOKEN_DAYS: z.coerce
    .number()
    .int("must be a whole number of days")
    .min(1, "must be 1-90 days")
    .max(90, "must be 1-90 days")
    .default(7),
  SIGN_IN_LINK_SPACING_SECONDS: z.coerce
    .number()
    .int("must be a whole number of seconds")
    .min(0, "must be 0-300 seconds (a sign-in link works for 600)")
    .max(300, "must be 0-300 seconds (a sign-in link works for 600)")
    .default(60),
  RATE_LIMIT_SIGN_IN_IP: z
    .string()
    .regex(/^\d+\/\d+(,\d+\/\d+)*$/, "must look like 10/600,100/86400 (count/seconds pairs)")
    .default("10/600,100/86400"),
  // Emails to addresses that have not confirmed (docs/decisions/017): per client, per recipient domain.
  RATE_LIMIT_MAIL_CLIENT: z.string().regex(/^\d+\/\d+(,\d+\/\d+)*$/, "must look like 30/3600 (count/seconds pairs)").default("30/3600"),
  RATE_LIMIT_MAIL_DOMAIN: z.string().regex(/^\d+\/\d+(,\d+\/\d+)*$/, "must look like 20/600,100/86400 (count/seconds pairs)").default("20/600,100/86400"),
  RATE_LIMIT_MAIL_LARGE_DOMAIN: z.string().regex(/^\d+\/\d+(,\d+\/\d+)*$/, "must look like 30000/60 (count/seconds pairs)").default("30000/60"),
  MAIL_LARGE_DOMAINS: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, "is not a comma-separated list of domains such as mail.example.org"))),
  PLACARD_WORKER: z.enum(["on", "off"], "must be on or off").default("on"),
  PLACARD_BENCH_ROUTES: z.enum(["on", "off"], "must be on or off").default("off"),
  WORKER_INTERVAL_MS: z.coerce
    .number()
    .int("must be a whole number of milliseconds")
    .min(50, "must be at least 50 (milliseconds between worker ticks)")
    .default(1000),
  NEXT_DIST_DIR: z.string().default(".next"),
  /** Shared secret of POST /api/letters/bounces (bounces reported later); unset = the endpoint is off. */
  LETTER_BOUNCE_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -hex 32)").optional(),
  /** Where event reports' photos are kept (re-encoded, without location or camera fields). */
  EVENT_PHOTO_DIR: z.string().trim().min(1, "must name a folder, e.g. /var/lib/placard/event-photos").default("./data/event-photos"),
  /** The events map's tiles (docs/decisions/029); next.config.js allows the same origin in img-src. */
  MAP_TILE_URL: z.string().optional(),
  MAP_TILE_ATTRIBUTION: z
    .string()
    .max(300, "must be at most 300 characters (it is shown in the map's corner)")
    .regex(/^[^<>]*$/, "is shown as plain text: no HTML (< or >)")
    .optional(),
});

export type Env = {
  port: number;
  appUrl: string;
  isProduction: boolean;
  authSecret: string;
  mailFrom: string;
  adminEmails: string[];
  trustedProxy: TrustedProxy;
  /**
   * The addresses the server listens on (HOST). By default loopback only, IPv4 and IPv6 (127.0.0.1 and
   * ::1), so that http://localhost works however a client resolves it, and nothing else reaches it.
   */
  listen: { hosts: string[]; beyondLoopback: boolean };
  signatureRateLimits: { count: number; seconds: number }[];
  /** How long a signature's confirmation link works (SIGNATURE_TOKEN_DAYS, default 7). */
  signatureTokenDays: number;
  /** Sign-in link requests per client address (IPv6 by /64); and how far apart links to one address are mailed. */
  signInRateLimits: { perIp: { count: number; seconds: number }[]; linkSpacingSeconds: number };
  /**
   * Emails to addresses that have not confirmed (confirmation links, reminders, resends, sponsors):
   * per client address group, per recipient domain, and per domain of a large public mailbox provider
   * (the built-in list plus MAIL_LARGE_DOMAINS). See lib/mail/unconfirmed-mail-caps.ts.
   */
  unconfirmedMailCaps: { perClient: Limit[]; perDomain: Limit[]; perLargeDomain: Limit[]; largeDomains: string[] };
  /**
   * Where this instance's background worker runs (PLACARD_WORKER=on): on PostgreSQL in a process of its
   * own beside the web server (started by scripts/start.ts), so that mail rendering never holds up a
   * request; on the embedded database inside the server, the one process that may open it (decision 013).
   */
  workerPlacement: "off" | "in-server" | "beside-server";
  /** `npm run bench` only: enables /api/bench/* (refused unless APP_URL is on localhost). */
  benchRoutes: boolean;
  /** Milliseconds between two ticks of the background worker (mail, purges). */
  workerIntervalMs: number;
  /** Where `next build` writes (tests and parallel checkouts use their own). */
  distDir: string;
  /** The secret bounce reports must carry (LETTER_BOUNCE_SECRET); null: /api/letters/bounces answers 404. */
  letterBounceSecret: string | null;
  /** The folder of the local photo storage (lib/events/photos/storage.ts), EVENT_PHOTO_DIR. */
  eventPhotoDir: string;
  /**
   * Where the events map gets its tiles (MAP_TILE_URL, a {z}/{x}/{y} address; OpenStreetMap's by default),
   * the origin the CSP allows images from (null: this origin), and the credit shown on the map.
   */
  mapTiles: { url: string; origin: string | null; attribution: string };
  database: DatabaseConfig;
  smtp: SmtpConfig;
};

const DEV_SECRET = "placard-development-secret-do-not-use-in-production";

export function parseEnv(source: Record<string, string | undefined>): Env {
  const database = parseDatabaseUrl(source.DATABASE_URL);
  const smtp = parseSmtpUrl(source.SMTP_URL);
  const result = schema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new EnvError(String(issue.path[0] ?? "environment"), issue.message);
  }
  const v = result.data;
  const trustedProxy = parseTrustedProxy(v.TRUSTED_PROXY);
  if (typeof trustedProxy === "object" && "problem" in trustedProxy) throw new EnvError("TRUSTED_PROXY", trustedProxy.problem);
  const listen = parseHost(v.HOST);
  const appUrl = (v.APP_URL ?? `http://localhost:${v.PORT}`).replace(/\/$/, "");
  // A deployment is "production" when it is reachable under a name other than loopback: then
  // a real secret and a real mail server are required, and the development mailbox is off.
  const isProduction = !LOOPBACK.test(new URL(appUrl).hostname);
  if (isProduction && !v.AUTH_SECRET) throw new EnvError("AUTH_SECRET", `must be set when APP_URL (${appUrl}) is not on localhost`);
  if (isProduction && !smtp) throw new EnvError("SMTP_URL", `must be set when APP_URL (${appUrl}) is not on localhost`);
  // The development secret is public (it is in this file): sessions signed with it can be forged by
  // anyone who can reach the server, so it is only for a server that this machine alone can reach.
  if (listen.beyondLoopback && !v.AUTH_SECRET) {
    throw new EnvError("AUTH_SECRET", `must be set when HOST (${v.HOST}) lets other machines reach the app (try: openssl rand -hex 32)`);
  }
  const tiles = parseTileUrl(v.MAP_TILE_URL);
  if ("problem" in tiles) throw new EnvError("MAP_TILE_URL", tiles.problem);
  const tileAttribution = v.MAP_TILE_ATTRIBUTION?.trim() || DEFAULT_TILE_ATTRIBUTION;
  if (isProduction && v.PLACARD_BENCH_ROUTES === "on") throw new EnvError("PLACARD_BENCH_ROUTES", "is for benchmarks on localhost only");
  return {
    port: v.PORT,
    appUrl,
    isProduction,
    authSecret: v.AUTH_SECRET ?? DEV_SECRET,
    mailFrom: v.MAIL_FROM,
    adminEmails: v.ADMIN_EMAILS,
    trustedProxy,
    listen,
    signatureRateLimits: v.RATE_LIMIT_SIGNATURES.split(",").map((pair) => {
      const [count, seconds] = pair.split("/").map(Number);
      return { count: count!, seconds: seconds! };
    }),
    signatureTokenDays: v.SIGNATURE_TOKEN_DAYS,
    signInRateLimits: { perIp: parseLimits(v.RATE_LIMIT_SIGN_IN_IP), linkSpacingSeconds: v.SIGN_IN_LINK_SPACING_SECONDS },
    unconfirmedMailCaps: {
      perClient: parseLimits(v.RATE_LIMIT_MAIL_CLIENT),
      perDomain: parseLimits(v.RATE_LIMIT_MAIL_DOMAIN),
      perLargeDomain: parseLimits(v.RATE_LIMIT_MAIL_LARGE_DOMAIN),
      largeDomains: [...new Set([...LARGE_MAIL_DOMAINS, ...v.MAIL_LARGE_DOMAINS])],
    },
    workerPlacement: v.PLACARD_WORKER === "off" ? "off" : database.kind === "pglite" ? "in-server" : "beside-server",
    benchRoutes: v.PLACARD_BENCH_ROUTES === "on",
    workerIntervalMs: v.WORKER_INTERVAL_MS,
    distDir: v.NEXT_DIST_DIR,
    letterBounceSecret: v.LETTER_BOUNCE_SECRET ?? null,
    eventPhotoDir: v.EVENT_PHOTO_DIR,
    mapTiles: { ...tiles, attribution: tileAttribution },
    database,
    smtp,
  };
}

/** HOST: unset or localhost is loopback only (both families); otherwise one IP address, 0.0.0.0 or :: for all. */
function parseHost(raw: string | undefined): Env["listen"] {
  const value = (raw ?? "").trim().replace(/^\[(.*)\]$/, "$1");
  if (value === "" || value.toLowerCase() === "localhost") return { hosts: ["127.0.0.1", "::1"], beyondLoopback: false };
  if (!isIP(value)) throw new EnvError("HOST", "must be an IP address to listen on (127.0.0.1, 0.0.0.0 for every IPv4 interface, :: for all) or localhost");
  return { hosts: [value], beyondLoopback: !/^(127\.\d+\.\d+\.\d+|::1)$/.test(value) };
}

function parseLimits(pairs: string): { count: number; seconds: number }[] {
  return pairs.split(",").map((pair) => {
    const [count, seconds] = pair.split("/").map(Number);
    return { count: count!, seconds: seconds! };
  });
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For scripts: parse or exit with one line naming the variable. */
export function envOrExit(): Env {
  try {
    return env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`placard: configuration error: ${error.message}`);
      process.exit(78);
    }
    throw error;
  }
}
