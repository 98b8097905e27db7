import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import type { Database } from "../db/client";
import { createPetitionFromDemands } from "../petitions/create-petition-from-demands";
import { openPetition } from "../petitions/change-petition-status";
import { createPetitionSchema } from "../petitions/organiser-schemas";
import { addSignatures, seedOrganiserWorld, type OrganiserWorld } from "../petitions/organiser-fixtures";
import { recountSignatures } from "./count";
import { ModerationError, clearSuspicion, invalidateSignatures, markSignatureNotSuspect } from "./moderate";
import { moderationFilterSchema } from "./moderation-filter";
import { countForBulkAction, listSignaturesForModeration } from "./moderation-queries";
import { AllowlistRefusal, addAllowlistedAddress, listAllowlistedAddresses, removeAllowlistedAddress } from "./allowlist";

const filter = (raw: Record<string, string>) => moderationFilterSchema.parse(raw);

const refusedWith = (code: string, count?: number) => (error: unknown) => {
  assert.ok(error instanceof ModerationError || error instanceof AllowlistRefusal, String(error));
  assert.equal(error.code, code);
  if (count !== undefined) assert.equal((error as ModerationError).count, count);
  return true;
};

async function floodedPetition(db: Database, w: OrganiserWorld) {
  const input = createPetitionSchema.parse({ demandIds: [w.demands[0]!.id], targetIds: [], locales: ["en"] });
  const { id } = await createPetitionFromDemands(db, w.organiser, { campaignId: w.campaign.id, ...input });
  await openPetition(db, w.organiser, id);
  const t0 = new Date("2026-01-15T10:00:00Z").getTime();
  await addSignatures(db, id, w.consent.id, [
    { name: "Anna Real", email: "anna@example.org", ipAddress: "198.51.100.1", createdAt: new Date(t0 - 3_600_000) },
    { name: "Jan Real", email: "jan@example.com", ipAddress: "198.51.100.2", country: "DE", createdAt: new Date(t0 - 3_000_000) },
    ...[1, 2, 3].map((i) => ({ name: `Bot ${i}`, email: `bot${i}@spam.example.net`, ipAddress: "203.0.113.9", createdAt: new Date(t0 + i * 1000) })),
    { name: "Bot pending", email: "bot4@spam.example.net", ipAddress: "203.0.113.9", status: "PENDING" as const, createdAt: new Date(t0 + 4000) },
    { name: "Union Office", email: "office@example.org", ipAddress: "2001:db8::7", isSuspect: true, createdAt: new Date(t0 + 5000) },
    { name: "Union Office 2", email: "office2@example.org", ipAddress: "2001:db8::7", isSuspect: true, createdAt: new Date(t0 + 6000) },
  ]);
  await recountSignatures(db, id);
  return id;
}

const countOf = async (db: Database, id: string) => (await db.prisma.petition.findUniqueOrThrow({ where: { id } })).signatureCount;

describeOnDatabases("moderators invalidate signatures in bulk", (db) => {
  it("invalidates what a domain filter picks, after the moderator confirms the number; the count follows and the audit log says so", async () => {
    const w = await seedOrganiserWorld(db());
    const id = await floodedPetition(db(), w);
    assert.equal(await countOf(db(), id), 5);
    const spam = filter({ domain: "@Spam.Example.net", petition: id });
    assert.equal(await countForBulkAction(db(), w.organiser, w.campaign.id, spam, "invalidate"), 4);

    await assert.rejects(
      invalidateSignatures(db(), w.organiser, { campaignId: w.campaign.id, filter: spam, expectedCount: 3 }, "Bot flood"),
      refusedWith("countChanged", 4),
    );
    assert.equal(await db().prisma.signature.count({ where: { petitionId: id, status: "INVALIDATED" } }), 0, "nothing changed");

    const result = await invalidateSignatures(db(), w.organiser, { campaignId: w.campaign.id, filter: spam, expectedCount: 4 }, "Bot flood");
    assert.deepEqual(result, { count: 4, petitionIds: [id] });
    assert.equal(await countOf(db(), id), 2);
    const audit = await db().prisma.auditLog.findFirstOrThrow({ where: { campaignId: w.campaign.id, action: "signatures.invalidated" } });
    assert.equal(audit.actorId, w.organiser.id);
    assert.deepEqual(audit.details, { filter: { petition: id, domain: "spam.example.net" }, count: 4, petitionIds: [id], reason: "Bot flood" });
    const pending = await db().prisma.signature.findFirstOrThrow({ where: { petitionId: id, email: "bot4@spam.example.net" } });
    assert.equal(pending.status, "INVALIDATED");
    assert.equal(pending.tokenHash, null, "its confirmation link no longer works");
  });

  it("invalidates by IP address and by time window", async () => {
    const w = await seedOrganiserWorld(db());
    const id = await floodedPetition(db(), w);
    await invalidateSignatures(db(), w.organiser, { campaignId: w.campaign.id, filter: filter({ ip: "203.0.113.9", status: "CONFIRMED" }) }, "Same address");
    assert.equal(await countOf(db(), id), 2);
    const window = filter({ from: "2026-01-15T08:55", until: "2026-01-15T09:05" });
    assert.equal(await countForBulkAction(db(), w.organiser, w.campaign.id, window, "invalidate"), 1);
    await invalidateSignatures(db(), w.organiser, { campaignId: w.campaign.id, filter: window, expectedCount: 1 }, "Test window");
    assert.equal(await countOf(db(), id), 1);
    const left = await db().prisma.signature.findMany({ where: { petitionId: id, status: { not: "INVALIDATED" } }, orderBy: { name: "asc" }, select: { name: true } });
    assert.deepEqual(left.map((s) => s.name), ["Bot pending", "Jan Real", "Union Office", "Union Office 2"]);
  });

  it("refuses a filter that is too broad, a missing reason, and another campaign's organiser", async () => {
    const w = await seedOrganiserWorld(db());
    const id = await floodedPetition(db(), w);
    const target = (f: Record<string, string>) => ({ campaignId: w.campaign.id, filter: filter(f) });
    await assert.rejects(invalidateSignatures(db(), w.organiser, target({ petition: id, status: "CONFIRMED" }), "All of them"), refusedWith("filterTooBroad"));
    await assert.rejects(invalidateSignatures(db(), w.organiser, target({ domain: "spam.example.net" }), "  "), refusedWith("reasonRequired"));
    await assert.rejects(invalidateSignatures(db(), w.otherOrganiser, target({ domain: "spam.example.net" }), "Not mine"), refusedWith("nothingMatches"));
    assert.equal(await countOf(db(), id), 5);
    assert.equal(await db().prisma.auditLog.count({ where: { campaignId: w.campaign.id, action: "signatures.invalidated" } }), 0);
    assert.equal(moderationFilterSchema.safeParse({ ip: "not-an-ip" }).success, false);
    assert.equal(moderationFilterSchema.safeParse({ domain: "example.org", everything: "1" }).success, false);
  });

  it("counts suspect signatures again, in bulk or one by one", async () => {
    const w = await seedOrganiserWorld(db());
    const id = await floodedPetition(db(), w);
    const office = filter({ ip: "2001:0db8:0000::7", suspect: "1" });
    assert.equal(await countForBulkAction(db(), w.organiser, w.campaign.id, office, "clear"), 2);
    const one = await db().prisma.signature.findFirstOrThrow({ where: { petitionId: id, email: "office@example.org" } });
    await markSignatureNotSuspect(db(), w.organiser, w.campaign.id, one.id);
    assert.equal(await countOf(db(), id), 6);
    await clearSuspicion(db(), w.organiser, { campaignId: w.campaign.id, filter: office, expectedCount: 1 });
    assert.equal(await countOf(db(), id), 7);
    const audit = await db().prisma.auditLog.findMany({ where: { campaignId: w.campaign.id, action: "signatures.suspicion-cleared" }, orderBy: { createdAt: "asc" } });
    assert.deepEqual(audit.map((a) => (a.details as { count: number }).count), [1, 1]);
  });

  it("lists with filters and pages, showing emails to the campaign's organisers only", async () => {
    const w = await seedOrganiserWorld(db());
    await floodedPetition(db(), w);
    const mine = await listSignaturesForModeration(db(), w.organiser, w.campaign.id, filter({ country: "de" }), 1, "en");
    assert.equal(mine.total, 1);
    assert.deepEqual(mine.rows.map((r) => [r.name, r.email]), [["Jan Real", "jan@example.com"]]);
    const admin = await listSignaturesForModeration(db(), w.admin, w.campaign.id, filter({ suspect: "1" }), 1, "en");
    assert.equal(admin.showsEmails, false);
    assert.deepEqual(admin.rows.map((r) => r.email), ["o…@example.org", "o…@example.org"]);
    const stranger = await listSignaturesForModeration(db(), w.otherOrganiser, w.campaign.id, filter({}), 1, "en");
    assert.equal(stranger.total, 0);
  });

  it("keeps an allow-list of shared addresses, the admins' alone, with each change audited", async () => {
    const w = await seedOrganiserWorld(db());
    await assert.rejects(addAllowlistedAddress(db(), w.organiser, w.campaign.id, { address: "192.0.2.1", note: "" }), refusedWith("notFound"), "a campaign's owner does not change the site-wide list");
    const row = await addAllowlistedAddress(db(), w.admin, w.campaign.id, { address: " 2001:DB8:0:0::42 ", note: "Union office VPN" });
    assert.equal(row.address, "2001:db8::42");
    await assert.rejects(addAllowlistedAddress(db(), w.admin, w.campaign.id, { address: "2001:db8::42", note: "" }), refusedWith("alreadyListed"));
    await assert.rejects(addAllowlistedAddress(db(), w.admin, w.campaign.id, { address: "300.1.1.1", note: "" }), refusedWith("ipInvalid"));
    await assert.rejects(removeAllowlistedAddress(db(), w.organiser, w.campaign.id, row.id), refusedWith("notFound"));
    assert.ok((await listAllowlistedAddresses(db())).some((a) => a.address === "2001:db8::42"));
    await removeAllowlistedAddress(db(), w.admin, w.campaign.id, row.id);
    assert.ok(!(await listAllowlistedAddresses(db())).some((a) => a.address === "2001:db8::42"));
    const audit = await db().prisma.auditLog.findMany({ where: { campaignId: w.campaign.id, subjectType: "AllowlistedAddress" }, orderBy: { createdAt: "asc" } });
    assert.deepEqual(audit.map((a) => a.action), ["allowlist.added", "allowlist.removed"]);
  });
});
