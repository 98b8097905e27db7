import { before, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { messageIdFor } from "../mail/transport";
import { handleBounceReport, outboxIdFromMessageId } from "./delivery-bounce-report";
import { deliveryCampaign, deliveryTarget, queueLetter } from "./delivery-fixtures";

const SECRET = "s".repeat(40);
const anna = { name: "Anna Example", email: "anna@example.org" };

describeOnDatabases("bounces reported later, through /api/letters/bounces", (db) => {
  let campaignId = "";
  before(async () => {
    campaignId = (await deliveryCampaign(db(), Math.random().toString(36).slice(2, 8))).id;
  });
  const report = (body: unknown, authorization = `Bearer ${SECRET}`, clientIp = "192.0.2.1", secret: string | null = SECRET) => handleBounceReport(db(), { secret, authorization, clientIp, body });

  it("is off without a secret, and refuses a wrong secret or a malformed report", async () => {
    assert.equal((await report({}, "Bearer x", "192.0.2.2", null)).status, 404);
    assert.equal((await report({ outboxId: "x", recipient: "a@example.org", kind: "hard" }, `Bearer ${SECRET}x`)).status, 401);
    assert.equal((await report({ outboxId: "x", recipient: "a@example.org", kind: "bounced" })).status, 400);
    assert.equal((await report({ recipient: "a@example.org", kind: "hard" })).status, 400);
  });

  it("marks the letter BOUNCED by its Message-ID; the third hard bounce marks the address failing", async () => {
    const target = await deliveryTarget(db(), campaignId, { slug: "late" });
    for (let i = 0; i < 3; i++) {
      const { letterId } = await queueLetter(db(), campaignId, [target.id], anna, new Date());
      const d = await db().prisma.letterDelivery.findFirstOrThrow({ where: { letterId }, select: { outboxEmailId: true } });
      await db().prisma.outboxEmail.update({ where: { id: d.outboxEmailId! }, data: { status: "SENT", sentAt: new Date() } });
      await db().prisma.letterDelivery.updateMany({ where: { letterId }, data: { status: "SENT" } });
      const answer = await report({ messageId: messageIdFor(d.outboxEmailId!, "Placard <placard@example.org>"), recipient: "late@example.org", kind: "hard" });
      assert.equal(answer.status, 202);
    }
    const statuses = await db().prisma.letterDelivery.findMany({ where: { targetId: target.id }, select: { status: true } });
    assert.deepEqual(statuses.map((s) => s.status), ["BOUNCED", "BOUNCED", "BOUNCED"]);
    assert.deepEqual((await db().prisma.target.findUniqueOrThrow({ where: { id: target.id } })).failingEmails, ["late@example.org"]);
  });

  it("rate limits reports per client address", async () => {
    let last = 0;
    for (let i = 0; i < 601; i++) last = (await report({ outboxId: "none", recipient: "a@example.org", kind: "soft" }, `Bearer ${SECRET}`, "198.51.100.7")).status;
    assert.equal(last, 429);
  });

  it("reads the outbox id from a Message-ID", () => {
    assert.equal(outboxIdFromMessageId("<outbox.abc123@example.org>"), "abc123");
    assert.equal(outboxIdFromMessageId("<someone@example.org>"), null);
  });
});
