import assert from "node:assert/strict";
import { before, it } from "node:test";
import { describeOnDatabases } from "../testing/db";
import { CampaignStatus, OrganiserRole, UserRole } from "../generated/prisma/enums";
import type { CurrentUser } from "../auth/roles";
import { canOnCampaign } from "../auth/permissions";
import { addOrganiser, NotAllowedError } from "./add-organiser";
import { addOrganiserSchema } from "./schemas";

describeOnDatabases("an admin adds an organiser to a campaign", (db) => {
  let campaignId: string;
  let admin: CurrentUser;

  before(async () => {
    ({ id: campaignId } = await db().prisma.campaign.create({
      data: { slug: "dockers", status: CampaignStatus.LIVE, locales: ["en"], copyToEmails: [] },
      select: { id: true },
    }));
    admin = await db().prisma.user.create({ data: { email: "admin@example.org", role: UserRole.ADMIN }, select: { id: true, email: true, role: true } });
  });

  it("creates the user if needed, the organiser row and an audit entry; the new organiser may then organise", async () => {
    const result = await addOrganiser(db(), admin, { campaignId, email: "New.Organiser@Example.org", role: OrganiserRole.OWNER });
    assert.equal(result.kind, "added");
    const user = await db().prisma.user.findUnique({ where: { email: "new.organiser@example.org" }, select: { id: true, role: true } });
    assert.ok(user);
    assert.equal(user.role, UserRole.ORGANISER);
    const row = await db().prisma.campaignOrganiser.findUnique({ where: { campaignId_userId: { campaignId, userId: user.id } } });
    assert.equal(row?.role, OrganiserRole.OWNER);
    const audit = await db().prisma.auditLog.findMany({ where: { campaignId, action: "organiser.added" } });
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actorEmail, "admin@example.org");
    assert.equal(audit[0]!.subjectId, user.id);
    assert.equal(await canOnCampaign(db(), { id: user.id, role: user.role }, campaignId, "campaign.read"), true);
  });

  it("adding the same person twice says so and writes nothing more", async () => {
    const result = await addOrganiser(db(), admin, { campaignId, email: "new.organiser@example.org", role: OrganiserRole.EDITOR });
    assert.equal(result.kind, "already-organiser");
    assert.equal(await db().prisma.auditLog.count({ where: { campaignId, action: "organiser.added" } }), 1);
  });

  it("an existing user keeps their account when added", async () => {
    const existing = await db().prisma.user.create({ data: { email: "existing@example.org" }, select: { id: true } });
    const result = await addOrganiser(db(), admin, { campaignId, email: "existing@example.org", role: OrganiserRole.MODERATOR });
    assert.deepEqual(result, { kind: "added", userId: existing.id });
  });

  it("a non-admin may not add organisers", async () => {
    const organiser = await db().prisma.user.findUniqueOrThrow({ where: { email: "existing@example.org" }, select: { id: true, email: true, role: true } });
    await assert.rejects(addOrganiser(db(), organiser, { campaignId, email: "x@example.org", role: OrganiserRole.OWNER }), NotAllowedError);
    assert.equal(await db().prisma.user.count({ where: { email: "x@example.org" } }), 0);
  });

  it("an unknown campaign is refused and nothing is written", async () => {
    const result = await addOrganiser(db(), admin, { campaignId: "missing", email: "ghost@example.org", role: OrganiserRole.OWNER });
    assert.equal(result.kind, "no-campaign");
    assert.equal(await db().prisma.user.count({ where: { email: "ghost@example.org" } }), 0);
  });
});

it("the form refuses bad addresses, unknown roles and extra fields", () => {
  const good = { campaignId: "c1", locale: "en", email: "a@example.org", role: "EDITOR" };
  assert.equal(addOrganiserSchema.safeParse(good).success, true);
  const bad = [
    { ...good, email: "not-an-address" },
    { ...good, role: "ADMIN" },
    { ...good, locale: "fr" },
    { ...good, isAdmin: "true" },
  ];
  for (const input of bad) assert.equal(addOrganiserSchema.safeParse(input).success, false, JSON.stringify(input));
  const emailIssue = addOrganiserSchema.safeParse({ ...good, email: "nope" });
  assert.equal(emailIssue.error?.issues[0]?.message, "organise.addOrganiser.invalidEmail");
});
