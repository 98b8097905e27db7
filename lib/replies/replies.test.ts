import { it } from "node:test";
import assert from "node:assert/strict";
import { seedOrganiserWorld } from "../petitions/organiser-fixtures";
import { ActionRefusal } from "../organise/action-refusal";
import { describeOnDatabases } from "../testing/db";
import { listPublishedReplies, listRepliesForConsole } from "./queries";
import { logReplySchemaAt, receivedOnIsAllowed } from "./schemas";
import { deleteTargetReply, logTargetReply, setReplyPublished } from "./write-replies";

// Replies from targets: logged by the campaign's organisers for the campaign's own targets, public
// only once published.

const now = new Date("2026-12-03T10:00:00Z");
const schema = logReplySchemaAt(() => now);

it("takes a date up to tomorrow, a summary up to 300 characters and a text up to 20,000", () => {
  assert.equal(receivedOnIsAllowed("2026-12-04", now), true);
  assert.equal(receivedOnIsAllowed("2026-12-05", now), false);
  assert.equal(receivedOnIsAllowed("2026-02-30", now), false);
  const ok = schema.safeParse({ targetId: "abc123", receivedOn: "2026-12-01", summary: "  The embassy says it forwarded the letters.  " });
  assert.ok(ok.success);
  assert.equal(ok.data.summary, "The embassy says it forwarded the letters.");
  const bad = schema.safeParse({ targetId: "abc123", receivedOn: "2026-12-09", summary: "", text: "x".repeat(20_001) });
  assert.ok(!bad.success);
  const paths = bad.error.issues.map((i) => i.path.join("."));
  assert.deepEqual([...new Set(paths)].sort(), ["receivedOn", "summary", "text"]);
  assert.ok(!schema.safeParse({ targetId: "abc123", receivedOn: "2026-12-01", summary: "x".repeat(301) }).success);
  assert.ok(!schema.safeParse({ targetId: "abc123", receivedOn: "2026-12-01", summary: "x", publishedAt: "2026-12-01" }).success, "unknown fields refused");
});

describeOnDatabases("replies from targets", (db) => {
  it("logs a reply for the campaign's own target, publishes and withdraws it", async () => {
    const w = await seedOrganiserWorld(db());
    const input = schema.parse({ targetId: w.targets.akorda.id, receivedOn: "2026-12-02", summary: "The office acknowledged the letters.", text: "Line one\nLine two <b>not html</b>" });
    const { id } = await db().prisma.$transaction((tx) => logTargetReply(tx, w.organiser, w.campaign.id, input));
    const [row] = await listRepliesForConsole(db(), w.organiser, w.campaign.id);
    assert.equal(row!.id, id);
    assert.equal(row!.targetName, "Presidential Office (Akorda)");
    assert.equal(row!.receivedOn.toISOString(), "2026-12-02T00:00:00.000Z");
    assert.equal(row!.text, "Line one\nLine two <b>not html</b>");
    assert.equal(row!.publishedAt, null);
    assert.deepEqual(await listPublishedReplies(db(), w.campaign.id), []);

    await db().prisma.$transaction((tx) => setReplyPublished(tx, w.organiser, w.campaign.id, id, true, now));
    assert.deepEqual((await listPublishedReplies(db(), w.campaign.id, 3)).map((r) => r.summary), ["The office acknowledged the letters."]);
    await db().prisma.$transaction((tx) => setReplyPublished(tx, w.organiser, w.campaign.id, id, false));
    assert.deepEqual(await listPublishedReplies(db(), w.campaign.id), []);

    await db().prisma.$transaction((tx) => deleteTargetReply(tx, w.organiser, w.campaign.id, id));
    assert.equal(await db().prisma.targetReply.count({ where: { campaignId: w.campaign.id } }), 0);
  });

  it("refuses another campaign's target, and another campaign's organiser, writing nothing", async () => {
    const w = await seedOrganiserWorld(db());
    const foreign = schema.parse({ targetId: w.otherTarget.id, receivedOn: "2026-12-02", summary: "Forged." });
    await assert.rejects(db().prisma.$transaction((tx) => logTargetReply(tx, w.organiser, w.campaign.id, foreign)), ActionRefusal);
    const own = schema.parse({ targetId: w.targets.kmg.id, receivedOn: "2026-12-02", summary: "Not theirs to log." });
    await assert.rejects(db().prisma.$transaction((tx) => logTargetReply(tx, w.otherOrganiser, w.campaign.id, own)), ActionRefusal);
    assert.equal(await db().prisma.targetReply.count({ where: { campaignId: { in: [w.campaign.id, w.otherCampaign.id] } } }), 0);

    const { id } = await db().prisma.$transaction((tx) => logTargetReply(tx, w.organiser, w.campaign.id, own));
    // The other campaign's organiser cannot publish or delete it, naming either campaign.
    for (const campaignId of [w.campaign.id, w.otherCampaign.id]) {
      await assert.rejects(db().prisma.$transaction((tx) => setReplyPublished(tx, w.otherOrganiser, campaignId, id, true)), ActionRefusal);
      await assert.rejects(db().prisma.$transaction((tx) => deleteTargetReply(tx, w.otherOrganiser, campaignId, id)), ActionRefusal);
    }
    const row = await db().prisma.targetReply.findUniqueOrThrow({ where: { id } });
    assert.equal(row.publishedAt, null);
  });
});
