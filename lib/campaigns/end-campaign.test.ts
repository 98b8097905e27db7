import assert from "node:assert/strict";
import crypto from "node:crypto";
import { it } from "node:test";
import type { Database } from "../db/client";
import type { CurrentUser } from "../auth/roles";
import { describeOnDatabases } from "../testing/db";
import { recountSignatures } from "../signatures/count";
import { endOfLastDay, lastDayOf } from "./campaign-end";
import { CampaignEndError, endCampaignNow, getCampaignEnd, scheduleCampaignEnd } from "./end-campaign";
import { endDueCampaigns } from "./erase-supporter-data";
import { invalidateSignatures } from "../signatures/moderate";

// What the consent text promises every supporter: "We delete your details when the campaign ends."
// Test data is named after its state; addresses only under example.org.

async function campaignWithSupporters(db: Database) {
  const p = db.prisma;
  const tag = crypto.randomBytes(4).toString("hex");
  const user = (label: string, role: "ADMIN" | "ORGANISER" = "ORGANISER"): Promise<CurrentUser> =>
    p.user.create({ data: { email: `${label}.${tag}@example.org`, role }, select: { id: true, email: true, role: true } });
  const [lead, organiser, stranger, admin] = [await user("lead"), await user("organiser"), await user("stranger"), await user("admin", "ADMIN")];
  const campaign = await p.campaign.create({
    data: {
      slug: `ending-${tag}`,
      status: "LIVE",
      locales: ["en"],
      organisers: { create: [{ userId: lead.id, role: "OWNER" }, { userId: organiser.id, role: "MODERATOR" }] },
    },
    select: { id: true },
  });
  const petition = await p.petition.create({
    data: { campaignId: campaign.id, slug: "free-them", status: "OPEN", locales: ["en"], translations: { create: [{ locale: "en", title: "Free them", addressee: "x", body: "x" }] } },
    select: { id: true },
  });
  const consent = await p.consentText.create({ data: { key: `consent-${tag}`, version: 1, locale: "en", text: "We delete your details when the campaign ends." } });
  const signature = (name: string, status: "CONFIRMED" | "PENDING" | "INVALIDATED", country: string) =>
    p.signature.create({
      data: {
        petitionId: petition.id, name, email: `${name.toLowerCase().replace(/\W+/g, ".")}.${tag}@example.org`,
        emailNormalised: `${name.toLowerCase().replace(/\W+/g, ".")}.${tag}@example.org`, country, city: "Aktau", organisation: "Oil workers' union",
        role: "Driller", comment: "Solidarity", isPublic: true, wantsUpdates: true, consentTextId: consent.id, locale: "en", status,
        ipAddress: "10.1.2.3", tokenHash: crypto.randomBytes(16).toString("hex"), confirmedAt: status === "PENDING" ? null : new Date(Date.now() - 60_000),
      },
    });
  await signature("Aigul Bekova", "CONFIRMED", "KZ");
  await signature("Marek Zielinski", "CONFIRMED", "PL");
  await signature("Never Confirmed", "PENDING", "DE");
  await signature("Bot Account", "INVALIDATED", "US");
  await recountSignatures(db, petition.id);
  const sponsor = (name: string, status: "APPROVED" | "AWAITING_MODERATION" | "REJECTED") =>
    p.sponsor.create({
      data: {
        campaignId: campaign.id, kind: "ORGANISATION", name, organisationKind: "UNION_BRANCH", country: "GB", website: "https://branch.example.org",
        contactName: "Branch secretary", email: `${status.toLowerCase()}.${tag}@example.org`, emailNormalised: `${status.toLowerCase()}.${tag}@example.org`,
        consentTextId: consent.id, locale: "en", status,
      },
    });
  await sponsor("Northfield Rail Workers' Branch", "APPROVED");
  await sponsor("Awaiting Branch", "AWAITING_MODERATION");
  await sponsor("Rejected Branch", "REJECTED");
  const event = (title: string, publishedAt: Date | null) =>
    p.event.create({
      data: {
        campaignId: campaign.id, kind: "PICKET", title, startsAt: new Date(Date.now() + 86_400_000), timeZone: "Europe/Berlin", venue: "Outside the consulate",
        city: "Köln", country: "DE", organiserName: "Branch secretary", organisationName: "Cologne branch", publicContact: "+49 221 000000",
        email: `host.${title.length}.${tag}@example.org`, emailNormalised: `host.${title.length}.${tag}@example.org`,
        status: publishedAt ? "PUBLISHED" : "AWAITING_MODERATION", publishedAt, hostTokenHash: crypto.randomBytes(16).toString("hex"),
      },
    });
  await event("Published picket", new Date());
  await event("Picket never published", null);
  await p.trustedHost.create({ data: { campaignId: campaign.id, emailNormalised: `host.16.${tag}@example.org` } });
  return { campaignId: campaign.id, petitionId: petition.id, lead, organiser, stranger, admin };
}

async function whatIsLeft(db: Database, campaignId: string, petitionId: string) {
  const p = db.prisma;
  const [campaign, petition, signatures, sponsors] = await Promise.all([
    p.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { status: true, endsAt: true, dataPurgedAt: true } }),
    p.petition.findUniqueOrThrow({ where: { id: petitionId }, select: { status: true, signatureCount: true } }),
    p.signature.findMany({ where: { petitionId }, orderBy: { country: "asc" } }),
    p.sponsor.findMany({ where: { campaignId } }),
  ]);
  return { campaign, petition, signatures, sponsors };
}

describeOnDatabases("a campaign ends and its supporters' details are erased", (db) => {
  it("reads the last day as ending at midnight UTC after it, and refuses days that do not exist", () => {
    assert.equal(endOfLastDay("2027-06-30")?.toISOString(), "2027-07-01T00:00:00.000Z");
    assert.equal(lastDayOf(new Date("2027-07-01T00:00:00.000Z")), "2027-06-30");
    assert.equal(endOfLastDay("2027-02-30"), null);
    assert.equal(endOfLastDay("30/06/2027"), null);
  });

  it("only a lead organiser or an admin may set the end; a past day is refused; clearing it is allowed", async () => {
    const world = await campaignWithSupporters(db());
    const now = new Date("2026-12-01T10:00:00Z");
    const canEnd = async (user: CurrentUser) => (await getCampaignEnd(db(), user, world.campaignId))?.canEnd ?? false;
    assert.equal(await canEnd(world.lead), true);
    assert.equal(await canEnd(world.admin), true);
    assert.equal(await canEnd(world.organiser), false);
    await assert.rejects(scheduleCampaignEnd(db(), world.organiser, world.campaignId, new Date("2027-01-01Z"), now), { code: "notFound" });
    await assert.rejects(scheduleCampaignEnd(db(), world.stranger, world.campaignId, new Date("2027-01-01Z"), now), CampaignEndError);
    await assert.rejects(endCampaignNow(db(), world.organiser, world.campaignId, now), { code: "notFound" });
    await assert.rejects(scheduleCampaignEnd(db(), world.lead, world.campaignId, new Date("2026-12-01T09:00:00Z"), now), { code: "lastDayPast" });

    await scheduleCampaignEnd(db(), world.lead, world.campaignId, new Date("2027-01-01Z"), now);
    assert.equal((await whatIsLeft(db(), world.campaignId, world.petitionId)).campaign.endsAt?.toISOString(), "2027-01-01T00:00:00.000Z");
    await scheduleCampaignEnd(db(), world.admin, world.campaignId, null, now);
    assert.equal((await whatIsLeft(db(), world.campaignId, world.petitionId)).campaign.endsAt, null);
    const audit = await db().prisma.auditLog.findMany({ where: { campaignId: world.campaignId }, orderBy: { createdAt: "asc" }, select: { action: true, actorEmail: true } });
    assert.deepEqual(audit.map((a) => a.action), ["campaign.end-scheduled", "campaign.end-cancelled"]);
    assert.equal(audit[0]!.actorEmail, world.lead.email);
  });

  it("before its end nothing is touched; when the end comes the worker archives it, closes petitions and erases details, keeping the counts", async () => {
    const world = await campaignWithSupporters(db());
    const now = new Date();
    await scheduleCampaignEnd(db(), world.lead, world.campaignId, new Date(now.getTime() + 3_600_000), now);
    await endDueCampaigns(db(), now);
    const before = await whatIsLeft(db(), world.campaignId, world.petitionId);
    assert.equal(before.campaign.status, "LIVE");
    assert.equal(before.signatures.filter((s) => s.email !== "").length, 4, "an hour early: every detail still there");

    const { ended, erased } = await endDueCampaigns(db(), new Date(now.getTime() + 3_600_001));
    assert.equal(ended, 1);
    assert.deepEqual(erased, { signaturesDeleted: 1, signaturesErased: 3, sponsorsDeleted: 2, sponsorsErased: 1, petitionsClosed: 1, eventsDeleted: 1, eventsErased: 1, auditFiltersErased: 0 });
    const events = await db().prisma.event.findMany({ where: { campaignId: world.campaignId } });
    assert.deepEqual(
      events.map((e) => [e.title, e.organisationName, e.publicContact, e.organiserName, e.email, e.hostTokenHash]),
      [["Published picket", "Cologne branch", "+49 221 000000", "", "", null]],
      "the event shown stays; who registered it does not",
    );
    assert.equal(await db().prisma.trustedHost.count({ where: { campaignId: world.campaignId } }), 0);
    const after = await whatIsLeft(db(), world.campaignId, world.petitionId);
    assert.equal(after.campaign.status, "ARCHIVED");
    assert.ok(after.campaign.dataPurgedAt);
    assert.deepEqual(after.petition, { status: "CLOSED", signatureCount: 2 });
    assert.deepEqual(after.signatures.map((s) => [s.country, s.status]), [["KZ", "CONFIRMED"], ["PL", "CONFIRMED"], ["US", "INVALIDATED"]]);
    for (const s of after.signatures) {
      assert.deepEqual(
        [s.name, s.email, s.emailNormalised, s.city, s.organisation, s.role, s.comment, s.ipAddress, s.tokenHash, s.isPublic, s.wantsUpdates],
        ["", "", `erased:${s.id}`, null, null, null, null, null, null, false, false],
      );
    }
    assert.equal(after.sponsors.length, 1);
    const [kept] = after.sponsors;
    assert.deepEqual([kept!.name, kept!.website, kept!.country, kept!.email, kept!.contactName], ["Northfield Rail Workers' Branch", "https://branch.example.org", "GB", "", null]);
    assert.equal(await recountSignatures(db(), world.petitionId), 2, "a recount after the erasure gives the same count");
    const audit = await db().prisma.auditLog.findMany({ where: { campaignId: world.campaignId, action: "campaign.data-erased" } });
    assert.equal(audit.length, 1);
    assert.doesNotMatch(JSON.stringify(audit[0]!.details), /@/, "the audit entry holds counts, no addresses");
  });

  it("ending now erases at once; running the job again afterwards changes nothing and writes no second entry", async () => {
    const world = await campaignWithSupporters(db());
    const counts = await endCampaignNow(db(), world.admin, world.campaignId);
    assert.equal(counts.signaturesErased, 3);
    const first = await whatIsLeft(db(), world.campaignId, world.petitionId);
    const again = await endDueCampaigns(db(), new Date(Date.now() + 1000));
    assert.equal(again.ended, 0);
    assert.deepEqual(await whatIsLeft(db(), world.campaignId, world.petitionId), first);
    assert.equal(await db().prisma.auditLog.count({ where: { campaignId: world.campaignId, action: "campaign.data-erased" } }), 1);
    await assert.rejects(endCampaignNow(db(), world.admin, world.campaignId), { code: "alreadyEnded" });
    await assert.rejects(scheduleCampaignEnd(db(), world.lead, world.campaignId, null), { code: "alreadyEnded" });
  });

  it("a signature stored at the very moment the campaign ended is erased by the next run of the job", async () => {
    const world = await campaignWithSupporters(db());
    const endedAt = new Date();
    await endCampaignNow(db(), world.admin, world.campaignId, endedAt);
    const consent = await db().prisma.consentText.findFirstOrThrow({ where: { key: { startsWith: "consent-" } }, select: { id: true } });
    // As if its statement had checked the campaign just before it was archived.
    await db().prisma.signature.create({
      data: { petitionId: world.petitionId, name: "Late Signer", email: "late@example.org", emailNormalised: "late@example.org", country: "FR", consentTextId: consent.id, locale: "en", status: "CONFIRMED", confirmedAt: endedAt },
    });
    await endDueCampaigns(db(), new Date(endedAt.getTime() + 60_000));
    const late = (await whatIsLeft(db(), world.campaignId, world.petitionId)).signatures.find((s) => s.country === "FR");
    assert.deepEqual([late?.name, late?.email], ["", ""]);
  });

  it("the audit log keeps what moderators did, but not the client address or email domain they filtered by", async () => {
    const world = await campaignWithSupporters(db());
    const filter = { ip: "10.1.2.3", domain: "example.org", country: "DE" };
    await invalidateSignatures(db(), world.organiser, { campaignId: world.campaignId, filter, expectedCount: 1 }, "One address signing for others");
    const entry = () => db().prisma.auditLog.findFirstOrThrow({ where: { campaignId: world.campaignId, action: "signatures.invalidated" }, select: { actorEmail: true, details: true } });
    assert.deepEqual((await entry()).details, { filter, count: 1, petitionIds: [world.petitionId], reason: "One address signing for others" });

    const counts = await endCampaignNow(db(), world.lead, world.campaignId);
    assert.equal(counts.auditFiltersErased, 1);
    assert.deepEqual(await entry(), {
      actorEmail: world.organiser.email,
      details: { filter: { ip: "erased", domain: "erased", country: "DE" }, count: 1, petitionIds: [world.petitionId], reason: "One address signing for others" },
    });
    const again = await endDueCampaigns(db(), new Date(Date.now() + 1000));
    assert.equal(again.erased.auditFiltersErased, 0, "an entry already erased is not counted again");
  });

  it("leaves other campaigns alone", async () => {
    const ending = await campaignWithSupporters(db());
    const other = await campaignWithSupporters(db());
    await endCampaignNow(db(), ending.admin, ending.campaignId);
    const untouched = await whatIsLeft(db(), other.campaignId, other.petitionId);
    assert.equal(untouched.campaign.status, "LIVE");
    assert.equal(untouched.signatures.filter((s) => s.email.endsWith("@example.org")).length, 4);
    assert.equal(untouched.sponsors.length, 3);
  });
});
