import type { Database } from "../db/client";
import { CampaignStatus, type PetitionStatus } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import { isVisible } from "../petitions/states";
import type { PetitionAddress } from "../petitions/paths";

// The little the signing, confirming and reminding code needs to know about a petition: its state
// (to ask canSign / canConfirm), its title in the supporter's language (for emails), and its address.
// Drafts and petitions of campaigns that are not live do not exist for supporters.

export type SigningPetition = {
  id: string;
  status: PetitionStatus;
  deadline: Date | null;
  address: PetitionAddress;
  title: string;
};

export const signingPetitionSelect = {
  id: true,
  slug: true,
  status: true,
  deadline: true,
  campaign: { select: { slug: true, status: true, defaultLocale: true } },
  translations: { select: { locale: true, title: true } },
} as const;

type Row = {
  id: string;
  slug: string;
  status: PetitionStatus;
  deadline: Date | null;
  campaign: { slug: string; status: CampaignStatus; defaultLocale: string };
  translations: { locale: string; title: string }[];
};

export function toSigningPetition(row: Row, locale: string): SigningPetition | null {
  if (row.campaign.status !== CampaignStatus.LIVE || !isVisible(row)) return null;
  const text = pickTranslation(row.translations, locale, row.campaign.defaultLocale);
  return {
    id: row.id,
    status: row.status,
    deadline: row.deadline,
    address: { campaignSlug: row.campaign.slug, petitionSlug: row.slug },
    title: text?.title ?? row.slug,
  };
}

export async function findPetitionForSigning(db: Database, petitionId: string, locale: string): Promise<SigningPetition | null> {
  const row = await db.prisma.petition.findUnique({ where: { id: petitionId }, select: signingPetitionSelect });
  return row ? toSigningPetition(row, locale) : null;
}

/**
 * The petition at an address (its campaign's slug and its own): how the sign endpoint finds the petition it
 * signs, from the address it was posted to, never from an id printed in the form (docs/decisions/022).
 */
export async function findPetitionForSigningAt(db: Database, address: PetitionAddress, locale: string): Promise<SigningPetition | null> {
  const row = await db.prisma.petition.findFirst({
    where: { slug: address.petitionSlug, campaign: { slug: address.campaignSlug } },
    select: signingPetitionSelect,
  });
  return row ? toSigningPetition(row, locale) : null;
}
