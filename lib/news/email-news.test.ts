import { after, before, it } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import type { Database } from "../db/client";
import { env } from "../env";
import { MailPriority } from "../generated/prisma/enums";
import { enqueueEmail } from "../mail/outbox";
import { renderedEmailsTo } from "../mail/render";
import { sendPendingEmails } from "../mail/send-pending";
import { createSmtpTransport } from "../mail/transport";
import { renderTemplate } from "../mail/templates/registry";
import { ActionRefusal } from "../organise/action-refusal";
import { openPetition } from "../signatures/fixtures";
import { describeOnDatabases } from "../testing/db";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/smtp";
import { emailNewsPost, NEWS_EMAIL_PURPOSE } from "./email-news";
import { listPublishedNews } from "./queries";
import { unsubscribeFromNews, unsubscribeView } from "./unsubscribe";
import { createNewsPost, createNewsPostSchema, saveNewsPost, setNewsPublished } from "./write-news";

// Issue 10: a published post is emailed once to the campaign's confirmed supporters who asked for news,
// each in their language, with a one-click unsubscribe; news never holds back a confirmation email.

const refusedWith = (key: string) => (error: unknown) => {
  assert.ok(error instanceof ActionRefusal, String(error));
  assert.equal(error.messageKey, key);
  return true;
};

async function consentId(db: Database): Promise<string> {
  const found = await db.prisma.consentText.findFirst({ where: { key: "signature" }, select: { id: true } });
  if (found) return found.id;
  return (await db.prisma.consentText.create({ data: { key: "signature", version: 1, locale: "en", text: "I agree." }, select: { id: true } })).id;
}

type Signer = { email: string; petitionId: string; locale?: string; status?: "CONFIRMED" | "PENDING"; wantsUpdates?: boolean };

async function sign(db: Database, s: Signer): Promise<string> {
  const row = await db.prisma.signature.create({
    data: {
      petitionId: s.petitionId,
      name: "A. Supporter",
      email: s.email,
      emailNormalised: s.email.toLowerCase(),
      country: "DE",
      locale: s.locale ?? "en",
      status: s.status ?? "CONFIRMED",
      confirmedAt: (s.status ?? "CONFIRMED") === "CONFIRMED" ? new Date() : null,
      wantsUpdates: s.wantsUpdates ?? true,
      consentTextId: await consentId(db),
    },
    select: { id: true },
  });
  return row.id;
}

async function secondPetition(db: Database, campaignId: string): Promise<string> {
  const p = await db.prisma.petition.create({
    data: { campaignId, slug: `second-${crypto.randomBytes(3).toString("hex")}`, status: "OPEN", locales: ["en"], translations: { create: [{ locale: "en", title: "A second petition", addressee: "The minister", body: "Act." }] } },
    select: { id: true },
  });
  return p.id;
}

async function publishedPost(db: Database, campaignId: string, slug: string, languages: ("en" | "ru")[] = ["en", "ru"]) {
  await db.prisma.$transaction(async (tx) => {
    await createNewsPost(tx, campaignId, createNewsPostSchema.parse({ slug, postLocale: "en", kind: "REPORT", title: `Report ${slug}`, summary: "The strike goes on.", body: "**Day 40** of the strike." }));
    if (languages.includes("ru")) await saveNewsPost(tx, campaignId, { slug, postLocale: "ru", kind: "REPORT", title: `Репортаж ${slug}`, summary: "Забастовка продолжается.", body: "**День 40** забастовки." });
  });
  for (const l of languages) await db.prisma.$transaction((tx) => setNewsPublished(tx, campaignId, { slug, postLocale: l }, true, new Date(Date.now() - 1000)));
}

const newsTo = async (db: Database, to: string) => (await renderedEmailsTo(db, to)).filter((e) => e.purpose === NEWS_EMAIL_PURPOSE);
const tag = () => crypto.randomBytes(3).toString("hex");

describeOnDatabases("emailing a campaign's news", (db) => {
  let smtp: TestSmtpServer;
  before(async () => {
    smtp = await startTestSmtpServer();
  });
  after(async () => {
    await smtp.close();
  });

  it("a draft is nowhere public, and cannot be emailed until the default language's version is published", async () => {
    const petition = await openPetition(db());
    const slug = `draft-${tag()}`;
    await db().prisma.$transaction((tx) => createNewsPost(tx, petition.campaignId, createNewsPostSchema.parse({ slug, postLocale: "en", kind: "ARTICLE", title: "Draft", summary: "Not yet.", body: "Soon." })));
    assert.deepEqual((await listPublishedNews(db(), "en", { campaignId: petition.campaignId })).map((p) => p.slug), []);
    await assert.rejects(db().prisma.$transaction((tx) => emailNewsPost(tx, petition.campaignId, slug)), refusedWith("newsConsole.errors.mainNotPublished"));
    await db().prisma.$transaction((tx) => setNewsPublished(tx, petition.campaignId, { slug, postLocale: "en" }, true, new Date(Date.now() - 1000)));
    assert.deepEqual((await listPublishedNews(db(), "en", { campaignId: petition.campaignId })).map((p) => p.slug), [slug]);
    await db().prisma.$transaction((tx) => setNewsPublished(tx, petition.campaignId, { slug, postLocale: "en" }, false));
    assert.deepEqual((await listPublishedNews(db(), "en", { campaignId: petition.campaignId })).map((p) => p.slug), [], "withdrawn, it is gone again");
    // Another campaign cannot take the address.
    const other = await openPetition(db());
    await assert.rejects(
      db().prisma.$transaction((tx) => createNewsPost(tx, other.campaignId, createNewsPostSchema.parse({ slug, postLocale: "en", kind: "ARTICLE", title: "Mine", summary: "x", body: "y" }))),
      refusedWith("newsConsole.errors.slugTaken"),
    );
  });

  it("goes once to each confirmed supporter who asked for news, distinct by address, in their language", async () => {
    const petition = await openPetition(db());
    const second = await secondPetition(db(), petition.campaignId);
    const t = tag();
    const ru = `ru-${t}@example.org`;
    const de = `de-${t}@example.org`;
    const noNews = `no-news-${t}@example.org`;
    const unconfirmed = `unconfirmed-${t}@example.org`;
    const elsewhere = `elsewhere-${t}@example.org`;
    await sign(db(), { email: ru, petitionId: petition.id, locale: "ru" });
    await sign(db(), { email: ru, petitionId: second, locale: "ru" });
    await sign(db(), { email: de, petitionId: second, locale: "de" });
    await sign(db(), { email: noNews, petitionId: petition.id, wantsUpdates: false });
    await sign(db(), { email: unconfirmed, petitionId: petition.id, status: "PENDING" });
    await sign(db(), { email: elsewhere, petitionId: (await openPetition(db())).id });
    const slug = `report-${t}`;
    await publishedPost(db(), petition.campaignId, slug);

    const before = await db().prisma.outboxEmail.count();
    assert.deepEqual(await db().prisma.$transaction((tx) => emailNewsPost(tx, petition.campaignId, slug)), { recipients: 2 });
    assert.equal(await db().prisma.outboxEmail.count(), before + 2);

    const toRu = await newsTo(db(), ru);
    assert.equal(toRu.length, 1, "one email for two signatures of one address");
    assert.match(toRu[0]!.subject, new RegExp(`Справедливость для нефтяников Жанаозена: Репортаж ${slug}`));
    assert.match(toRu[0]!.text, /Забастовка продолжается\./);
    assert.match(toRu[0]!.text, new RegExp(`/ru/news/${slug}`));
    const toDe = await newsTo(db(), de);
    assert.equal(toDe.length, 1);
    assert.match(toDe[0]!.subject, new RegExp(`Report ${slug}`), "no German version: the default language's");
    assert.match(toDe[0]!.text, /noch nicht in Ihre Sprache übersetzt/);
    for (const nobody of [noNews, unconfirmed, elsewhere]) assert.deepEqual(await newsTo(db(), nobody), [], nobody);
    const rows = await db().prisma.outboxEmail.findMany({ where: { to: { in: [ru, de] } }, select: { priority: true } });
    assert.deepEqual(rows.map((r) => r.priority), [MailPriority.LOW, MailPriority.LOW]);

    // A second time is refused, and queues nothing.
    await assert.rejects(db().prisma.$transaction((tx) => emailNewsPost(tx, petition.campaignId, slug)), refusedWith("newsConsole.errors.alreadyEmailed"));
    assert.equal(await db().prisma.outboxEmail.count(), before + 2);
  });

  it("the one-click link: looking at its page changes nothing; its POST stops the next post's email", async () => {
    const petition = await openPetition(db());
    const t = tag();
    const leaving = `leaving-${t}@example.org`;
    const staying = `staying-${t}@example.org`;
    await sign(db(), { email: leaving, petitionId: petition.id });
    await sign(db(), { email: leaving, petitionId: await secondPetition(db(), petition.campaignId) });
    await sign(db(), { email: staying, petitionId: petition.id });
    await publishedPost(db(), petition.campaignId, `first-${t}`, ["en"]);
    await db().prisma.$transaction((tx) => emailNewsPost(tx, petition.campaignId, `first-${t}`));
    const [email] = await db().prisma.outboxEmail.findMany({ where: { to: leaving, purpose: NEWS_EMAIL_PURPOSE }, select: { template: true, templateData: true } });
    const rendered = renderTemplate(email!.template!, email!.templateData);
    assert.equal(rendered.headers?.["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click");
    const url = new URL(/^<(.+)>$/.exec(rendered.headers!["List-Unsubscribe"]!)![1]!);
    assert.equal(url.pathname, "/api/news/unsubscribe");
    assert.ok(!url.href.includes(leaving.split("@")[0]!), "no address in the link");
    const token = url.searchParams.get("token")!;
    // One character changed (to one it is not already: a token ending in "x" once made this test pass its own token).
    const altered = `${token.slice(0, -1)}${token.endsWith("x") ? "y" : "x"}`;

    const wanting = () => db().prisma.signature.count({ where: { emailNormalised: leaving, wantsUpdates: true } });
    assert.deepEqual(await unsubscribeView(db(), token, env().authSecret, "en"), { campaignTitle: "Justice for the oil workers of Zhanaozen", titleLocale: "en", subscribed: true });
    assert.equal(await wanting(), 2, "the page (a GET) changes nothing");
    assert.equal(await unsubscribeView(db(), altered, env().authSecret, "en"), null, "an altered token is no link");
    assert.equal(await unsubscribeFromNews(db(), altered, env().authSecret), null);
    assert.equal(await wanting(), 2);

    assert.deepEqual(await unsubscribeFromNews(db(), token, env().authSecret), { changed: 2 });
    assert.equal(await wanting(), 0);
    assert.equal((await unsubscribeView(db(), token, env().authSecret, "en"))?.subscribed, false);
    assert.deepEqual(await newsTo(db(), leaving), [], "the news still waiting for that address is dropped");
    assert.deepEqual(await unsubscribeFromNews(db(), token, env().authSecret), { changed: 0 }, "twice is harmless");

    await publishedPost(db(), petition.campaignId, `second-${t}`, ["en"]);
    assert.deepEqual(await db().prisma.$transaction((tx) => emailNewsPost(tx, petition.campaignId, `second-${t}`)), { recipients: 1 });
    assert.deepEqual(await newsTo(db(), leaving), []);
    assert.equal((await newsTo(db(), staying)).length, 2);
  });

  it("a confirmation queued after 50 news emails goes out in the first claim, first; news is capped per tick; headers reach the SMTP server", async () => {
    // Start from an empty queue: earlier tests' emails are sent away first.
    const transport = createSmtpTransport({ url: smtp.url, from: "Placard <placard@example.org>" });
    while ((await sendPendingEmails(db(), { transport, batchSize: 100 })).claimed > 0);
    const petition = await openPetition(db());
    const t = tag();
    for (let i = 0; i < 50; i++) await sign(db(), { email: `reader${i}-${t}@example.org`, petitionId: petition.id });
    await publishedPost(db(), petition.campaignId, `big-${t}`, ["en"]);
    await db().prisma.$transaction((tx) => emailNewsPost(tx, petition.campaignId, `big-${t}`));
    const confirmation = `confirm-${t}@example.org`;
    await enqueueEmail(db().prisma, { purpose: "signature-confirmation", to: confirmation, subject: "Confirm your signature", text: "Press the button." });
    smtp.messages.length = 0;

    const lowPriority = { budget: 10 };
    const first = await sendPendingEmails(db(), { transport, batchSize: 25, lowPriority });
    assert.deepEqual(first, { claimed: 11, sent: 11, retrying: 0, failed: 0, released: 0 });
    assert.equal(lowPriority.budget, 0);
    assert.deepEqual(smtp.messages[0]!.envelopeTo, [confirmation], "the confirmation went first");
    const second = await sendPendingEmails(db(), { transport, batchSize: 25, lowPriority });
    assert.equal(second.claimed, 0, "this tick's news budget is spent");

    const news = smtp.messages[1]!;
    const header = (name: string) => news.parsed.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, " ");
    assert.equal(header("list-unsubscribe-post"), "List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    assert.match(header("list-unsubscribe") ?? "", /^List-Unsubscribe: <http[^>]+\/api\/news\/unsubscribe\?locale=en&token=[A-Za-z0-9_.-]+>$/);
    assert.equal(await db().prisma.outboxEmail.count({ where: { status: "PENDING", purpose: NEWS_EMAIL_PURPOSE, to: { endsWith: `-${t}@example.org` } } }), 40);
    transport.close();
  });
});
