import { it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import { parseEnv } from "../env";
import { renderedEmailsTo } from "../mail/render";
import { LARGE_MAIL_DOMAINS } from "../mail/large-mail-domains";
import { mayMailUnconfirmedAddress, type MailCaps } from "../mail/unconfirmed-mail-caps";
import { addSponsor } from "../sponsors/add-sponsor";
import { individualSponsor, liveCampaign } from "../sponsors/test-world";
import { describeOnDatabases } from "../testing/db";
import { openPetition, signForm } from "./fixtures";
import { resendConfirmation } from "./resend";
import { signPetition as signPetitionAnswer } from "./sign";

// The first large provider of the built-in list; the local parts hold a hyphen, which it refuses, so no
// real mailbox is named.
const LARGE_PROVIDER = LARGE_MAIL_DOMAINS[0]!;

// Issue 9, hole 2: Placard must not be a way to mail strangers with an attacker's words. No email for a
// signature over the rate limit; nothing a supporter typed in an email to an address that has not
// confirmed; caps per client (IPv6 by /64) and per recipient domain on everything that mails one.

const MINUTE = 60_000;
const UNCAPPED: MailCaps = { perClient: [], perDomain: [], perLargeDomain: [], largeDomains: [] };
/** The defaults a deployment gets (lib/env.ts), as decision 017 sets them. */
const DEFAULT_CAPS = parseEnv({}).unconfirmedMailCaps;

/** Signs, then runs what follows the answer, as the route does with after(). */
async function signPetition(...args: Parameters<typeof signPetitionAnswer>) {
  const result = await signPetitionAnswer(...args);
  if (result.ok) await result.followUp?.();
  return result.ok ? { ok: true, address: result.address } : result;
}

const mailsTo = async (db: Database, prefix: string) => db.prisma.outboxEmail.count({ where: { to: { startsWith: prefix } } });

describeOnDatabases("mail to addresses that have not confirmed", (db) => {
  it("mails nothing for signatures over the rate limit: not when stored, not on a repeat, not on a resend", async () => {
    const petition = await openPetition(db());
    const limits = [{ count: 1, seconds: 60 }, { count: 5, seconds: 300 }];
    const t0 = new Date();
    const stranger = (i: number) => `stranger-${i}@example.org`;
    const sign = (i: number, ip: string, at = t0) => signPetition(db(), petition.address, signForm(petition.id, { email: stranger(i) }), { ip, locale: "en", limits, now: at, mailCaps: UNCAPPED });

    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => sign(i, "198.51.100.60")));
    assert.ok(answers.every((a) => a.ok), "everyone sees the usual answer");
    const rows = await db().prisma.signature.findMany({ where: { petitionId: petition.id }, select: { email: true, isSuspect: true } });
    assert.equal(rows.length, 10, "every signature is stored");
    assert.equal(rows.filter((r) => r.isSuspect).length, 9);
    assert.equal(await mailsTo(db(), "stranger-"), 1, "one email, for the one signature within the limit");

    const held = rows.find((r) => r.isSuspect)!.email;
    const later = new Date(t0.getTime() + 12 * MINUTE);
    await signPetition(db(), petition.address, signForm(petition.id, { email: held }), { ip: "198.51.100.60", locale: "en", limits, now: new Date(t0.getTime() + 30_000), mailCaps: UNCAPPED });
    assert.equal(await resendConfirmation(db(), { locale: "en", petitionId: petition.id, email: held }, { ip: "198.51.100.61", locale: "en", now: later, mailCaps: UNCAPPED }).then((r) => r.ok), true);
    assert.equal((await renderedEmailsTo(db(), held)).length, 0, "a signature held by the rate limit is not mailed by a repeat or a resend");
  });

  it("puts nothing the supporter typed into the confirmation, the reminder or the sponsor confirmation", async () => {
    const petition = await openPetition(db());
    const words = { name: "Your account is suspended call 555-0100 now", city: "Call 555-0101", organisation: "Bank security 555-0102", role: "Agent 555-0103" };
    const t0 = new Date();
    await signPetition(db(), petition.address, signForm(petition.id, { ...words, email: "typed-words@example.org" }), { ip: "192.0.2.90", locale: "en", limits: [], now: t0, mailCaps: UNCAPPED });
    await signPetition(db(), petition.address, signForm(petition.id, { ...words, email: "typed-words@example.org" }), { ip: "192.0.2.91", locale: "en", limits: [], now: new Date(t0.getTime() + 12 * MINUTE), mailCaps: UNCAPPED });
    const campaign = await liveCampaign(db());
    await addSponsor(db(), { campaignId: campaign.id, sponsor: individualSponsor({ name: words.name, role: words.role, organisation: words.organisation, email: "typed-words@example.org" }) }, { ip: "192.0.2.92", locale: "ru", mailCaps: UNCAPPED });

    const mails = await renderedEmailsTo(db(), "typed-words@example.org");
    assert.deepEqual(mails.map((m) => m.purpose), ["signature-confirmation", "signature-reminder", "sponsor-confirmation"]);
    for (const mail of mails) {
      const whole = `${mail.subject}\n${mail.text}\n${mail.html}`;
      assert.doesNotMatch(whole, /555-010/, `${mail.purpose} carries none of the typed words`);
      assert.match(mail.text, /https?:\/\/\S+confirm\?token=/, `${mail.purpose} still has its link`);
    }
  });

  it("caps emails per client, an IPv6 /64 counting as one client; the signatures are stored and answered as always", async () => {
    const petition = await openPetition(db());
    const caps: MailCaps = { ...UNCAPPED, perClient: [{ count: 3, seconds: 3600 }] };
    const sign = (i: number, ip: string) => signPetition(db(), petition.address, signForm(petition.id, { email: `v6-${i}@example.org` }), { ip, locale: "en", limits: [], mailCaps: caps });
    const answers = [];
    for (let i = 1; i <= 5; i++) answers.push(await sign(i, `2001:db8:5:7::${i.toString(16)}`));
    assert.ok(answers.every((a) => a.ok));
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id, isSuspect: false } }), 5, "stored and counted");
    assert.equal(await mailsTo(db(), "v6-"), 3, "three emails from one /64, however many addresses it uses");
    await sign(6, "2001:db8:5:8::1");
    assert.equal(await mailsTo(db(), "v6-6@"), 1, "another /64 is another client");
    // The resend page is capped by the same count: the /64 that is over gets its usual answer, and no email.
    const resent = await resendConfirmation(db(), { locale: "en", petitionId: petition.id, email: "v6-4@example.org" }, { ip: "2001:db8:5:7::99", locale: "en", now: new Date(Date.now() + 3 * MINUTE), mailCaps: caps });
    assert.deepEqual(resent, { ok: true });
    assert.equal(await mailsTo(db(), "v6-4@"), 0);
  });

  it("with the default caps: a surge's third at one large provider is all mailed; one small domain gets twenty, from however many clients", async () => {
    const petition = await openPetition(db());
    const campaign = await liveCampaign(db());
    let client = 0;
    const nextIp = () => `10.9.${(++client >> 8) & 255}.${client & 255}`;
    // 110 signatures at once: a third of a second of a 330-a-second surge, all at gmail.com (the
    // addresses' local parts hold a hyphen, which Gmail does not allow: no real mailbox; the mail stays in the test outbox).
    const surge = Array.from({ length: 110 }, (_, i) =>
      signPetition(db(), petition.address, signForm(petition.id, { email: `surge-signer-${i}@${LARGE_PROVIDER}` }), { ip: nextIp(), locale: "en", limits: [], mailCaps: DEFAULT_CAPS }),
    );
    // 30 strangers at one embassy's domain, each from another client, at the same time.
    const embassy = Array.from({ length: 30 }, (_, i) =>
      signPetition(db(), petition.address, signForm(petition.id, { email: `staff-${i}@embassy.example.org` }), { ip: nextIp(), locale: "en", limits: [], mailCaps: DEFAULT_CAPS }),
    );
    const answers = await Promise.all([...surge, ...embassy]);
    assert.ok(answers.every((a) => a.ok), "every signer sees the usual answer");
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id } }), 140, "every signature is stored");
    assert.equal(await mailsTo(db(), "surge-signer-"), 110, "the large provider's share of the surge is all mailed");
    assert.equal(await mailsTo(db(), "staff-"), 20, "the embassy's domain gets twenty in ten minutes, not thirty");

    // The sponsor form and the resend page count against the same domain cap: stored, same answer, no email.
    const sponsor = await addSponsor(db(), { campaignId: campaign.id, sponsor: individualSponsor({ email: "consul@embassy.example.org" }) }, { ip: nextIp(), locale: "en", mailCaps: DEFAULT_CAPS });
    assert.deepEqual(sponsor, { ok: true });
    assert.equal(await db().prisma.sponsor.count({ where: { campaignId: campaign.id, email: "consul@embassy.example.org" } }), 1);
    assert.equal(await mailsTo(db(), "consul@"), 0);
    const resent = await resendConfirmation(db(), { locale: "en", petitionId: petition.id, email: "staff-29@embassy.example.org" }, { ip: nextIp(), locale: "en", now: new Date(Date.now() + 3 * MINUTE), mailCaps: DEFAULT_CAPS });
    assert.deepEqual(resent, { ok: true });
    assert.equal(await mailsTo(db(), "staff-"), 20);
  });

  it("a sponsor reminder over a cap sends nothing and leaves the earlier link working", async () => {
    const campaign = await liveCampaign(db());
    const caps: MailCaps = { ...UNCAPPED, perDomain: [{ count: 1, seconds: 600 }] };
    const sponsor = individualSponsor({ email: "once@capped.example.org" });
    await addSponsor(db(), { campaignId: campaign.id, sponsor }, { ip: "192.0.2.95", locale: "en", mailCaps: caps });
    const before = await db().prisma.sponsor.findFirstOrThrow({ where: { campaignId: campaign.id }, select: { tokenHash: true } });
    assert.deepEqual(await addSponsor(db(), { campaignId: campaign.id, sponsor }, { ip: "192.0.2.96", locale: "en", mailCaps: caps }), { ok: true });
    assert.equal(await mailsTo(db(), "once@"), 1);
    const afterwards = await db().prisma.sponsor.findFirstOrThrow({ where: { campaignId: campaign.id }, select: { tokenHash: true } });
    assert.equal(afterwards.tokenHash, before.tokenHash, "the first link still works");
  });

  it("mayMailUnconfirmedAddress counts in the same windows as the batched sign statement, and an allow-listed office is not capped per client", async () => {
    const petition = await openPetition(db());
    const caps: MailCaps = { ...UNCAPPED, perClient: [{ count: 2, seconds: 600 }] };
    for (let i = 0; i < 2; i++) await signPetition(db(), petition.address, signForm(petition.id, { email: `shared-${i}@example.org` }), { ip: "203.0.113.5", locale: "en", limits: [], mailCaps: caps });
    assert.equal(await mayMailUnconfirmedAddress(db(), { ip: "203.0.113.5", to: "next@example.org", caps }), false, "the two signatures used the client's two");
    assert.equal(await mayMailUnconfirmedAddress(db(), { ip: "203.0.113.6", to: "next@example.org", caps }), true);

    await db().prisma.allowlistedAddress.create({ data: { address: "203.0.113.7", note: "union office" } });
    for (let i = 0; i < 4; i++) await signPetition(db(), petition.address, signForm(petition.id, { email: `office-${i}@example.org` }), { ip: "203.0.113.7", locale: "en", limits: [], mailCaps: caps });
    assert.equal(await mailsTo(db(), "office-"), 4);
    assert.equal(await mayMailUnconfirmedAddress(db(), { ip: "203.0.113.7", to: "next@example.org", caps }), true);
  });
});
