import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { createPetitionFromDemands } from "./create-petition-from-demands";
import { updatePetition } from "./update-petition";
import { closePetition, openPetition } from "./change-petition-status";
import { recordDelivery } from "./record-delivery";
import { PetitionRuleError, type PetitionErrorCode } from "./organiser-errors";
import { createPetitionSchema, recordDeliverySchema, updatePetitionSchema } from "./organiser-schemas";
import { seedOrganiserWorld } from "./organiser-fixtures";

const refusedWith = (code: PetitionErrorCode) => (error: unknown) => {
  assert.ok(error instanceof PetitionRuleError, `expected a PetitionRuleError, got ${String(error)}`);
  assert.equal(error.code, code);
  return true;
};

const createForm = (demandIds: string[], targetIds: string[], extra: Record<string, unknown> = {}) =>
  createPetitionSchema.parse({ demandIds, targetIds, locales: ["en", "ru"], goal: "10000", deadline: "2099-12-16", ...extra });

describeOnDatabases("an organiser turns demands into a petition", (db) => {
  it("drafts a petition from chosen demands and targets, in each language, and audits it", async () => {
    const w = await seedOrganiserWorld(db());
    const { id, slug } = await createPetitionFromDemands(
      db(),
      w.organiser,
      { campaignId: w.campaign.id, ...createForm([w.demands[2]!.id, w.demands[0]!.id], [w.targets.akorda.id, w.targets.kmg.id]) },
    );
    assert.equal(slug, "justice-for-zhanaozen-2-demands");
    const petition = await db().prisma.petition.findUniqueOrThrow({
      where: { id },
      include: { translations: true, demands: { orderBy: { position: "asc" } }, targets: true },
    });
    assert.equal(petition.status, "DRAFT");
    assert.equal(petition.goal, 10000);
    assert.equal(petition.deadline?.toISOString(), "2099-12-16T23:59:59.999Z");
    assert.deepEqual(petition.demands.map((d) => d.demandId), [w.demands[0]!.id, w.demands[2]!.id], "in the appeal's order");
    const ru = petition.translations.find((t) => t.locale === "ru")!;
    assert.equal(ru.addressee, "Presidential Office (Akorda) и KazMunayGaz");
    assert.match(ru.body, /1\. Пересмотреть коллективный договор\n2\. Освободить адвоката бастующих/);
    const audit = await db().prisma.auditLog.findMany({ where: { subjectId: id } });
    assert.deepEqual(audit.map((a) => [a.action, a.actorId]), [["petition.created", w.organiser.id]]);
  });

  it("refuses a demand or a target of another campaign, and an organiser of another campaign", async () => {
    const w = await seedOrganiserWorld(db());
    const input = (demandIds: string[], targetIds: string[]) => ({ campaignId: w.campaign.id, ...createForm(demandIds, targetIds) });
    await assert.rejects(createPetitionFromDemands(db(), w.organiser, input([w.demands[0]!.id, w.otherDemand.id], [])), refusedWith("demandUnknown"));
    await assert.rejects(createPetitionFromDemands(db(), w.organiser, input([w.demands[0]!.id], [w.otherTarget.id])), refusedWith("targetUnknown"));
    await assert.rejects(createPetitionFromDemands(db(), w.otherOrganiser, input([w.demands[0]!.id], [])), refusedWith("notFound"));
    assert.equal(await db().prisma.petition.count({ where: { campaignId: w.campaign.id } }), 0, "nothing half-written");
    // An admin may organise every campaign.
    await createPetitionFromDemands(db(), w.admin, input([w.demands[0]!.id], []));
  });

  it("keeps slugs unique per campaign: a chosen one that is taken is refused, a made-up one gets a number", async () => {
    const w = await seedOrganiserWorld(db());
    const one = () => ({ campaignId: w.campaign.id, ...createForm([w.demands[2]!.id], []) });
    assert.equal((await createPetitionFromDemands(db(), w.organiser, one())).slug, "free-the-strikers-lawyer");
    assert.equal((await createPetitionFromDemands(db(), w.organiser, one())).slug, "free-the-strikers-lawyer-2");
    await assert.rejects(
      createPetitionFromDemands(db(), w.organiser, { ...one(), slug: "free-the-strikers-lawyer" }),
      refusedWith("slugTaken"),
    );
  });

  it("rejects form fields it does not know and values out of range", () => {
    assert.equal(createPetitionSchema.safeParse({ demandIds: ["a"], locales: ["en"], status: "OPEN" }).success, false);
    const bad = createPetitionSchema.safeParse({ demandIds: [], locales: [], goal: "-5", deadline: "2026-02-30", slug: "Bad Slug" });
    assert.equal(bad.success, false);
    const messages = bad.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`).sort();
    assert.deepEqual(messages, [
      "deadline:organisePetitions.errors.deadlineInvalid",
      "demandIds:organisePetitions.errors.demandsRequired",
      "goal:organisePetitions.errors.goalInvalid",
      "locales:organisePetitions.errors.localesRequired",
      "slug:organisePetitions.errors.slugInvalid",
    ]);
    assert.equal(updatePetitionSchema.safeParse({ signatureCount: "5" }).success, false);
    assert.equal(recordDeliverySchema.safeParse({ deliveredAt: "2026-01-01", method: "PIGEON" }).success, false);
  });

  it("edits a draft's texts, adds a language with a fresh draft, and fixes the text once opened", async () => {
    const w = await seedOrganiserWorld(db());
    const { id } = await createPetitionFromDemands(db(), w.organiser, {
      campaignId: w.campaign.id,
      ...createForm([w.demands[1]!.id], [w.targets.kmg.id], { locales: ["en"] }),
    });
    await updatePetition(
      db(),
      w.organiser,
      id,
      updatePetitionSchema.parse({ title: { en: "Reinstate them all" }, body: { en: "We ask:\r\n1. Reinstate them." }, locales: ["en", "de"], goal: "", deadline: "" }),
    );
    const texts = await db().prisma.petitionTranslation.findMany({ where: { petitionId: id }, orderBy: { locale: "asc" } });
    assert.deepEqual(texts.map((t) => [t.locale, t.title]), [["de", "Reinstate everyone who was sacked"], ["en", "Reinstate them all"]]);
    assert.equal(texts[1]!.body, "We ask:\n1. Reinstate them.");
    assert.equal(texts[0]!.addressee, "KazMunayGaz");

    await openPetition(db(), w.organiser, id);
    await assert.rejects(updatePetition(db(), w.organiser, id, updatePetitionSchema.parse({ title: { en: "Changed" } })), refusedWith("textLocked"));
    await updatePetition(db(), w.organiser, id, updatePetitionSchema.parse({ goal: "500", deadline: "2099-01-31" }));
    const after = await db().prisma.petition.findUniqueOrThrow({ where: { id }, select: { goal: true, status: true } });
    assert.deepEqual(after, { goal: 500, status: "OPEN" });
    await assert.rejects(updatePetition(db(), w.otherOrganiser, id, updatePetitionSchema.parse({ goal: "1" })), refusedWith("notFound"));
  });

  it("moves DRAFT → OPEN → CLOSED → DELIVERED, refuses the wrong transitions, and audits each step", async () => {
    const w = await seedOrganiserWorld(db());
    const { id } = await createPetitionFromDemands(db(), w.organiser, {
      campaignId: w.campaign.id,
      ...createForm([w.demands[0]!.id], [w.targets.akorda.id, w.targets.kmg.id]),
    });
    const delivery = (extra: Record<string, unknown> = {}) => ({
      petitionId: id,
      ...recordDeliverySchema.parse({ targetId: w.targets.akorda.id, deliveredAt: "2026-01-15", method: "BY_HAND", notes: "Handed in at the gate.", ...extra }),
    });

    await assert.rejects(closePetition(db(), w.organiser, id), refusedWith("cannotClose"));
    await assert.rejects(recordDelivery(db(), w.organiser, delivery()), refusedWith("cannotDeliver"));
    await assert.rejects(openPetition(db(), w.otherOrganiser, id), refusedWith("notFound"));
    await openPetition(db(), w.organiser, id);
    await assert.rejects(openPetition(db(), w.organiser, id), refusedWith("cannotOpen"));
    await assert.rejects(recordDelivery(db(), w.organiser, delivery()), refusedWith("cannotDeliver"));
    await closePetition(db(), w.organiser, id);
    await assert.rejects(closePetition(db(), w.organiser, id), refusedWith("cannotClose"));
    await assert.rejects(updatePetition(db(), w.organiser, id, updatePetitionSchema.parse({ goal: "5" })), refusedWith("closedLocked"));
    await assert.rejects(recordDelivery(db(), w.organiser, delivery({ targetId: w.otherTarget.id })), refusedWith("targetNotOfPetition"));
    await assert.rejects(
      recordDelivery(db(), w.organiser, delivery({ deliveredAt: "2026-01-15" }), new Date("2026-01-10T00:00:00Z")),
      refusedWith("deliveredAtFuture"),
    );
    await recordDelivery(db(), w.organiser, delivery(), new Date("2026-01-20T00:00:00Z"));
    await recordDelivery(db(), w.organiser, delivery({ targetId: "", method: "EMAIL", notes: "" }), new Date("2026-01-20T00:00:00Z"));
    await assert.rejects(openPetition(db(), w.organiser, id), refusedWith("cannotOpen"));

    const petition = await db().prisma.petition.findUniqueOrThrow({
      where: { id },
      select: { status: true, openedAt: true, closedAt: true, deliveries: { orderBy: { createdAt: "asc" }, select: { targetId: true, method: true, notes: true, recordedById: true } } },
    });
    assert.equal(petition.status, "DELIVERED");
    assert.ok(petition.openedAt && petition.closedAt);
    assert.deepEqual(petition.deliveries, [
      { targetId: w.targets.akorda.id, method: "BY_HAND", notes: "Handed in at the gate.", recordedById: w.organiser.id },
      { targetId: null, method: "EMAIL", notes: null, recordedById: w.organiser.id },
    ]);
    const audit = await db().prisma.auditLog.findMany({ where: { subjectId: id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    assert.deepEqual(
      audit.map((a) => a.action),
      ["petition.created", "petition.opened", "petition.closed", "petition.delivered", "petition.delivered"],
    );
  });

  it("does not open a draft whose text is missing in one of its languages", async () => {
    const w = await seedOrganiserWorld(db());
    const { id } = await createPetitionFromDemands(db(), w.organiser, { campaignId: w.campaign.id, ...createForm([w.demands[0]!.id], []) });
    await db().prisma.petitionTranslation.deleteMany({ where: { petitionId: id, locale: "ru" } });
    await assert.rejects(openPetition(db(), w.organiser, id), refusedWith("textMissing"));
    assert.equal((await db().prisma.petition.findUniqueOrThrow({ where: { id } })).status, "DRAFT");
  });
});
