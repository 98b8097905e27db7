import assert from "node:assert/strict";
import { before, it } from "node:test";
import { describeOnDatabases } from "../testing/db";
import type { Database } from "../db/client";
import { CampaignStatus, UserRole } from "../generated/prisma/enums";
import { canOrganiseCampaign, findOrganisableCampaign, listOrganisableCampaigns } from "./permissions";
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
    assert.equal(await canOrganiseCampaign(db(), admin, oil.id), true);
    assert.equal(await canOrganiseCampaign(db(), admin, draft.id), true);
    const slugs = (await listOrganisableCampaigns(db(), admin, "en")).map((c) => c.slug).sort();
    assert.deepEqual(slugs, ["oil-workers", "teachers"]);
  });

  it("an organiser may organise their own campaign", async () => {
    assert.equal(await canOrganiseCampaign(db(), organiser, oil.id), true);
    const found = await findOrganisableCampaign(db(), organiser, "oil-workers", "ru");
    assert.equal(found?.title, "Кампания oil-workers");
  });

  it("an organiser of another campaign is refused", async () => {
    assert.equal(await canOrganiseCampaign(db(), organiser, draft.id), false);
    assert.equal(await canOrganiseCampaign(db(), other, oil.id), false);
    assert.equal(await findOrganisableCampaign(db(), other, "oil-workers", "en"), null);
    assert.deepEqual((await listOrganisableCampaigns(db(), organiser, "en")).map((c) => c.slug), ["oil-workers"]);
    assert.deepEqual((await listOrganisableCampaigns(db(), other, "en")).map((c) => c.slug), ["teachers"]);
  });

  it("a signed-in user with no organiser rows organises nothing", async () => {
    const stranger = await user(db(), "stranger@example.org");
    assert.equal(await canOrganiseCampaign(db(), stranger, oil.id), false);
    assert.deepEqual(await listOrganisableCampaigns(db(), stranger, "en"), []);
  });

  it("an unknown campaign is refused for everyone", async () => {
    assert.equal(await canOrganiseCampaign(db(), admin, "no-such-campaign"), false);
    assert.equal(await findOrganisableCampaign(db(), admin, "no-such-slug", "en"), null);
  });
});
