import type { Database } from "../db/client";
import { pickTranslation } from "../content/pick-translation";
import type { DataSession } from "./data-link";

// Everything held under one normalised address (lib/signatures/normalise-email.ts), across campaigns:
// what the "Your data" page shows and what its JSON download holds. The session is the permission: the
// address it stands for is the only one in the where.

export async function findMyData(db: Database, session: DataSession, locale: string) {
  const where = { emailNormalised: session.emailNormalised };
  const [signatures, sponsors] = await Promise.all([
    db.prisma.signature.findMany({
      where,
      orderBy: { createdAt: "asc" },
      select: {
        id: true, name: true, email: true, country: true, city: true, organisation: true, role: true, comment: true,
        isPublic: true, deliveryConsent: true, wantsUpdates: true, locale: true, status: true, ipAddress: true,
        createdAt: true, confirmedAt: true, consentText: { select: { text: true } },
        petition: {
          select: {
            slug: true,
            campaign: { select: { slug: true, defaultLocale: true } },
            translations: { select: { locale: true, title: true } },
          },
        },
      },
    }),
    db.prisma.sponsor.findMany({
      where,
      orderBy: { createdAt: "asc" },
      select: {
        id: true, kind: true, name: true, role: true, organisation: true, organisationKind: true, country: true, website: true,
        contactName: true, email: true, locale: true, status: true, createdAt: true, confirmedAt: true,
        consentText: { select: { text: true } }, campaign: { select: { slug: true } },
      },
    }),
  ]);
  return {
    signatures: signatures.map(({ petition, consentText, ...s }) => ({
      ...s,
      consentText: consentText.text,
      campaignSlug: petition.campaign.slug,
      petitionSlug: petition.slug,
      petitionTitle: pickTranslation(petition.translations, locale, petition.campaign.defaultLocale)?.title ?? petition.slug,
    })),
    sponsors: sponsors.map(({ campaign, consentText, ...s }) => ({ ...s, consentText: consentText.text, campaignSlug: campaign.slug })),
  };
}

export type MyData = Awaited<ReturnType<typeof findMyData>>;
