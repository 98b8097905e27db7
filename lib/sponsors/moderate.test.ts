import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import type { Database } from "../db/client";
import { addSponsor } from "./add-sponsor";
import { confirmSponsor } from "./confirm";
import { moderateSponsors, SponsorModerationForbiddenError } from "./moderate";
import { moderationRequestFrom } from "./moderation-schema";
import { listApprovedSponsors, listSponsorsForModeration } from "./queries";
import { ctx, individualSponsor, lastTokenSentTo, liveCampaign, organiserOf, unionBranch } from "./test-world";

let ipCounter = 0;
async function confirmedSponsor(db: Database, campaignId: string, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`;
  await addSponsor(db, { campaignId, sponsor: individualSponsor({ name, email }) }, ctx(`198.18.0.${++ipCounter}`));
  await confirmSponsor(db, await lastTokenSentTo(db, email));
  return (await db.prisma.sponsor.findFirstOrThrow({ where: { campaignId, name }, select: { id: true } })).id;
}

describeOnDatabases("moderating sponsors", (db) => {
  it("an organiser of the campaign approves: the sponsor is public, and the audit log says who, what and why", async () => {
    const campaign = await liveCampaign(db());
    const organiser = await organiserOf(db(), campaign.id);
    const id = await confirmedSponsor(db(), campaign.id, "Anna Petrova");
    const now = new Date("2026-11-23T15:00:00Z");

    assert.deepEqual(await moderateSponsors(db(), organiser, { campaignId: campaign.id, sponsorIds: [id], decision: "APPROVE", note: " Known to us " }, now), { changed: 1 });
    const row = await db().prisma.sponsor.findUniqueOrThrow({ where: { id } });
    assert.equal(row.status, "APPROVED");
    assert.equal(row.moderatedById, organiser.id);
    assert.equal(row.moderationNote, "Known to us");
    assert.deepEqual((await listApprovedSponsors(db(), campaign.id)).map((s) => s.name), ["Anna Petrova"]);

    const audit = await db().prisma.auditLog.findMany({ where: { campaignId: campaign.id } });
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.action, "sponsor.approve");
    assert.equal(audit[0]!.actorId, organiser.id);
    assert.equal(audit[0]!.actorEmail, organiser.email);
    assert.equal(audit[0]!.subjectType, "Sponsor");
    assert.equal(audit[0]!.subjectId, id);
    assert.deepEqual(audit[0]!.details, { from: "AWAITING_MODERATION", to: "APPROVED", note: "Known to us" });
    assert.ok(!JSON.stringify(audit[0]!.details).includes("@example.org"), "no supporter's address in the audit log");
  });

  it("an organiser of another campaign is refused, and nothing changes", async () => {
    const campaign = await liveCampaign(db());
    const other = await liveCampaign(db());
    const outsider = await organiserOf(db(), other.id);
    const id = await confirmedSponsor(db(), campaign.id, "Boris Outsidetest");
    await assert.rejects(
      moderateSponsors(db(), outsider, { campaignId: campaign.id, sponsorIds: [id], decision: "APPROVE" }),
      SponsorModerationForbiddenError,
    );
    // Nor can they reach it through their own campaign.
    assert.deepEqual(await moderateSponsors(db(), outsider, { campaignId: other.id, sponsorIds: [id], decision: "APPROVE" }), { changed: 0 });
    assert.equal((await db().prisma.sponsor.findUniqueOrThrow({ where: { id } })).status, "AWAITING_MODERATION");
    assert.equal(await db().prisma.auditLog.count({ where: { subjectId: id } }), 0);
    assert.deepEqual((await listSponsorsForModeration(db(), outsider, campaign.id)).sponsors, []);
  });

  it("an instance admin may moderate any campaign", async () => {
    const campaign = await liveCampaign(db());
    const admin = await organiserOf(db(), null, "ADMIN");
    const id = await confirmedSponsor(db(), campaign.id, "Clara Admintest");
    assert.deepEqual(await moderateSponsors(db(), admin, { campaignId: campaign.id, sponsorIds: [id], decision: "REJECT" }), { changed: 1 });
    assert.equal((await db().prisma.sponsor.findUniqueOrThrow({ where: { id } })).status, "REJECTED");
  });

  it("decides many at once, skipping entries whose email is not confirmed; a rejection withdraws an approval", async () => {
    const campaign = await liveCampaign(db());
    const organiser = await organiserOf(db(), campaign.id);
    const a = await confirmedSponsor(db(), campaign.id, "Dana One");
    const b = await confirmedSponsor(db(), campaign.id, "Emil Two");
    await addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch() }, ctx("198.18.1.1"));
    const unconfirmed = (await db().prisma.sponsor.findFirstOrThrow({ where: { campaignId: campaign.id, status: "UNCONFIRMED" } })).id;

    const approved = await moderateSponsors(db(), organiser, { campaignId: campaign.id, sponsorIds: [a, b, unconfirmed, a], decision: "APPROVE" });
    assert.deepEqual(approved, { changed: 2 });
    assert.equal((await db().prisma.sponsor.findUniqueOrThrow({ where: { id: unconfirmed } })).status, "UNCONFIRMED");
    assert.equal((await listApprovedSponsors(db(), campaign.id)).length, 2);

    assert.deepEqual(await moderateSponsors(db(), organiser, { campaignId: campaign.id, sponsorIds: [b], decision: "REJECT", note: "Asked to be removed" }), { changed: 1 });
    assert.deepEqual((await listApprovedSponsors(db(), campaign.id)).map((s) => s.name), ["Dana One"]);
    assert.equal(await db().prisma.auditLog.count({ where: { campaignId: campaign.id } }), 3);
    // Approving what is already approved changes nothing and logs nothing.
    assert.deepEqual(await moderateSponsors(db(), organiser, { campaignId: campaign.id, sponsorIds: [a], decision: "APPROVE" }), { changed: 0 });
    assert.equal(await db().prisma.auditLog.count({ where: { campaignId: campaign.id } }), 3);
  });

  it("lists the queue for its organisers, what awaits a decision first", async () => {
    const campaign = await liveCampaign(db());
    const organiser = await organiserOf(db(), campaign.id);
    const first = await confirmedSponsor(db(), campaign.id, "Farida Approved");
    await confirmedSponsor(db(), campaign.id, "Gulnara Waiting");
    await moderateSponsors(db(), organiser, { campaignId: campaign.id, sponsorIds: [first], decision: "APPROVE" });
    await addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch() }, ctx("198.18.2.1"));
    const queue = await listSponsorsForModeration(db(), organiser, campaign.id);
    assert.deepEqual(queue.counts, { UNCONFIRMED: 1, AWAITING_MODERATION: 1, APPROVED: 1, REJECTED: 0 });
    assert.deepEqual(queue.sponsors.map((s) => [s.name, s.status]), [
      ["Gulnara Waiting", "AWAITING_MODERATION"],
      ["Farida Approved", "APPROVED"],
      ["Northfield Rail Workers' Branch", "UNCONFIRMED"],
    ]);
    const branch = queue.sponsors[2]!;
    assert.equal(branch.email, "secretary@northfield.example.org");
    assert.equal(branch.isDomainVerified, true);
  });
});

it("reads the moderation form's buttons", () => {
  const form = (entries: [string, string][]) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return f;
  };
  assert.deepEqual(moderationRequestFrom(form([["decision", "APPROVE:cabc123"], ["sponsorId", "cxyz"], ["note", ""]])), {
    decision: "APPROVE",
    sponsorIds: ["cabc123"],
    note: undefined,
  });
  assert.deepEqual(moderationRequestFrom(form([["decision", "REJECT:selected"], ["sponsorId", "c1"], ["sponsorId", "c2"], ["note", " spam "]])), {
    decision: "REJECT",
    sponsorIds: ["c1", "c2"],
    note: "spam",
  });
  assert.equal(moderationRequestFrom(form([["decision", "PUBLISH:c1"]])), null);
  assert.equal(moderationRequestFrom(form([["decision", "APPROVE:c1"], ["status", "APPROVED"]])), null);
  assert.equal(moderationRequestFrom(form([["decision", "APPROVE:c1"], ["note", "x".repeat(501)]])), null);
});
