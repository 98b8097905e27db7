// Approved sponsors of the demo campaign, each pointing at the consent wording the sponsor form records
// (lib/sponsors/consent.ts), as signatures point at the sign form's (lib/signatures/consent.ts).
import { normaliseEmail } from "../signatures/normalise-email";
import { ensureSponsorConsentText, SPONSOR_CONSENT_KEY, SPONSOR_CONSENT_VERSION } from "../sponsors/consent";
import { sponsors } from "./content/supporters";
import { idOnly, type SeedWriter } from "./seed-writer";
import type { SeededCampaign } from "./write-campaign";

export async function writeSponsors(w: SeedWriter, campaign: SeededCampaign): Promise<void> {
  const { tx } = w;
  for (const sponsor of sponsors) {
    const emailNormalised = normaliseEmail(sponsor.email);
    const unique = { campaignId: campaign.id, kind: sponsor.kind, emailNormalised, name: sponsor.name };
    await w.ensure(
      () => tx.sponsor.findUnique({ where: { campaignId_kind_emailNormalised_name: unique }, select: idOnly }),
      async () => {
        const consent = await ensureSponsorConsent(w, sponsor.locale);
        const moderatedAt = new Date(sponsor.confirmedAt.getTime() + 20 * 60 * 60 * 1000);
        return tx.sponsor.create({
          data: {
            ...sponsor,
            ...unique,
            consentTextId: consent.id,
            status: "APPROVED",
            moderatedAt,
            createdAt: new Date(sponsor.confirmedAt.getTime() - 10 * 60 * 1000),
          },
          select: idOnly,
        });
      },
    );
  }
}

function ensureSponsorConsent(w: SeedWriter, locale: "en" | "ru" | "de") {
  const key = { key: SPONSOR_CONSENT_KEY, version: SPONSOR_CONSENT_VERSION, locale };
  return w.ensure(
    () => w.tx.consentText.findUnique({ where: { key_version_locale: key }, select: idOnly }),
    async () => ({ id: await ensureSponsorConsentText(w.tx, locale) }),
  );
}
