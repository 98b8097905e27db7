import { it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import { decideQueueItem, queueDecisionSchema } from "../moderation/decide";
import { countAwaitingModeration, listModerationQueue } from "../moderation/queue";
import { ActionRefusal } from "../organise/action-refusal";
import { seedOrganiserWorld } from "../petitions/organiser-fixtures";
import { describeOnDatabases } from "../testing/db";
import { getWallMessage, listWallMessages, WALL_EXCERPT_CHARS, WALL_PAGE_SIZE, wallExcerpt } from "./wall-queries";
import { decisionContext } from "../testing/decision-context";

// Solidarity letters on the wall: a confirmed letter whose sender agreed waits in the campaign's one
// moderation queue; a moderator's decision shows it on the public wall, or keeps it off.

const t0 = new Date("2026-12-01T10:00:00Z").getTime();
const at = (minutes: number) => new Date(t0 + minutes * 60_000);

async function template(db: Database, campaignId: string, kind: "SOLIDARITY" | "PROTEST", slug: string) {
  return db.prisma.letterTemplate.create({ data: { campaignId, slug, kind }, select: { id: true } });
}

type LetterSeed = { templateId: string; name: string; consent?: boolean; status?: "CONFIRMED" | "UNCONFIRMED"; wall?: "AWAITING_MODERATION" | "APPROVED" | null; confirmedAt?: Date; decidedAt?: Date; body?: string };

async function letter(db: Database, campaignId: string, s: LetterSeed) {
  const email = `${s.name.toLowerCase().replace(/\W+/g, ".")}@example.org`;
  return db.prisma.letter.create({
    data: {
      campaignId, templateId: s.templateId, senderName: s.name, senderEmail: email, senderEmailNormalised: email, senderCountry: "DE",
      senderOrganisation: "Metal Workers' Union", senderCity: "Köln", subject: "Solidarity", body: s.body ?? `Dear friends,\nwe stand with you.\n— ${s.name}`, locale: "en",
      status: s.status ?? "CONFIRMED", wallConsent: s.consent ?? true, wallStatus: s.wall === undefined ? "AWAITING_MODERATION" : s.wall,
      confirmedAt: s.confirmedAt ?? at(0), wallDecidedAt: s.decidedAt ?? null,
    },
    select: { id: true },
  });
}

const decision = (raw: Record<string, string>) => queueDecisionSchema.parse(raw);

describeOnDatabases("solidarity letters for the wall", (db) => {
  it("queues only confirmed solidarity letters with the sender's consent, by confirmation time, and counts them", async () => {
    const w = await seedOrganiserWorld(db());
    const solidarity = await template(db(), w.campaign.id, "SOLIDARITY", `sol-${w.tag}`);
    const protest = await template(db(), w.campaign.id, "PROTEST", `pro-${w.tag}`);
    const late = await letter(db(), w.campaign.id, { templateId: solidarity.id, name: "Anna Late", confirmedAt: at(20) });
    const early = await letter(db(), w.campaign.id, { templateId: solidarity.id, name: "Ben Early", confirmedAt: at(5) });
    await letter(db(), w.campaign.id, { templateId: solidarity.id, name: "No Consent", consent: false, wall: null });
    await letter(db(), w.campaign.id, { templateId: solidarity.id, name: "Not Confirmed", status: "UNCONFIRMED" });
    await letter(db(), w.campaign.id, { templateId: protest.id, name: "A Protest" });
    await letter(db(), w.campaign.id, { templateId: solidarity.id, name: "Already Shown", wall: "APPROVED" });

    const queue = await listModerationQueue(db(), w.organiser, w.campaign.id, "en");
    const letters = queue.items.filter((i) => i.kind === "letter");
    assert.deepEqual(letters.map((i) => i.id), [early.id, late.id]);
    const first = letters[0]!;
    assert.ok(first.kind === "letter");
    assert.equal(first.name, "Ben Early");
    assert.equal(first.organisation, "Metal Workers' Union");
    assert.equal(first.city, "Köln");
    assert.equal(first.country, "DE");
    assert.equal(first.arrivedAt.toISOString(), at(5).toISOString());
    assert.match(first.text, /we stand with you/);
    assert.ok(!JSON.stringify(first).includes("@"), "no address in the queue item");
    assert.equal(queue.total, 2);
    assert.equal(await countAwaitingModeration(db(), w.organiser, { campaignId: w.campaign.id }), 2);
    assert.equal(await countAwaitingModeration(db(), w.otherOrganiser, { campaignId: w.campaign.id }), null);
  });

  it("approving shows the message on the wall, newest first; rejecting keeps it off; the sender's address never appears", async () => {
    const w = await seedOrganiserWorld(db());
    const solidarity = await template(db(), w.campaign.id, "SOLIDARITY", `sol-${w.tag}`);
    const shown = await letter(db(), w.campaign.id, { templateId: solidarity.id, name: "Clara Shown" });
    const kept = await letter(db(), w.campaign.id, { templateId: solidarity.id, name: "Dora Kept" });
    const older = await letter(db(), w.campaign.id, { templateId: solidarity.id, name: "Emil Older", wall: "APPROVED", decidedAt: at(-60) });
    const ctx = decisionContext(db(), w.organiser, w.campaign.id);
    const now = at(30);

    assert.equal(await decideQueueItem(ctx, decision({ item: `letter:${shown.id}`, decision: "APPROVE" }), now), "letter");
    assert.equal(await decideQueueItem(ctx, decision({ item: `letter:${kept.id}`, decision: "REJECT", reason: "Names a worker at risk" }), now), "letter");

    const approved = await db().prisma.letter.findUniqueOrThrow({ where: { id: shown.id } });
    assert.equal(approved.wallStatus, "APPROVED");
    assert.equal(approved.wallDecidedAt?.toISOString(), now.toISOString());
    assert.equal((await db().prisma.letter.findUniqueOrThrow({ where: { id: kept.id } })).wallStatus, "REJECTED");
    // No email to the sender either way.
    assert.equal(await db().prisma.outboxEmail.count({ where: { to: { in: ["clara.shown@example.org", "dora.kept@example.org"] } } }), 0);
    const audit = await db().prisma.auditLog.findMany({ where: { campaignId: w.campaign.id }, select: { action: true }, orderBy: { createdAt: "asc" } });
    assert.deepEqual(audit.map((a: { action: string }) => a.action), ["letters.wall-approve", "letters.wall-reject"]);

    const wall = await listWallMessages(db(), w.campaign.id);
    assert.deepEqual(wall.messages.map((m) => m.id), [shown.id, older.id]);
    assert.equal(wall.total, 2);
    assert.ok(!JSON.stringify(wall).includes("@example.org"));
    assert.equal((await listModerationQueue(db(), w.organiser, w.campaign.id, "en")).total, 0);

    // Decided already: refused, not changed twice.
    await assert.rejects(decideQueueItem(ctx, decision({ item: `letter:${kept.id}`, decision: "APPROVE" }), now), ActionRefusal);
    assert.equal((await db().prisma.letter.findUniqueOrThrow({ where: { id: kept.id } })).wallStatus, "REJECTED");
  });

  it("refuses another campaign's letter, and a member of another campaign, writing nothing", async () => {
    const w = await seedOrganiserWorld(db());
    const theirs = await template(db(), w.otherCampaign.id, "SOLIDARITY", `sol-${w.tag}`);
    const other = await letter(db(), w.otherCampaign.id, { templateId: theirs.id, name: "Fritz Elsewhere" });
    const mine = await template(db(), w.campaign.id, "SOLIDARITY", `mine-${w.tag}`);
    const own = await letter(db(), w.campaign.id, { templateId: mine.id, name: "Greta Here" });

    // This campaign's moderator naming the other campaign's letter.
    await assert.rejects(decideQueueItem(decisionContext(db(), w.organiser, w.campaign.id), decision({ item: `letter:${other.id}`, decision: "APPROVE" })), ActionRefusal);
    // The other campaign's organiser naming this campaign (the capability is in the where).
    await assert.rejects(decideQueueItem(decisionContext(db(), w.otherOrganiser, w.campaign.id), decision({ item: `letter:${own.id}`, decision: "APPROVE" })), ActionRefusal);
    for (const id of [other.id, own.id]) assert.equal((await db().prisma.letter.findUniqueOrThrow({ where: { id } })).wallStatus, "AWAITING_MODERATION");
    assert.equal(await db().prisma.auditLog.count({ where: { campaignId: { in: [w.campaign.id, w.otherCampaign.id] } } }), 0);
  });

  it("pages the wall by a dozen, newest first", async () => {
    const w = await seedOrganiserWorld(db());
    const solidarity = await template(db(), w.campaign.id, "SOLIDARITY", `sol-${w.tag}`);
    for (let i = 0; i < WALL_PAGE_SIZE + 2; i++) await letter(db(), w.campaign.id, { templateId: solidarity.id, name: `Sender ${i}`, wall: "APPROVED", decidedAt: at(i) });
    const first = await listWallMessages(db(), w.campaign.id, 1);
    assert.equal(first.messages.length, WALL_PAGE_SIZE);
    assert.equal(first.pageCount, 2);
    assert.equal(first.messages[0]!.name, `Sender ${WALL_PAGE_SIZE + 1}`);
    const second = await listWallMessages(db(), w.campaign.id, 2);
    assert.deepEqual(second.messages.map((m) => m.name), ["Sender 1", "Sender 0"]);
  });

  it("shows a long message's first lines on the wall and the whole of it on its own page, found only on its own campaign's wall", async () => {
    const w = await seedOrganiserWorld(db());
    const solidarity = await template(db(), w.campaign.id, "SOLIDARITY", `sol-long-${w.tag}`);
    const long = `Dear friends,\n${"we stand with you, ".repeat(60)}and we will not forget.`;
    const { id } = await letter(db(), w.campaign.id, { templateId: solidarity.id, name: "Long Writer", wall: "APPROVED", decidedAt: at(5), body: long });
    const pending = await letter(db(), w.campaign.id, { templateId: solidarity.id, name: "Not Yet" });
    const [shown] = (await listWallMessages(db(), w.campaign.id, 1)).messages;
    assert.equal(shown?.cut, true);
    assert.ok(shown!.text.length <= WALL_EXCERPT_CHARS + 2 && shown!.text.endsWith(" …") && long.startsWith(shown!.text.slice(0, -2)), shown!.text);
    assert.equal((await getWallMessage(db(), w.campaign.id, id))?.text, long);
    assert.equal(await getWallMessage(db(), w.campaign.id, pending.id), null, "a message awaiting moderation is not found");
    const other = await seedOrganiserWorld(db());
    assert.equal(await getWallMessage(db(), other.campaign.id, id), null, "nor through another campaign");
    assert.deepEqual(wallExcerpt("Short."), { text: "Short.", cut: false });
  });
});
