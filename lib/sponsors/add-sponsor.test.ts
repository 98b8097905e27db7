import { renderedEmailsTo, renderStoredEmail, storedEmailSelect } from "../mail/render";
import { beforeEach, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { hashToken } from "../signatures/token";
import { translate } from "../i18n/translate";
import { addSponsor, MAX_CONFIRMATION_EMAILS, SPONSOR_CONFIRMATION_PURPOSE } from "./add-sponsor";
import { confirmSponsor } from "./confirm";
import { ctx, individualSponsor, lastTokenSentTo, liveCampaign, unionBranch } from "./test-world";

describeOnDatabases("adding a name to a campaign's sponsors", (db) => {
  beforeEach(async () => {
    await db().prisma.outboxEmail.deleteMany();
    await db().prisma.rateLimitBucket.deleteMany();
  });

  it("stores an unconfirmed entry and queues its confirmation email with a 7-day link", async () => {
    const { prisma } = db();
    const campaign = await liveCampaign(db());
    const now = new Date("2026-11-23T12:00:00Z");
    const result = await addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch() }, { ...ctx(), now });
    assert.deepEqual(result, { ok: true });

    const row = await prisma.sponsor.findFirstOrThrow({ where: { campaignId: campaign.id }, include: { consentText: true } });
    assert.equal(row.status, "UNCONFIRMED");
    assert.equal(row.kind, "ORGANISATION");
    assert.equal(row.name, "Northfield Rail Workers' Branch");
    assert.equal(row.organisationKind, "UNION_BRANCH");
    assert.equal(row.contactName, "Branch secretary");
    assert.equal(row.isDomainVerified, true);
    assert.equal(row.tokenExpiresAt?.toISOString(), "2026-11-30T12:00:00.000Z");
    assert.equal(row.consentText.key, "sponsor");
    assert.equal(row.consentText.text, translate("en", "sponsors.consent.text"));

    const mails = await renderedEmailsTo(db(), "secretary@northfield.example.org");
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.purpose, SPONSOR_CONFIRMATION_PURPOSE);
    assert.match(mails[0]!.subject, /Justice for Zhanaozen/);
    assert.doesNotMatch(mails[0]!.text, /Northfield|Branch secretary/, "nothing the sponsor typed goes to an address that has not confirmed");
    const token = await lastTokenSentTo(db(), "secretary@northfield.example.org");
    assert.equal(hashToken(token), row.tokenHash, "the database keeps only the token's hash");
    assert.ok(!mails[0]!.text.includes(row.tokenHash!));
  });

  it("writes in the reader's language, and marks only organisations whose email is at their website", async () => {
    const { prisma } = db();
    const campaign = await liveCampaign(db());
    await addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch({ email: "branch-secretary@mail.example.com" }) }, { ip: "192.0.2.11", locale: "ru" });
    await addSponsor(db(), { campaignId: campaign.id, sponsor: individualSponsor({ email: "ingrid@northfield.example.org" }) }, ctx());
    const rows = await prisma.sponsor.findMany({ where: { campaignId: campaign.id }, orderBy: { kind: "asc" } });
    assert.deepEqual(rows.map((r) => [r.kind, r.isDomainVerified]), [["INDIVIDUAL", false], ["ORGANISATION", false]]);
    const [mail] = await renderedEmailsTo(db(), "branch-secretary@mail.example.com");
    assert.ok(mail);
    assert.match(mail.subject, /Справедливость для Жанаозена/);
    assert.match(mail.text, /\/ru\/sponsors\/confirm\?token=/);
  });

  it("stores nothing when the email cannot be queued (one transaction)", async () => {
    const { prisma } = db();
    // A title this long does not fit the template's data: the outbox refuses the email.
    const campaign = await liveCampaign(db(), { title: "A".repeat(301) });
    await assert.rejects(addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch() }, ctx()));
    assert.equal(await prisma.sponsor.count({ where: { campaignId: campaign.id } }), 0);
    assert.equal(await prisma.outboxEmail.count(), 0);
  });

  it("answers a repeat exactly like a first time, with a few fresh links at most, never a flood", async () => {
    const { prisma } = db();
    const campaign = await liveCampaign(db());
    const first = await addSponsor(db(), { campaignId: campaign.id, sponsor: individualSponsor() }, ctx("192.0.2.20"));
    const results = [];
    for (let i = 0; i < 8; i++) {
      // The same person: case and +tags do not make a new entry.
      const email = i % 2 ? "Ingrid@Example.com" : "ingrid+sponsor@example.com";
      results.push(await addSponsor(db(), { campaignId: campaign.id, sponsor: individualSponsor({ email }) }, ctx(`192.0.2.${30 + i}`)));
    }
    for (const r of results) assert.deepEqual(r, first);
    assert.equal(await prisma.sponsor.count({ where: { campaignId: campaign.id } }), 1);
    assert.equal(await prisma.outboxEmail.count({ where: { purpose: SPONSOR_CONFIRMATION_PURPOSE } }), MAX_CONFIRMATION_EMAILS);

    // Once the last link has expired, one more may be sent (at most one a week).
    const weekLater = { ...ctx("192.0.2.50"), now: new Date(Date.now() + 8 * 86_400_000) };
    await addSponsor(db(), { campaignId: campaign.id, sponsor: individualSponsor() }, weekLater);
    await addSponsor(db(), { campaignId: campaign.id, sponsor: individualSponsor() }, { ...weekLater, ip: "192.0.2.51" });
    assert.equal(await prisma.outboxEmail.count({ where: { purpose: SPONSOR_CONFIRMATION_PURPOSE } }), MAX_CONFIRMATION_EMAILS + 1);

    // Only the newest link works; the replaced ones say so politely.
    const emails = await prisma.outboxEmail.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: storedEmailSelect });
    const tokens = emails.map((m) => /token=([A-Za-z0-9_-]{43})/.exec(renderStoredEmail(m).text)![1]!);
    assert.equal((await confirmSponsor(db(), tokens[0])).state, "invalid");
    assert.equal((await confirmSponsor(db(), tokens[tokens.length - 1], weekLater.now)).state, "confirmed");
  });

  it("ten identical submissions at the same moment make one entry and a few emails at most", async () => {
    const { prisma } = db();
    const campaign = await liveCampaign(db());
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch() }, ctx(`192.0.2.${60 + i}`))),
    );
    for (const r of results) assert.deepEqual(r, { ok: true });
    assert.equal(await prisma.sponsor.count({ where: { campaignId: campaign.id } }), 1);
    const sent = await prisma.outboxEmail.count({ where: { to: "secretary@northfield.example.org" } });
    assert.ok(sent >= 1 && sent <= MAX_CONFIRMATION_EMAILS, `${sent} emails`);
  });

  it("sends nothing more once the entry is confirmed, and still answers the same", async () => {
    const { prisma } = db();
    const campaign = await liveCampaign(db());
    await addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch() }, ctx());
    await confirmSponsor(db(), await lastTokenSentTo(db(), "secretary@northfield.example.org"));
    const again = await addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch() }, ctx("192.0.2.40"));
    assert.deepEqual(again, { ok: true });
    assert.equal(await prisma.outboxEmail.count(), 1);
    assert.equal((await prisma.sponsor.findFirstOrThrow({ where: { campaignId: campaign.id } })).status, "AWAITING_MODERATION");
  });

  it("thanks a robot that filled the hidden field, and stores and sends nothing", async () => {
    const { prisma } = db();
    const campaign = await liveCampaign(db());
    const result = await addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch({ homepage: "http://spam.example.com" }) }, ctx());
    assert.deepEqual(result, { ok: true });
    assert.equal(await prisma.sponsor.count({ where: { campaignId: campaign.id } }), 0);
    assert.equal(await prisma.outboxEmail.count(), 0);
  });

  it("limits entries per connection, except for allow-listed addresses", async () => {
    const { prisma } = db();
    const campaign = await liveCampaign(db());
    const limits = [{ count: 2, seconds: 600 }];
    const add = (name: string, ip: string) =>
      addSponsor(db(), { campaignId: campaign.id, sponsor: individualSponsor({ name, email: `${name.toLowerCase()}@example.org` }) }, { ...ctx(ip), limits });
    assert.deepEqual(await add("Anna", "198.51.100.1"), { ok: true });
    assert.deepEqual(await add("Boris", "198.51.100.1"), { ok: true });
    assert.deepEqual(await add("Clara", "198.51.100.1"), { ok: false, error: "rate-limited" });
    assert.deepEqual(await add("Dmitri", "198.51.100.2"), { ok: true });
    await prisma.allowlistedAddress.create({ data: { address: "198.51.100.3", note: "union office" } });
    for (const name of ["Emil", "Farida", "Gulnara"]) assert.deepEqual(await add(name, "198.51.100.3"), { ok: true });
    assert.equal(await prisma.sponsor.count({ where: { campaignId: campaign.id, name: "Clara" } }), 0);
  });

  it("refuses campaigns that are not live", async () => {
    const { prisma } = db();
    for (const status of ["DRAFT", "ARCHIVED"] as const) {
      const campaign = await liveCampaign(db(), { status });
      assert.deepEqual(await addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch() }, ctx()), { ok: false, error: "closed" });
      assert.equal(await prisma.sponsor.count({ where: { campaignId: campaign.id } }), 0);
    }
  });
});
