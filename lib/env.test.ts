import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { execFileSync } from "node:child_process";
import { EnvError, parseEnv } from "./env";

function errorOf(source: Record<string, string>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    assert.ok(error instanceof EnvError, `expected an EnvError, got ${String(error)}`);
    return error;
  }
  assert.fail("expected the configuration to be refused");
}

describe("configuration from the environment", () => {
  it("runs a laptop with nothing set: embedded PGlite under ./data, the development mailbox, port 3000", () => {
    const env = parseEnv({});
    assert.deepEqual(env.database, { kind: "pglite", dataDir: "./data/pglite", display: "embedded PGlite in ./data/pglite" });
    assert.equal(env.smtp, null);
    assert.equal(env.port, 3000);
    assert.equal(env.appUrl, "http://localhost:3000");
    assert.equal(env.isProduction, false);
  });

  it("understands PostgreSQL, a PGlite folder and an in-memory PGlite", () => {
    assert.equal(parseEnv({ DATABASE_URL: "postgres://u:secret@db.example.org:5432/placard" }).database.kind, "postgres");
    assert.doesNotMatch(parseEnv({ DATABASE_URL: "postgres://u:secret@db.example.org:5432/placard" }).database.display, /secret/);
    assert.deepEqual(parseEnv({ DATABASE_URL: "pglite:///var/lib/placard" }).database, {
      kind: "pglite",
      dataDir: "/var/lib/placard",
      display: "embedded PGlite in /var/lib/placard",
    });
    assert.equal(parseEnv({ DATABASE_URL: "pglite:memory" }).database.kind, "pglite");
  });

  it("names the variable and the problem for an unusable DATABASE_URL or SMTP_URL", () => {
    assert.match(errorOf({ DATABASE_URL: "not a url" }).message, /^DATABASE_URL is not a URL/);
    assert.match(errorOf({ DATABASE_URL: "mysql://localhost/x" }).message, /^DATABASE_URL has the scheme "mysql:"/);
    assert.match(errorOf({ DATABASE_URL: "postgres://localhost" }).message, /^DATABASE_URL names no database/);
    assert.match(errorOf({ SMTP_URL: "http://mail.example.org" }).message, /^SMTP_URL has the scheme "http:"/);
    assert.match(errorOf({ SMTP_URL: "::::" }).message, /^SMTP_URL is not a URL/);
    assert.match(errorOf({ PORT: "eighty" }).message, /^PORT /);
    assert.match(errorOf({ ADMIN_EMAILS: "someone, not-an-address" }).message, /^ADMIN_EMAILS /);
  });

  it("refuses a public deployment without a real secret or a real mail server", () => {
    assert.match(errorOf({ APP_URL: "https://placard.example.org", SMTP_URL: "smtp://mail.example.org" }).message, /^AUTH_SECRET must be set/);
    assert.match(errorOf({ APP_URL: "https://placard.example.org", AUTH_SECRET: "x".repeat(40) }).message, /^SMTP_URL must be set/);
    const ok = parseEnv({ APP_URL: "https://placard.example.org/", AUTH_SECRET: "x".repeat(40), SMTP_URL: "smtps://mail.example.org" });
    assert.equal(ok.isProduction, true);
    assert.equal(ok.appUrl, "https://placard.example.org");
    assert.match(errorOf({ AUTH_SECRET: "short" }).message, /^AUTH_SECRET must be at least 32 characters/);
  });

  it("reads the signature rate limits and the admin list", () => {
    const env = parseEnv({ RATE_LIMIT_SIGNATURES: "2/60,10/600", ADMIN_EMAILS: " Admin@Example.org ,second@example.org" });
    assert.deepEqual(env.signatureRateLimits, [{ count: 2, seconds: 60 }, { count: 10, seconds: 600 }]);
    assert.deepEqual(env.adminEmails, ["admin@example.org", "second@example.org"]);
    assert.match(errorOf({ RATE_LIMIT_SIGNATURES: "lots" }).message, /^RATE_LIMIT_SIGNATURES must look like/);
  });

  it("reads the caps on mail to unconfirmed addresses, adding MAIL_LARGE_DOMAINS to the built-in large providers", () => {
    const caps = parseEnv({ RATE_LIMIT_MAIL_DOMAIN: "5/600", MAIL_LARGE_DOMAINS: " Students.Uni.example ,union.example.org" }).unconfirmedMailCaps;
    assert.deepEqual(caps.perDomain, [{ count: 5, seconds: 600 }]);
    assert.ok(caps.largeDomains.includes("gmail.com") && caps.largeDomains.includes("mail.ru"));
    assert.ok(caps.largeDomains.includes("students.uni.example") && caps.largeDomains.includes("union.example.org"));
    assert.match(errorOf({ RATE_LIMIT_MAIL_CLIENT: "many" }).message, /^RATE_LIMIT_MAIL_CLIENT must look like/);
    assert.match(errorOf({ MAIL_LARGE_DOMAINS: "gmail" }).message, /^MAIL_LARGE_DOMAINS is not a comma-separated list of domains/);
  });

  it("runs the worker every second unless told otherwise: inside the server on PGlite, beside it on PostgreSQL", () => {
    assert.deepEqual([parseEnv({}).workerPlacement, parseEnv({}).workerIntervalMs], ["in-server", 1000]);
    assert.equal(parseEnv({ DATABASE_URL: "postgres://db.internal:5432/placard" }).workerPlacement, "beside-server");
    const apart = parseEnv({ PLACARD_WORKER: "off", WORKER_INTERVAL_MS: "250", DATABASE_URL: "postgres://db.internal:5432/placard" });
    assert.deepEqual([apart.workerPlacement, apart.workerIntervalMs], ["off", 250]);
    assert.match(errorOf({ WORKER_INTERVAL_MS: "10" }).message, /^WORKER_INTERVAL_MS must be at least 50/);
    assert.match(errorOf({ WORKER_INTERVAL_MS: "soon" }).message, /^WORKER_INTERVAL_MS /);
  });

  it("listens on loopback only unless HOST says otherwise, and then refuses the development secret", () => {
    assert.deepEqual(parseEnv({}).listen, { hosts: ["127.0.0.1", "::1"], beyondLoopback: false });
    assert.deepEqual(parseEnv({ HOST: "localhost" }).listen, { hosts: ["127.0.0.1", "::1"], beyondLoopback: false });
    assert.deepEqual(parseEnv({ HOST: "::1" }).listen, { hosts: ["::1"], beyondLoopback: false });
    assert.equal(
      errorOf({ HOST: "0.0.0.0" }).message,
      "AUTH_SECRET must be set when HOST (0.0.0.0) lets other machines reach the app (try: openssl rand -hex 32)",
    );
    assert.deepEqual(parseEnv({ HOST: "[::]", AUTH_SECRET: "x".repeat(40) }).listen, { hosts: ["::"], beyondLoopback: true });
    assert.match(errorOf({ HOST: "my-laptop" }).message, /^HOST must be an IP address/);
  });

  it("reads which proxies are ours, and refuses a TRUSTED_PROXY it cannot read", () => {
    assert.equal(parseEnv({}).trustedProxy, "none");
    assert.deepEqual(parseEnv({ TRUSTED_PROXY: "one" }).trustedProxy, { kind: "hops", hops: 1 });
    assert.deepEqual(parseEnv({ TRUSTED_PROXY: "10.0.0.0/8, 192.0.2.7" }).trustedProxy, { kind: "ranges", ranges: ["10.0.0.0/8", "192.0.2.7"] });
    assert.match(errorOf({ TRUSTED_PROXY: "yes" }).message, /^TRUSTED_PROXY names "yes"/);
  });

  it("spaces sign-in links to one address by a minute unless told otherwise, never beyond five", () => {
    assert.equal(parseEnv({}).signInRateLimits.linkSpacingSeconds, 60);
    assert.equal(parseEnv({ SIGN_IN_LINK_SPACING_SECONDS: "0" }).signInRateLimits.linkSpacingSeconds, 0);
    assert.match(errorOf({ SIGN_IN_LINK_SPACING_SECONDS: "600" }).message, /^SIGN_IN_LINK_SPACING_SECONDS must be 0-300 seconds/);
  });

  it("takes the map's tiles from OpenStreetMap unless MAP_TILE_URL names another server, and allows that origin's images", () => {
    assert.deepEqual(parseEnv({}).mapTiles, {
      url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      origin: "https://tile.openstreetmap.org",
      attribution: "© OpenStreetMap contributors",
    });
    const own = parseEnv({ MAP_TILE_URL: "https://{s}.Tiles.example.org/osm/{z}/{x}/{y}.png", MAP_TILE_ATTRIBUTION: "© OpenStreetMap contributors, tiles by Example Union" });
    assert.deepEqual(own.mapTiles, {
      url: "https://{s}.Tiles.example.org/osm/{z}/{x}/{y}.png",
      origin: "https://*.tiles.example.org",
      attribution: "© OpenStreetMap contributors, tiles by Example Union",
    });
    assert.equal(parseEnv({ MAP_TILE_URL: "http://localhost:8080/{z}/{x}/{y}.png" }).mapTiles.origin, "http://localhost:8080");
    assert.equal(parseEnv({ MAP_TILE_URL: "/tiles/{z}/{x}/{y}.png" }).mapTiles.origin, null);
  });

  it("names the problem with a MAP_TILE_URL or MAP_TILE_ATTRIBUTION it cannot use", () => {
    assert.match(errorOf({ MAP_TILE_URL: "https://tiles.example.org/{z}/{x}.png" }).message, /^MAP_TILE_URL must hold \{z\}, \{x\} and \{y\}.*\{y\} is missing/);
    assert.match(errorOf({ MAP_TILE_URL: "tiles.example.org/{z}/{x}/{y}.png" }).message, /^MAP_TILE_URL must be an http\(s\) address/);
    assert.match(errorOf({ MAP_TILE_URL: "http://tiles.example.org/{z}/{x}/{y}.png" }).message, /^MAP_TILE_URL must use https:\/\//);
    assert.match(errorOf({ MAP_TILE_URL: "https://{s}-a.example.org/{z}/{x}/{y}.png" }).message, /^MAP_TILE_URL names a host that is not a plain host name/);
    assert.match(errorOf({ MAP_TILE_ATTRIBUTION: '<a href="x">OSM</a>' }).message, /^MAP_TILE_ATTRIBUTION is shown as plain text/);
  });

  it("next.config.js allows images from the very origin lib/env.ts derives from MAP_TILE_URL, and refuses what lib/env.ts refuses", () => {
    const imgSrc = (tileUrl: string) => {
      const script = `const c = (await import("./next.config.js")).default; const h = (await c.headers())[0].headers.find((x) => x.key === "Content-Security-Policy"); console.log(h.value.split("; ").find((d) => d.startsWith("img-src")));`;
      return execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, MAP_TILE_URL: tileUrl }, encoding: "utf8", stdio: "pipe" }).trim();
    };
    for (const url of ["", "https://{s}.Tiles.example.org/osm/{z}/{x}/{y}.png", "http://localhost:8080/{z}/{x}/{y}.png", "/tiles/{z}/{x}/{y}.png"]) {
      const origin = parseEnv({ MAP_TILE_URL: url }).mapTiles.origin;
      assert.equal(imgSrc(url), `img-src 'self' data:${origin ? ` ${origin}` : ""}`, url);
    }
    assert.throws(() => imgSrc("http://tiles.example.org/{z}/{x}/{y}.png"), /MAP_TILE_URL must use https:\/\//);
  });
});
