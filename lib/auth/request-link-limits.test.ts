import assert from "node:assert/strict";
import { it } from "node:test";
import type { Database } from "../db/client";
import type { PrismaClient } from "../generated/prisma/client";
import { renderedEmailsTo } from "../mail/render";
import { describeOnDatabases } from "../testing/db";
import type { AuthConfig } from "./config";
import { pressSignInButton } from "./next-auth-callback.testing";
import { requestSignInLink, type Later } from "./request-link";

// Who may be refused when sign-in links are asked for: a client that asks too often, never the owner of
// an address. An attacker can only make links to someone's address come no more than once a minute.

const config: AuthConfig = {
  secret: "a-test-secret-that-is-long-enough-0123456789",
  appUrl: "http://localhost:3000",
  adminEmails: ["admin@example.org"],
  // The defaults of RATE_LIMIT_SIGN_IN_IP and SIGN_IN_LINK_SPACING_SECONDS.
  rateLimits: { perIp: [{ count: 10, seconds: 600 }, { count: 100, seconds: 86_400 }] },
  linkSpacingSeconds: 60,
};

let counter = 0;
/** A different client each time, as a botnet has: IPv4 and IPv6 addresses in different /64s. */
const anotherClient = () => (++counter % 2 ? `198.51.100.${counter % 250}` : `2001:db8:${counter.toString(16)}::1`);

function linksIn(texts: string[]): URL[] {
  return texts.map((text) => new URL(text.match(/https?:\/\/\S+\/auth\/confirm\?\S+/)![0]));
}

async function signInWithNewestLink(db: Database, email: string) {
  const links = linksIn((await renderedEmailsTo(db, email)).map((mail) => mail.text));
  const newest = links[links.length - 1]!;
  return pressSignInButton(db, config, { token: newest.searchParams.get("token")!, email });
}

describeOnDatabases("nobody can lock an organiser out by asking for links in their name", (db) => {
  it("30 requests from many addresses, then the owner's: every one is answered, one link is mailed, and it signs the owner in", async () => {
    await db().prisma.user.create({ data: { email: "target@example.org" } });
    const attack = [];
    for (let i = 0; i < 30; i++) attack.push((await requestSignInLink(db(), { email: "target@example.org", locale: "en", ip: anotherClient() }, config)).kind);
    assert.deepEqual(attack, new Array(30).fill("accepted"));

    const owner = await requestSignInLink(db(), { email: "target@example.org", locale: "en", ip: "203.0.113.77" }, config);
    assert.equal(owner.kind, "accepted");
    // The attacker's first request mailed the owner a link; the others only found it still fresh.
    assert.equal((await renderedEmailsTo(db(), "target@example.org")).length, 1);
    const signedIn = await signInWithNewestLink(db(), "target@example.org");
    assert.equal(signedIn.signedIn, true);
  });

  it("a link is mailed again once the last one is a minute old, or has been used", async () => {
    await db().prisma.user.create({ data: { email: "spaced@example.org" } });
    const start = Date.now();
    const ask = (secondsLater: number) =>
      requestSignInLink(db(), { email: "spaced@example.org", locale: "en", ip: anotherClient() }, config, new Date(start + secondsLater * 1000));
    await ask(0);
    await ask(59);
    assert.equal((await renderedEmailsTo(db(), "spaced@example.org")).length, 1);
    await ask(61);
    assert.equal((await renderedEmailsTo(db(), "spaced@example.org")).length, 2);
    // Both links work: a newer one does not cancel an older one.
    const [first, second] = linksIn((await renderedEmailsTo(db(), "spaced@example.org")).map((mail) => mail.text));
    assert.equal((await pressSignInButton(db(), config, { token: first!.searchParams.get("token")!, email: "spaced@example.org" })).signedIn, true);
    assert.equal((await pressSignInButton(db(), config, { token: second!.searchParams.get("token")!, email: "spaced@example.org" })).signedIn, true);
    // Both used: the next request sends a new link at once, within the minute.
    await ask(62);
    assert.equal((await renderedEmailsTo(db(), "spaced@example.org")).length, 3);
  });

  it("ten requests at the same moment mail one link", async () => {
    await db().prisma.user.create({ data: { email: "burst@example.org" } });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => requestSignInLink(db(), { email: "burst@example.org", locale: "en", ip: anotherClient() }, config)),
    );
    assert.deepEqual(outcomes.map((o) => o.kind), new Array(10).fill("accepted"));
    assert.equal((await renderedEmailsTo(db(), "burst@example.org")).length, 1);
  });

  it("a client that asks too often is told to wait, also when it moves around inside its IPv6 /64", async () => {
    const outcomes = [];
    for (let i = 1; i <= 11; i++) {
      outcomes.push((await requestSignInLink(db(), { email: `probe${i}@example.org`, locale: "en", ip: `2001:db8:beef:1::${i.toString(16)}` }, config)).kind);
    }
    assert.deepEqual(outcomes, [...new Array(10).fill("accepted"), "rate-limited"]);
    // Another /64 is another client.
    assert.equal((await requestSignInLink(db(), { email: "probe@example.org", locale: "en", ip: "2001:db8:beef:2::1" }, config)).kind, "accepted");
  });

  it("the rate-limit table holds no email addresses", async () => {
    const keys = await db().sql.query<{ key: string }>(`SELECT key FROM "RateLimitBucket"`);
    assert.notEqual(keys.length, 0);
    assert.ok(keys.every((k) => !k.key.includes("@")));
  });
});

/** The same database, with every query it is asked written down (Prisma's model calls and raw SQL). */
function recording(db: Database, log: string[]): Database {
  const prisma = db.prisma.$extends({
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          log.push(`${model}.${operation}`);
          return query(args);
        },
      },
    },
  }) as unknown as PrismaClient;
  const sql = Object.create(db.sql) as Database["sql"];
  sql.query = (text, params) => {
    log.push(`sql: ${/"(\w+)"/.exec(text)?.[1] ?? text.slice(0, 20)}`);
    return db.sql.query(text, params);
  };
  return { ...db, prisma, sql };
}

describeOnDatabases("the answer does not tell a known address from an unknown one", (db) => {
  it("is given before the address is looked up, after the same queries for both", async () => {
    await db().prisma.user.create({ data: { email: "organiser@example.org" } });
    const beforeAnswer: Record<string, string[]> = {};
    const deferred: (() => Promise<unknown>)[] = [];
    const later: Later = (task) => void deferred.push(task);
    for (const email of ["organiser@example.org", "stranger@example.org"]) {
      const log: string[] = [];
      const outcome = await requestSignInLink(recording(db(), log), { email, locale: "en", ip: anotherClient() }, config, new Date(), later);
      assert.deepEqual(outcome, { kind: "accepted" });
      beforeAnswer[email] = log;
    }
    assert.deepEqual(beforeAnswer["organiser@example.org"], ["sql: RateLimitBucket", "sql: RateLimitBucket"]);
    assert.deepEqual(beforeAnswer["stranger@example.org"], beforeAnswer["organiser@example.org"]);
    assert.equal((await renderedEmailsTo(db(), "organiser@example.org")).length, 0);

    // The work left for after the answer: the lookup, and for the organiser the link.
    await Promise.all(deferred.map((task) => task()));
    assert.equal((await renderedEmailsTo(db(), "organiser@example.org")).length, 1);
    assert.equal((await renderedEmailsTo(db(), "stranger@example.org")).length, 0);
  });
});
