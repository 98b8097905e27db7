// The demo petition, with a handful of confirmed signatures so its page does not start at zero.
import { ensureConsentText, SIGNATURE_CONSENT_KEY, SIGNATURE_CONSENT_VERSION } from "../signatures/consent";
import { normaliseEmail } from "../signatures/normalise-email";
import { petition, petitionDeadline, petitionText } from "./content/petition";
import { signatures } from "./content/supporters";
import { idOnly, type SeedWriter } from "./seed-writer";
import { requireId, type SeededCampaign } from "./write-campaign";

export async function writePetition(w: SeedWriter, campaign: SeededCampaign): Promise<void> {
  const { tx } = w;
  // Every seeded signature is confirmed and none is suspect, so all of them count.
  const lastConfirmed = signatures.reduce<Date | null>((latest, s) => (!latest || s.confirmedAt > latest ? s.confirmedAt : latest), null);
  const { row, isNew } = await w.ensureNew(
    () => tx.petition.findUnique({ where: { campaignId_slug: { campaignId: campaign.id, slug: petition.slug } }, select: idOnly }),
    () =>
      tx.petition.create({
        data: {
          campaignId: campaign.id,
          slug: petition.slug,
          status: petition.status,
          goal: petition.goal,
          locales: [...petition.locales],
          openedAt: petition.openedAt,
          deadline: petitionDeadline(w.now),
          // The seeded confirmed signatures below are already counted, up to the last of them.
          signatureCount: signatures.length,
          countedUpTo: lastConfirmed,
        },
        select: idOnly,
      }),
  );
  const petitionId = row.id;

  for (const [locale, text] of Object.entries(petitionText)) {
    await w.ensure(
      () => tx.petitionTranslation.findUnique({ where: { petitionId_locale: { petitionId, locale } }, select: idOnly }),
      () => tx.petitionTranslation.create({ data: { petitionId, locale, ...text }, select: idOnly }),
    );
  }
  for (const [index, demandPosition] of petition.demandPositions.entries()) {
    const demandId = requireId(campaign.demandIds, demandPosition, "demand");
    await w.ensure(
      () => tx.petitionDemand.findUnique({ where: { petitionId_demandId: { petitionId, demandId } }, select: { demandId: true } }),
      () => tx.petitionDemand.create({ data: { petitionId, demandId, position: index + 1 }, select: { demandId: true } }),
    );
  }
  for (const slug of petition.targetSlugs) {
    const targetId = requireId(campaign.targetIds, slug, "target");
    await w.ensure(
      () => tx.petitionTarget.findUnique({ where: { petitionId_targetId: { petitionId, targetId } }, select: { targetId: true } }),
      () => tx.petitionTarget.create({ data: { petitionId, targetId }, select: { targetId: true } }),
    );
  }

  // Signatures only come with a petition created just now: on an existing petition they would put its
  // counter out of step with the signatures it holds.
  if (!isNew) return;
  for (const signature of signatures) {
    const consent = await ensureSignatureConsent(w, signature.locale);
    const { confirmedAt, ...fields } = signature;
    await tx.signature.create({
      data: {
        ...fields,
        // The demo's public supporters also chose the delivered list; the others did not (docs/decisions/019).
        deliveryConsent: signature.isPublic,
        petitionId,
        emailNormalised: normaliseEmail(signature.email),
        consentTextId: consent.id,
        status: "CONFIRMED",
        confirmedAt,
        createdAt: new Date(confirmedAt.getTime() - 4 * 60 * 1000),
      },
      select: idOnly,
    });
    w.created += 1;
  }
}

function ensureSignatureConsent(w: SeedWriter, locale: "en" | "ru" | "de") {
  const key = { key: SIGNATURE_CONSENT_KEY, version: SIGNATURE_CONSENT_VERSION, locale };
  return w.ensure(
    () => w.tx.consentText.findUnique({ where: { key_version_locale: key }, select: idOnly }),
    () => ensureConsentText(w.tx, locale),
  );
}
