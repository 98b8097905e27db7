import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { openPetition, draftPetition, signForm } from "../signatures/fixtures";
import { ensureConsentText } from "../signatures/consent";
import { listRecentSigners } from "../signatures/recent-signers";
import { getPublicPetition, listOpenPetitions } from "./public-page";

describeOnDatabases("the public petition page", (db) => {
  it("shows an open petition in the reader's language, its demands in order, and falls back to the campaign's language", async () => {
    const petition = await openPetition(db());
    const ru = await getPublicPetition(db(), petition.campaignSlug, petition.slug, "ru");
    assert.equal(ru?.text.title, "Восстановите нефтяников Жанаозена");
    assert.deepEqual(ru?.demands.map((d) => d.text), ["Восстановить всех уволенных", "Освободить адвоката бастующих"]);
    const de = await getPublicPetition(db(), petition.campaignSlug, petition.slug, "de");
    assert.equal(de?.text.locale, "en");
    assert.equal(de?.text.isFallback, true);
  });

  it("never shows a draft, nor a petition under another campaign's address", async () => {
    const draft = await draftPetition(db());
    assert.equal(await getPublicPetition(db(), draft.campaignSlug, draft.slug, "en"), null);
    const other = await openPetition(db());
    const open = await openPetition(db());
    assert.equal(await getPublicPetition(db(), other.campaignSlug, open.slug, "en"), null);
    const listed = await listOpenPetitions(db(), "en");
    assert.ok(listed.some((p) => p.id === open.id));
    assert.ok(!listed.some((p) => p.id === draft.id));
  });

  it("says when and how the petition was delivered", async () => {
    const petition = await openPetition(db());
    const target = await db().prisma.target.create({
      data: { campaignId: petition.campaignId, slug: `akorda-${petition.slug}`, kind: "GOVERNMENT_OFFICE", name: "Akorda", country: "KZ", emails: ["akorda@example.org"], phones: [] },
    });
    await db().prisma.petition.update({ where: { id: petition.id }, data: { status: "DELIVERED" } });
    await db().prisma.petitionDelivery.create({ data: { petitionId: petition.id, targetId: target.id, deliveredAt: new Date("2027-07-01T10:00:00Z"), method: "BY_HAND" } });
    const page = await getPublicPetition(db(), petition.campaignSlug, petition.slug, "en");
    assert.equal(page?.isDelivered, true);
    assert.deepEqual(page?.deliveries, [{ deliveredAt: new Date("2027-07-01T10:00:00Z"), method: "BY_HAND", targetName: "Akorda" }]);
  });

  it("lists recent confirmed signers; a signer who stays private is only a country", async () => {
    const petition = await openPetition(db());
    const consent = await ensureConsentText(db().prisma, "en");
    const base = { petitionId: petition.id, consentTextId: consent.id, locale: "en", status: "CONFIRMED" as const, city: "Almaty", organisation: "Oil workers' union" };
    const form = signForm(petition.id);
    await db().prisma.signature.createMany({
      data: [
        { ...base, name: "Public Person", email: "pub@example.org", emailNormalised: "pub@example.org", country: "DE", isPublic: true, confirmedAt: new Date(Date.now() - 3000) },
        { ...base, name: "Private Person", email: "priv@example.org", emailNormalised: "priv@example.org", country: "KZ", isPublic: false, confirmedAt: new Date(Date.now() - 2000) },
        { ...base, name: "Suspect Person", email: "sus@example.org", emailNormalised: "sus@example.org", country: "KZ", isPublic: true, isSuspect: true, confirmedAt: new Date(Date.now() - 1000) },
        { ...base, name: "Pending Person", email: form.email!, emailNormalised: form.email!, country: "KZ", isPublic: true, status: "PENDING", confirmedAt: null },
      ],
    });
    const signers = await listRecentSigners(db(), petition.id);
    assert.deepEqual(signers, [
      { isPublic: false, country: "KZ" },
      { isPublic: true, name: "Public Person", city: "Almaty", organisation: "Oil workers' union", country: "DE" },
    ]);
    assert.ok(!JSON.stringify(signers).includes("Private Person"));
  });
});
