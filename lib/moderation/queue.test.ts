import crypto from "node:crypto";
import { it } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../auth/roles";
import type { Database } from "../db/client";
import { renderedEmailsTo } from "../mail/render";
import { ActionRefusal } from "../organise/action-refusal";
import { createPetitionFromDemands } from "../petitions/create-petition-from-demands";
import { openPetition } from "../petitions/change-petition-status";
import { addSignatures, seedOrganiserWorld, type OrganiserWorld } from "../petitions/organiser-fixtures";
import { createPetitionSchema } from "../petitions/organiser-schemas";
import { recountSignatures } from "../signatures/count";
import { addSponsor } from "../sponsors/add-sponsor";
import { confirmSponsor } from "../sponsors/confirm";
import { ctx, individualSponsor, lastTokenSentTo } from "../sponsors/test-world";
import { describeOnDatabases } from "../testing/db";
import { decideQueueItem, queueDecisionSchema } from "./decide";
import { countAwaitingModeration, listModerationQueue } from "./queue";
import { decisionContext } from "../testing/decision-context";

// The moderation queue: what waits, in which order, for whom; and what a decision does.

let ip = 0;
const t0 = new Date("2026-11-20T10:00:00Z").getTime();
const at = (minutes: number) => new Date(t0 + minutes * 60_000);

async function confirmedSponsor(db: Database, campaignId: string, name: string, confirmedAt: Date, locale: "en" | "ru" = "en") {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${process.pid}@example.org`;
  await addSponsor(db, { campaignId, sponsor: individualSponsor({ name, email }) }, { ...ctx(`198.18.1.${++ip}`), locale });
  await confirmSponsor(db, await lastTokenSentTo(db, email));
  const { id } = await db.prisma.sponsor.findFirstOrThrow({ where: { campaignId, name }, select: { id: true } });
  await db.prisma.sponsor.update({ where: { id }, data: { confirmedAt } });
  return { id, email };
}

async function petitionWithSuspects(db: Database, w: OrganiserWorld) {
  const input = createPetitionSchema.parse({ demandIds: [w.demands[0]!.id], targetIds: [], locales: ["en"] });
  const { id } = await createPetitionFromDemands(db, w.organiser, { campaignId: w.campaign.id, ...input });
  await openPetition(db, w.organiser, id);
  await addSignatures(db, id, w.consent.id, [
    { name: "Counted Already", email: `counted.${w.tag}@example.org`, createdAt: at(-30) },
    { name: "Held Early", email: `held.early.${w.tag}@example.org`, isSuspect: true, createdAt: at(5) },
    { name: "Held Pending", email: `held.pending.${w.tag}@example.net`, isSuspect: true, status: "PENDING", createdAt: at(15) },
    { name: "Gone Already", email: `gone.${w.tag}@example.org`, isSuspect: true, status: "INVALIDATED", createdAt: at(1) },
  ]);
  // The sign path gives signatures UUIDs (lib/signatures/insert-signature.ts): the queue takes those too.
  const early = await db.prisma.signature.findFirstOrThrow({ where: { petitionId: id, name: "Held Early" }, select: { id: true } });
  await db.prisma.signature.update({ where: { id: early.id }, data: { id: crypto.randomUUID() } });
  await recountSignatures(db, id);
  const ids = Object.fromEntries((await db.prisma.signature.findMany({ where: { petitionId: id }, select: { id: true, name: true } })).map((s) => [s.name, s.id]));
  return { petitionId: id, ids };
}

async function member(db: Database, w: OrganiserWorld, campaignId: string, role: "MODERATOR" | "EDITOR", label: string): Promise<CurrentUser> {
  const user = await db.prisma.user.create({ data: { email: `${label}.${w.tag}@example.org` }, select: { id: true, email: true, role: true } });
  await db.prisma.campaignOrganiser.create({ data: { campaignId, userId: user.id, role } });
  return user;
}


const decision = (raw: Record<string, string>) => queueDecisionSchema.parse(raw);
const countOf = async (db: Database, id: string) => (await db.prisma.petition.findUniqueOrThrow({ where: { id } })).signatureCount;

describeOnDatabases("the moderation queue", (db) => {
  it("lists sponsors awaiting a decision and suspect signatures together, oldest first, and counts exactly those", async () => {
    const w = await seedOrganiserWorld(db());
    const moderator = await member(db(), w, w.campaign.id, "MODERATOR", "moderator");
    await confirmedSponsor(db(), w.campaign.id, "Sponsor Middle", at(10));
    await confirmedSponsor(db(), w.campaign.id, "Sponsor Last", at(20));
    const decided = await confirmedSponsor(db(), w.campaign.id, "Sponsor Decided", at(0));
    await db().prisma.sponsor.update({ where: { id: decided.id }, data: { status: "APPROVED" } });
    await addSponsor(db(), { campaignId: w.campaign.id, sponsor: individualSponsor({ name: "Sponsor Unconfirmed", email: `unconfirmed.${w.tag}@example.org` }) }, ctx(`198.18.2.${++ip}`));
    await petitionWithSuspects(db(), w);

    const queue = await listModerationQueue(db(), moderator, w.campaign.id, "en");
    assert.deepEqual(
      queue.items.map((i) => [i.kind, "name" in i ? i.name : "title" in i ? i.title : i.eventTitle]),
      [["signature", "Held Early"], ["sponsor", "Sponsor Middle"], ["signature", "Held Pending"], ["sponsor", "Sponsor Last"]],
    );
    assert.equal(queue.total, 4);
    assert.equal(await countAwaitingModeration(db(), moderator, { campaignId: w.campaign.id }), 4);
    assert.equal(await countAwaitingModeration(db(), moderator, { slug: w.campaign.slug }), 4);
    assert.equal(await countAwaitingModeration(db(), w.admin, { slug: w.campaign.slug }), 4, "an admin moderates every campaign");
    const held = queue.items.find((i) => i.kind === "signature" && i.name === "Held Pending");
    assert.equal(held?.kind === "signature" ? held.emailDomain : null, "example.net", "the queue shows the address's domain, not the address");
  });

  it("a moderator of another campaign, and an editor of this one, see nothing and are refused every decision", async () => {
    const w = await seedOrganiserWorld(db());
    const outsider = await member(db(), w, w.otherCampaign.id, "MODERATOR", "outsider");
    const editor = await member(db(), w, w.campaign.id, "EDITOR", "editor");
    const sponsor = await confirmedSponsor(db(), w.campaign.id, "Sponsor Guarded", at(1));
    const { ids } = await petitionWithSuspects(db(), w);
    const auditWhere = { where: { campaignId: { in: [w.campaign.id, w.otherCampaign.id] } } };
    const auditBefore = await db().prisma.auditLog.count(auditWhere);

    for (const who of [outsider, editor]) {
      assert.equal(await countAwaitingModeration(db(), who, { campaignId: w.campaign.id }), null);
      assert.equal(await countAwaitingModeration(db(), who, { slug: w.campaign.slug }), null);
      assert.deepEqual(await listModerationQueue(db(), who, w.campaign.id, "en"), { total: 0, items: [] });
      for (const item of [`sponsor:${sponsor.id}`, `signature:${ids["Held Early"]}`]) {
        // On this campaign, or on their own campaign with this campaign's item: refused, nothing written.
        for (const campaignId of [w.campaign.id, w.otherCampaign.id]) {
          await assert.rejects(decideQueueItem(decisionContext(db(), who, campaignId), decision({ item, decision: "APPROVE" })), ActionRefusal);
        }
      }
    }
    assert.equal((await db().prisma.sponsor.findUniqueOrThrow({ where: { id: sponsor.id } })).status, "AWAITING_MODERATION");
    assert.equal((await db().prisma.signature.findUniqueOrThrow({ where: { id: ids["Held Early"]! } })).isSuspect, true);
    assert.equal(await db().prisma.auditLog.count(auditWhere), auditBefore);
    // The other campaign's own queue is empty, and its moderator sees that.
    assert.equal(await countAwaitingModeration(db(), outsider, { campaignId: w.otherCampaign.id }), 0);
  });

  it("rejecting a sponsor needs a reason, which is emailed to the sponsor in their language; approving makes it public; the count drops by one each", async () => {
    const w = await seedOrganiserWorld(db());
    const moderator = await member(db(), w, w.campaign.id, "MODERATOR", "moderator");
    const kept = await confirmedSponsor(db(), w.campaign.id, "Sponsor Kept", at(1));
    const refused = await confirmedSponsor(db(), w.campaign.id, "Sponsor Refused", at(2), "ru");
    const c = decisionContext(db(), moderator, w.campaign.id);
    assert.equal(await countAwaitingModeration(db(), moderator, { campaignId: w.campaign.id }), 2);

    const noReason = queueDecisionSchema.safeParse({ item: `sponsor:${refused.id}`, decision: "REJECT", reason: "  " });
    assert.deepEqual(noReason.error?.issues.map((i) => [i.path.join("."), i.message]), [["reason", "moderationQueue.errors.reasonRequired"]]);
    assert.equal(queueDecisionSchema.safeParse({ item: `sponsor:${refused.id}`, decision: "REJECT", status: "APPROVED" }).success, false, "unknown fields are refused");

    const before = (await renderedEmailsTo(db(), refused.email)).length;
    assert.equal(await decideQueueItem(c, decision({ item: `sponsor:${refused.id}`, decision: "REJECT", reason: "We could not verify the organisation" })), "sponsor");
    assert.equal(await countAwaitingModeration(db(), moderator, { campaignId: w.campaign.id }), 1);
    const mails = await renderedEmailsTo(db(), refused.email);
    assert.equal(mails.length, before + 1);
    assert.match(mails.at(-1)!.subject, /Справедливость для Жанаозена/);
    assert.match(mails.at(-1)!.text, /We could not verify the organisation/);
    const row = await db().prisma.sponsor.findUniqueOrThrow({ where: { id: refused.id } });
    assert.deepEqual([row.status, row.moderationNote, row.moderatedById], ["REJECTED", "We could not verify the organisation", moderator.id]);

    await decideQueueItem(c, decision({ item: `sponsor:${kept.id}`, decision: "APPROVE" }));
    assert.equal((await db().prisma.sponsor.findUniqueOrThrow({ where: { id: kept.id } })).status, "APPROVED");
    assert.equal((await renderedEmailsTo(db(), kept.email)).length, 1, "an approved sponsor gets no email beyond the confirmation link");
    assert.equal(await countAwaitingModeration(db(), moderator, { campaignId: w.campaign.id }), 0);

    // Decided already: refused, not decided twice.
    await assert.rejects(decideQueueItem(c, decision({ item: `sponsor:${kept.id}`, decision: "REJECT", reason: "changed my mind" })), ActionRefusal);
    const audit = await db().prisma.auditLog.findMany({ where: { campaignId: w.campaign.id, subjectType: "Sponsor" }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, subjectId: true } });
    assert.deepEqual(audit, [
      { action: "sponsor.reject", actorId: moderator.id, subjectId: refused.id },
      { action: "sponsor.approve", actorId: moderator.id, subjectId: kept.id },
    ]);
  });

  it("counting a suspect signature adds it to the petition's number; invalidating one keeps the reason and emails nobody", async () => {
    const w = await seedOrganiserWorld(db());
    const moderator = await member(db(), w, w.campaign.id, "MODERATOR", "moderator");
    const { petitionId, ids } = await petitionWithSuspects(db(), w);
    const c = decisionContext(db(), moderator, w.campaign.id);
    assert.equal(await countOf(db(), petitionId), 1);
    const outboxBefore = await db().prisma.outboxEmail.count();

    assert.equal(await decideQueueItem(c, decision({ item: `signature:${ids["Held Early"]}`, decision: "APPROVE" })), "signature");
    assert.equal(await countOf(db(), petitionId), 2);
    await decideQueueItem(c, decision({ item: `signature:${ids["Held Pending"]}`, decision: "REJECT", reason: "A wave from one address" }));
    const rejected = await db().prisma.signature.findUniqueOrThrow({ where: { id: ids["Held Pending"]! } });
    assert.deepEqual([rejected.status, rejected.invalidationReason, rejected.tokenHash], ["INVALIDATED", "A wave from one address", null]);
    assert.equal(await countOf(db(), petitionId), 2);
    assert.equal(await db().prisma.outboxEmail.count(), outboxBefore, "no email to a signer");
    assert.equal(await countAwaitingModeration(db(), moderator, { campaignId: w.campaign.id }), 0);
    const actions = (await db().prisma.auditLog.findMany({ where: { campaignId: w.campaign.id, subjectType: "Signature" }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    assert.deepEqual(actions, ["signatures.suspicion-cleared", "signatures.invalidated"]);
  });
});
