import { it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import { env } from "../env";
import { recordAudit } from "../audit/record";
import { createCampaign, createCampaignSchema } from "../campaigns/create-campaign";
import { unsealToken } from "../mail/sealed-token";
import { ActionRefusal } from "../organise/action-refusal";
import { seedOrganiserWorld } from "../petitions/organiser-fixtures";
import { describeOnDatabases } from "../testing/db";
import { listAuditEntries } from "../audit/queries";
import { acceptInvitation, viewInvitation } from "./accept";
import { inviteMember } from "./invite";
import { changeMemberRole, listTeam, removeMember, revokeInvitation } from "./members";

// Issue 10: an admin starts a campaign and names its first owner; owners invite, change roles and remove;
// an invitation joins once; the last owner stays.

const refusedWith = (key: string) => (error: unknown) => {
  assert.ok(error instanceof ActionRefusal, String(error));
  assert.equal(error.messageKey, key);
  return true;
};

/** The token of the newest invitation mailed to `to`, as the worker would put it into the link. */
async function invitationToken(db: Database, to: string): Promise<string> {
  const email = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to, template: "campaign-invitation" }, orderBy: { createdAt: "desc" } });
  const data = email.templateData as { token: string };
  return unsealToken(data.token, env().authSecret);
}

const auditAs = (db: Database, actorId: string) => (tx: Parameters<typeof recordAudit>[0], entry: { campaignId: string; action: string; subjectType: string; subjectId?: string }) =>
  recordAudit(tx, { ...entry, actorId, actorEmail: "admin@example.org" });

describeOnDatabases("a campaign's team", (db) => {
  it("an admin creates a draft campaign and invites its first owner, who joins once through the link", async () => {
    const w = await seedOrganiserWorld(db());
    const slug = `strike-${w.tag}`;
    const input = createCampaignSchema.parse({ slug: ` ${slug.toUpperCase()} `, title: "Solidarity with the strikers", summary: "", defaultLocale: "ru", ownerEmail: `Owner.${w.tag}@Example.org` });
    const created = await createCampaign(db(), w.admin, input, { locale: "en", audit: auditAs(db(), w.admin.id) });
    const campaign = await db().prisma.campaign.findUniqueOrThrow({ where: { id: created.id }, include: { translations: true, organisers: true } });
    assert.equal(campaign.slug, slug);
    assert.equal(campaign.status, "DRAFT");
    assert.deepEqual(campaign.locales, ["ru"]);
    assert.deepEqual(campaign.translations.map((t) => [t.locale, t.title]), [["ru", "Solidarity with the strikers"]]);
    assert.equal(campaign.organisers.length, 0, "nobody is in the team before the invitation is accepted");

    const owner = `owner.${w.tag}@example.org`;
    const mail = await db().prisma.outboxEmail.findFirstOrThrow({ where: { to: owner } });
    assert.ok(!JSON.stringify(mail.templateData).includes(await invitationToken(db(), owner)), "the outbox holds the token sealed");
    const token = await invitationToken(db(), owner);

    const view = await viewInvitation(db(), token, "en");
    assert.equal(view.state, "open");
    assert.equal(view.state === "open" && view.role, "OWNER");
    const before = await db().prisma.campaignOrganiser.count({ where: { campaignId: created.id } });
    const joined = await acceptInvitation(db(), token);
    assert.equal(joined.kind, "joined");
    assert.equal(await db().prisma.campaignOrganiser.count({ where: { campaignId: created.id } }), before + 1);
    const member = await db().prisma.campaignOrganiser.findFirstOrThrow({ where: { campaignId: created.id }, include: { user: true } });
    assert.deepEqual([member.user.email, member.role], [owner, "OWNER"]);

    assert.deepEqual(await acceptInvitation(db(), token), { kind: "used" }, "a second use joins nobody");
    assert.equal((await viewInvitation(db(), token, "en")).state, "used");
    assert.equal(await db().prisma.campaignOrganiser.count({ where: { campaignId: created.id } }), before + 1);

    const log = await listAuditEntries(db(), { id: member.userId, email: owner, role: "ORGANISER" }, created.id, 1);
    assert.deepEqual(log?.rows.map((r) => r.action).sort(), ["campaign.created", "member.invited", "member.joined"]);
  });

  it("refuses an address that is taken or reserved, and writes nothing", async () => {
    const w = await seedOrganiserWorld(db());
    const campaigns = await db().prisma.campaign.count();
    const mails = await db().prisma.outboxEmail.count();
    const input = createCampaignSchema.parse({ slug: w.campaign.slug, title: "Again", summary: "", defaultLocale: "en", ownerEmail: "someone@example.org" });
    await assert.rejects(createCampaign(db(), w.admin, input, { locale: "en", audit: auditAs(db(), w.admin.id) }), refusedWith("campaigns.errors.slugTaken"));
    assert.equal(await db().prisma.campaign.count(), campaigns);
    assert.equal(await db().prisma.outboxEmail.count(), mails, "no invitation went out");
    const reserved = createCampaignSchema.safeParse({ slug: "new", title: "New", summary: "", defaultLocale: "en", ownerEmail: "someone@example.org" });
    assert.deepEqual(reserved.error?.issues.map((i) => [i.path.join("."), i.message]), [["slug", "campaigns.errors.slugReserved"]]);
    const bad = createCampaignSchema.safeParse({ slug: "A b", title: " ", summary: "", defaultLocale: "fr", ownerEmail: "nobody", status: "LIVE" });
    assert.deepEqual(bad.error?.issues.map((i) => i.path.join(".") || i.code).sort(), ["defaultLocale", "ownerEmail", "slug", "title", "unrecognized_keys"]);
  });

  it("an expired or withdrawn invitation joins nobody", async () => {
    const w = await seedOrganiserWorld(db());
    const email = `late.${w.tag}@example.org`;
    const now = new Date();
    await db().prisma.$transaction((tx) => inviteMember(tx, { campaignId: w.campaign.id, campaignTitle: "T", email, role: "EDITOR", invitedById: w.organiser.id, locale: "en" }, new Date(now.getTime() - 8 * 86_400_000)));
    const expired = await invitationToken(db(), email);
    assert.equal((await viewInvitation(db(), expired, "en")).state, "expired");
    assert.deepEqual(await acceptInvitation(db(), expired), { kind: "expired" });

    const row = await db().prisma.$transaction((tx) => inviteMember(tx, { campaignId: w.campaign.id, campaignTitle: "T", email, role: "EDITOR", invitedById: w.organiser.id, locale: "en" }));
    const fresh = await invitationToken(db(), email);
    assert.notEqual(fresh, expired);
    await db().prisma.$transaction((tx) => revokeInvitation(tx, { campaignId: w.campaign.id, invitationId: row.id }));
    assert.deepEqual(await acceptInvitation(db(), fresh), { kind: "unknown" });
    assert.deepEqual(await acceptInvitation(db(), "not-a-token"), { kind: "unknown" });
    assert.equal(await db().prisma.user.count({ where: { email } }), 0, "no account was made");
    await assert.rejects(db().prisma.$transaction((tx) => revokeInvitation(tx, { campaignId: w.campaign.id, invitationId: row.id })), refusedWith("members.errors.invitationGone"));
  });

  it("keeps the last owner: neither removed nor demoted until another owner exists", async () => {
    const w = await seedOrganiserWorld(db());
    const c = w.campaign.id;
    await assert.rejects(db().prisma.$transaction((tx) => removeMember(tx, { campaignId: c, userId: w.organiser.id })), refusedWith("members.errors.lastOwner"));
    await assert.rejects(db().prisma.$transaction((tx) => changeMemberRole(tx, { campaignId: c, userId: w.organiser.id, role: "EDITOR" })), refusedWith("members.errors.lastOwner"));
    assert.equal((await db().prisma.campaignOrganiser.findFirstOrThrow({ where: { campaignId: c, userId: w.organiser.id } })).role, "OWNER");

    await db().prisma.campaignOrganiser.create({ data: { campaignId: c, userId: w.otherOrganiser.id, role: "MODERATOR" } });
    assert.deepEqual(await db().prisma.$transaction((tx) => changeMemberRole(tx, { campaignId: c, userId: w.otherOrganiser.id, role: "OWNER" })), { email: w.otherOrganiser.email, from: "MODERATOR", to: "OWNER" });
    assert.equal(await db().prisma.$transaction((tx) => changeMemberRole(tx, { campaignId: c, userId: w.otherOrganiser.id, role: "OWNER" })), null, "no change, nothing to log");
    await db().prisma.$transaction((tx) => removeMember(tx, { campaignId: c, userId: w.organiser.id }));
    const team = await listTeam(db(), w.otherOrganiser, c);
    assert.deepEqual(team?.members.map((m) => [m.email, m.role]), [[w.otherOrganiser.email, "OWNER"]]);
    assert.equal(await listTeam(db(), w.organiser, c), null, "a removed member no longer sees the team");
    await assert.rejects(db().prisma.$transaction((tx) => removeMember(tx, { campaignId: c, userId: w.organiser.id })), refusedWith("members.errors.notMember"));
  });

  it("two owners leaving at the same time: one of them stays", async () => {
    const w = await seedOrganiserWorld(db());
    const c = w.campaign.id;
    await db().prisma.campaignOrganiser.create({ data: { campaignId: c, userId: w.otherOrganiser.id, role: "OWNER" } });
    const results = await Promise.allSettled([
      db().prisma.$transaction((tx) => removeMember(tx, { campaignId: c, userId: w.organiser.id })),
      db().prisma.$transaction((tx) => removeMember(tx, { campaignId: c, userId: w.otherOrganiser.id })),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), ["fulfilled", "rejected"]);
    assert.equal(await db().prisma.campaignOrganiser.count({ where: { campaignId: c, role: "OWNER" } }), 1);
  });
});
