import assert from "node:assert/strict";
import { before, it } from "node:test";
import { describeOnDatabases } from "../testing/db";
import type { Database } from "../db/client";
import { CampaignStatus, UserRole } from "../generated/prisma/enums";
import { OrganiserRole } from "../generated/prisma/enums";
import { CAPABILITIES, ROLE_CAPABILITIES } from "./capabilities";
import { canOnCampaign, findCampaignFor, listOrganisableCampaigns } from "./permissions";
import type { CurrentUser } from "./roles";

async function campaign(db: Database, slug: string, status: CampaignStatus = CampaignStatus.LIVE) {
  return db.prisma.campaign.create({
    data: {
      slug,
      status,
      locales: ["en", "ru"],
      copyToEmails: [],
      translations: {
        create: [
          { locale: "en", title: `Campaign ${slug}`, summary: "s", appeal: "a" },
          { locale: "ru", title: `Кампания ${slug}`, summary: "s", appeal: "a" },
        ],
      },
    },
    select: { id: true },
  });
}

async function user(db: Database, email: string, role: UserRole = UserRole.ORGANISER): Promise<CurrentUser> {
  return db.prisma.user.create({ data: { email, role }, select: { id: true, email: true, role: true } });
}

describeOnDatabases("who may organise a campaign", (db) => {
  let oil: { id: string };
  let draft: { id: string };
  let admin: CurrentUser;
  let organiser: CurrentUser;
  let other: CurrentUser;

  before(async () => {
    oil = await campaign(db(), "oil-workers");
    draft = await campaign(db(), "teachers", CampaignStatus.DRAFT);
    admin = await user(db(), "admin@example.org", UserRole.ADMIN);
    organiser = await user(db(), "aigul@example.org");
    other = await user(db(), "other@example.org");
    await db().prisma.campaignOrganiser.create({ data: { campaignId: oil.id, userId: organiser.id } });
    await db().prisma.campaignOrganiser.create({ data: { campaignId: draft.id, userId: other.id } });
  });

  it("an instance admin may organise every campaign, drafts included", async () => {
    assert.equal(await canOnCampaign(db(), admin, oil.id, "campaign.read"), true);
    assert.equal(await canOnCampaign(db(), admin, draft.id, "campaign.read"), true);
    const slugs = (await listOrganisableCampaigns(db(), admin, "en")).map((c) => c.slug).sort();
    assert.deepEqual(slugs, ["oil-workers", "teachers"]);
  });

  it("an organiser may organise their own campaign", async () => {
    assert.equal(await canOnCampaign(db(), organiser, oil.id, "campaign.read"), true);
    const found = await findCampaignFor(db(), organiser, "oil-workers", "campaign.read", "ru");
    assert.equal(found?.title, "Кампания oil-workers");
  });

  it("an organiser of another campaign is refused", async () => {
    assert.equal(await canOnCampaign(db(), organiser, draft.id, "campaign.read"), false);
    assert.equal(await canOnCampaign(db(), other, oil.id, "campaign.read"), false);
    assert.equal(await findCampaignFor(db(), other, "oil-workers", "campaign.read", "en"), null);
    assert.deepEqual((await listOrganisableCampaigns(db(), organiser, "en")).map((c) => c.slug), ["oil-workers"]);
    assert.deepEqual((await listOrganisableCampaigns(db(), other, "en")).map((c) => c.slug), ["teachers"]);
  });

  it("a signed-in user with no organiser rows organises nothing", async () => {
    const stranger = await user(db(), "stranger@example.org");
    assert.equal(await canOnCampaign(db(), stranger, oil.id, "campaign.read"), false);
    assert.deepEqual(await listOrganisableCampaigns(db(), stranger, "en"), []);
  });

  it("an unknown campaign is refused for everyone", async () => {
    assert.equal(await canOnCampaign(db(), admin, "no-such-campaign", "campaign.read"), false);
    assert.equal(await findCampaignFor(db(), admin, "no-such-slug", "campaign.read", "en"), null);
  });
});

describeOnDatabases("each role holds what the capability table says, on its own campaign only", (db) => {
  it("owner, editor and moderator: every capability asked of the database, allowed exactly where the table allows it", async () => {
    const docks = await campaign(db(), "docks");
    const elsewhere = await campaign(db(), "elsewhere");
    const admin = await user(db(), "root@example.org", UserRole.ADMIN);
    for (const role of Object.values(OrganiserRole)) {
      const member = await user(db(), `${role.toLowerCase()}@example.org`);
      await db().prisma.campaignOrganiser.create({ data: { campaignId: docks.id, userId: member.id, role } });
      for (const capability of CAPABILITIES) {
        const expected = ROLE_CAPABILITIES[role].includes(capability);
        assert.equal(await canOnCampaign(db(), member, docks.id, capability), expected, `${role} ${capability}`);
        assert.equal((await findCampaignFor(db(), member, "docks", capability, "en")) !== null, expected, `${role} ${capability} by slug`);
        assert.equal(await canOnCampaign(db(), member, elsewhere.id, capability), false, `${role} ${capability} on another campaign`);
      }
      assert.equal((await findCampaignFor(db(), member, "docks", "campaign.read", "en"))?.role, role);
    }
    for (const capability of CAPABILITIES) assert.equal(await canOnCampaign(db(), admin, elsewhere.id, capability), true, `admin ${capability}`);
  });

  it("only owners export supporters' data, manage members and end the campaign; the allow-list is the admins' alone", () => {
    const holders = (capability: (typeof CAPABILITIES)[number]) => Object.values(OrganiserRole).filter((role) => ROLE_CAPABILITIES[role].includes(capability));
    assert.deepEqual(holders("supporters.export"), ["OWNER"]);
    assert.deepEqual(holders("members.manage"), ["OWNER"]);
    assert.deepEqual(holders("campaign.end"), ["OWNER"]);
    assert.deepEqual(holders("moderation.decide"), ["OWNER", "MODERATOR"]);
    assert.deepEqual(holders("petitions.manage"), ["OWNER", "EDITOR"]);
    assert.deepEqual(holders("allowlist.manage"), []);
  });
});
