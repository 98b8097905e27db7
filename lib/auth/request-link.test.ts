import { renderedEmailsTo } from "../mail/render";
import assert from "node:assert/strict";
import { it } from "node:test";
import { describeOnDatabases } from "../testing/db";
import { UserRole } from "../generated/prisma/enums";
import type { Database } from "../db/client";
import type { AuthConfig } from "./config";
import { pressSignInButton } from "./next-auth-callback.testing";
import { requestSignInLink } from "./request-link";
import { checkSignInLink } from "./tokens";

const config: AuthConfig = {
  secret: "a-test-secret-that-is-long-enough-0123456789",
  appUrl: "http://localhost:3000",
  adminEmails: ["admin@example.org"],
  rateLimits: { perIp: [{ count: 5, seconds: 600 }] },
  linkSpacingSeconds: 60,
};

let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}`;

const outboxTo = (db: Database, to: string) => renderedEmailsTo(db, to);

function linkIn(text: string): URL {
  const match = text.match(/https?:\/\/\S+\/auth\/confirm\?\S+/);
  assert.ok(match, "the email holds a link to the confirmation page");
  return new URL(match[0]);
}

describeOnDatabases("asking for a sign-in link", (db) => {
  it("an unknown address gets nothing, and the same answer as a known one", async () => {
    await db().prisma.user.create({ data: { email: "known@example.org" } });
    const unknown = await requestSignInLink(db(), { email: "stranger@example.org", locale: "en", ip: freshIp() }, config);
    const known = await requestSignInLink(db(), { email: "known@example.org", locale: "en", ip: freshIp() }, config);
    assert.equal(unknown.kind, "accepted");
    assert.equal(known.kind, "accepted");
    assert.equal(await db().prisma.outboxEmail.count({ where: { to: "stranger@example.org" } }), 0);
    assert.equal(await db().prisma.verificationToken.count({ where: { identifier: "stranger@example.org" } }), 0);
    assert.equal(await db().prisma.user.count({ where: { email: "stranger@example.org" } }), 0);
  });

  it("a known address gets one email whose link signs in once, with a press of the button", async () => {
    await db().prisma.user.create({ data: { email: "lena@example.org" } });
    await requestSignInLink(db(), { email: " Lena@Example.org ", locale: "ru", ip: freshIp(), callbackUrl: "/ru/organise" }, config);
    const mails = await outboxTo(db(), "lena@example.org");
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.purpose, "sign-in-link");
    assert.match(mails[0]!.subject, /Ссылка для входа/);
    const link = linkIn(mails[0]!.text);
    assert.equal(link.origin, config.appUrl);
    assert.equal(link.pathname, "/ru/auth/confirm");
    const token = link.searchParams.get("token")!;
    const email = link.searchParams.get("email")!;
    assert.equal(email, "lena@example.org");
    assert.equal(link.searchParams.get("callbackUrl"), "/ru/organise");

    // Opening the page (as a mail scanner would) only looks: the token is still there.
    assert.equal(await checkSignInLink(db(), { token, email }, config.secret), "usable");
    assert.equal(await checkSignInLink(db(), { token, email }, config.secret), "usable");

    const first = await pressSignInButton(db(), config, { token, email, callbackUrl: "/ru/organise" });
    assert.equal(first.signedIn, true);
    assert.equal(first.redirect, "http://localhost:3000/ru/organise");
    const session = await db().prisma.session.findUnique({ where: { sessionToken: first.sessionToken! }, select: { user: { select: { email: true } } } });
    assert.equal(session?.user.email, "lena@example.org");

    const again = await pressSignInButton(db(), config, { token, email });
    assert.equal(again.signedIn, false);
    assert.match(again.redirect, /error\?error=Verification/);
    assert.equal(await checkSignInLink(db(), { token, email }, config.secret), "used-or-unknown");
  });

  it("a link older than ten minutes no longer signs in", async () => {
    await db().prisma.user.create({ data: { email: "late@example.org" } });
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60 * 1000);
    await requestSignInLink(db(), { email: "late@example.org", locale: "en", ip: freshIp() }, config, elevenMinutesAgo);
    const link = linkIn((await outboxTo(db(), "late@example.org"))[0]!.text);
    const token = link.searchParams.get("token")!;
    assert.equal(await checkSignInLink(db(), { token, email: "late@example.org" }, config.secret), "expired");
    const pressed = await pressSignInButton(db(), config, { token, email: "late@example.org" });
    assert.equal(pressed.signedIn, false);
    assert.match(pressed.redirect, /error\?error=Verification/);
  });

  it("a link made with another secret, or for another address, does not sign in", async () => {
    await db().prisma.user.create({ data: { email: "mira@example.org" } });
    await requestSignInLink(db(), { email: "mira@example.org", locale: "en", ip: freshIp() }, config);
    const token = linkIn((await outboxTo(db(), "mira@example.org"))[0]!.text).searchParams.get("token")!;
    assert.equal((await pressSignInButton(db(), { ...config, secret: "another-secret-another-secret-another" }, { token, email: "mira@example.org" })).signedIn, false);
    assert.equal((await pressSignInButton(db(), config, { token, email: "known@example.org" })).signedIn, false);
    assert.equal((await pressSignInButton(db(), config, { token, email: "mira@example.org" })).signedIn, true);
  });

  it("an address in ADMIN_EMAILS gets a link before it has an account, and signs in as an admin", async () => {
    await requestSignInLink(db(), { email: "admin@example.org", locale: "en", ip: freshIp() }, config);
    const link = linkIn((await outboxTo(db(), "admin@example.org"))[0]!.text);
    const pressed = await pressSignInButton(db(), config, { token: link.searchParams.get("token")!, email: "admin@example.org" });
    assert.equal(pressed.signedIn, true);
    const user = await db().prisma.user.findUnique({ where: { email: "admin@example.org" }, select: { role: true } });
    assert.equal(user?.role, UserRole.ADMIN);
  });

  it("an existing organiser whose address is added to ADMIN_EMAILS becomes an admin on signing in", async () => {
    await db().prisma.user.create({ data: { email: "promoted@example.org" } });
    const withPromotion = { ...config, adminEmails: [...config.adminEmails, "promoted@example.org"] };
    await requestSignInLink(db(), { email: "promoted@example.org", locale: "en", ip: freshIp() }, withPromotion);
    const link = linkIn((await outboxTo(db(), "promoted@example.org"))[0]!.text);
    await pressSignInButton(db(), withPromotion, { token: link.searchParams.get("token")!, email: "promoted@example.org" });
    const user = await db().prisma.user.findUnique({ where: { email: "promoted@example.org" }, select: { role: true } });
    assert.equal(user?.role, UserRole.ADMIN);
  });

  it("a link for someone who has since been removed does not sign in", async () => {
    const removed = await db().prisma.user.create({ data: { email: "removed@example.org" } });
    await requestSignInLink(db(), { email: "removed@example.org", locale: "en", ip: freshIp() }, config);
    const token = linkIn((await outboxTo(db(), "removed@example.org"))[0]!.text).searchParams.get("token")!;
    await db().prisma.user.delete({ where: { id: removed.id } });
    const pressed = await pressSignInButton(db(), config, { token, email: "removed@example.org" });
    assert.equal(pressed.signedIn, false);
    assert.match(pressed.redirect, /error\?error=AccessDenied/);
    assert.equal(await db().prisma.user.count({ where: { email: "removed@example.org" } }), 0);
  });

  it("a callbackUrl to another site is replaced by the console", async () => {
    await db().prisma.user.create({ data: { email: "wanderer@example.org" } });
    await requestSignInLink(db(), { email: "wanderer@example.org", locale: "de", ip: freshIp(), callbackUrl: "https://evil.example.com/" }, config);
    const link = linkIn((await outboxTo(db(), "wanderer@example.org"))[0]!.text);
    assert.equal(link.searchParams.get("callbackUrl"), "/de/organise");
    const pressed = await pressSignInButton(db(), config, { token: link.searchParams.get("token")!, email: "wanderer@example.org", callbackUrl: "https://evil.example.com/" });
    assert.equal(pressed.redirect, "http://localhost:3000/en/organise");
  });
});
