import { beforeEach, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { addSponsor } from "./add-sponsor";
import { confirmSponsor, describeSponsorLink } from "./confirm";
import { listApprovedSponsors } from "./queries";
import { purgeUnconfirmedSponsors } from "./purge-unconfirmed";
import { ctx, lastTokenSentTo, liveCampaign, unionBranch } from "./test-world";

const DAY = 86_400_000;

describeOnDatabases("confirming a sponsorship from the emailed link", (db) => {
  beforeEach(async () => {
    await db().prisma.outboxEmail.deleteMany();
  });

  async function pendingBranch(email: string) {
    const campaign = await liveCampaign(db());
    const now = new Date();
    await addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch({ email }) }, { ...ctx(`203.0.113.${Math.floor(Math.random() * 200)}`), now });
    return { campaign, token: await lastTokenSentTo(db(), email), now };
  }

  it("opening the link shows what would be confirmed and changes nothing (a mail scanner confirms nothing)", async () => {
    const { campaign, token } = await pendingBranch("a@northfield.example.org");
    for (let i = 0; i < 3; i++) {
      const link = await describeSponsorLink(db(), token, "ru");
      assert.deepEqual(link, { state: "usable", name: "Northfield Rail Workers' Branch", campaignTitle: "Справедливость для Жанаозена", campaignSlug: campaign.slug });
    }
    const row = await db().prisma.sponsor.findFirstOrThrow({ where: { campaignId: campaign.id } });
    assert.equal(row.status, "UNCONFIRMED");
  });

  it("pressing the button moves it to moderation once; it is still not public", async () => {
    const { campaign, token } = await pendingBranch("b@northfield.example.org");
    assert.deepEqual(await confirmSponsor(db(), token), { state: "confirmed", campaignSlug: campaign.slug });
    const row = await db().prisma.sponsor.findFirstOrThrow({ where: { campaignId: campaign.id } });
    assert.equal(row.status, "AWAITING_MODERATION");
    assert.ok(row.confirmedAt);
    assert.deepEqual(await listApprovedSponsors(db(), campaign.id), []);

    assert.deepEqual(await confirmSponsor(db(), token), { state: "already-confirmed", campaignSlug: campaign.slug });
    assert.deepEqual(await describeSponsorLink(db(), token, "en"), { state: "already-confirmed", campaignSlug: campaign.slug });
  });

  it("two presses at the same moment confirm once", async () => {
    const { campaign, token } = await pendingBranch("c@northfield.example.org");
    const results = await Promise.all([confirmSponsor(db(), token), confirmSponsor(db(), token), confirmSponsor(db(), token)]);
    assert.ok(results.every((r) => r.state === "confirmed" || r.state === "already-confirmed"));
    assert.equal(await db().prisma.sponsor.count({ where: { campaignId: campaign.id, status: "AWAITING_MODERATION" } }), 1);
  });

  it("an expired link is refused politely and confirms nothing", async () => {
    const { campaign, token, now } = await pendingBranch("d@northfield.example.org");
    const later = new Date(now.getTime() + 7 * DAY + 60_000);
    assert.deepEqual(await describeSponsorLink(db(), token, "en", later), { state: "expired", campaignSlug: campaign.slug });
    assert.deepEqual(await confirmSponsor(db(), token, later), { state: "expired", campaignSlug: campaign.slug });
    assert.equal((await db().prisma.sponsor.findFirstOrThrow({ where: { campaignId: campaign.id } })).status, "UNCONFIRMED");
  });

  it("a link for a campaign that has ended confirms nothing", async () => {
    const { campaign, token } = await pendingBranch("e@northfield.example.org");
    await db().prisma.campaign.update({ where: { id: campaign.id }, data: { status: "ARCHIVED" } });
    assert.deepEqual(await confirmSponsor(db(), token), { state: "closed", campaignSlug: campaign.slug });
    assert.equal((await db().prisma.sponsor.findFirstOrThrow({ where: { campaignId: campaign.id } })).status, "UNCONFIRMED");
  });

  it("an unknown, truncated or missing token is invalid", async () => {
    const { token } = await pendingBranch("f@northfield.example.org");
    for (const bad of [undefined, "", token.slice(0, 40), `${token.slice(0, 42)}A` === token ? `${token.slice(0, 42)}B` : `${token.slice(0, 42)}A`, ["x"], "' OR 1=1 --"]) {
      assert.deepEqual(await confirmSponsor(db(), bad), { state: "invalid" });
      assert.deepEqual(await describeSponsorLink(db(), bad, "en"), { state: "invalid" });
    }
  });

  it("forgets entries never confirmed a week after their link died, and keeps everything else", async () => {
    const { campaign, token, now } = await pendingBranch("g@northfield.example.org");
    const { token: other } = await pendingBranch("h@northfield.example.org");
    await confirmSponsor(db(), other);
    assert.equal(await purgeUnconfirmedSponsors(db(), new Date(now.getTime() + 13 * DAY)), 0);
    const deleted = await purgeUnconfirmedSponsors(db(), new Date(now.getTime() + 15 * DAY));
    assert.ok(deleted >= 1);
    assert.equal(await db().prisma.sponsor.count({ where: { campaignId: campaign.id } }), 0);
    assert.equal(await db().prisma.sponsor.count({ where: { status: "AWAITING_MODERATION", email: "h@northfield.example.org" } }), 1);
    assert.deepEqual(await confirmSponsor(db(), token), { state: "invalid" });
  });
});
