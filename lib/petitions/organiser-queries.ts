import type { Database } from "../db/client";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { pickTranslation } from "../content/pick-translation";
import { isLocale, locales, type Locale } from "../i18n/config";
import type { DeliveryMethod, PetitionStatus, TargetKind } from "../generated/prisma/enums";

// What the organiser's petition pages show. Each query carries the permission in its where (an
// admin, or an organiser of the petition's campaign), selects what the page shows, and returns null
// (the page answers 404) for what this person may not see.

type Actor = Pick<CurrentUser, "id" | "role">;

export type OrganiserPetitionRow = {
  id: string;
  slug: string;
  status: PetitionStatus;
  title: string;
  titleLocale: string;
  signatureCount: number;
  goal: number | null;
  deadline: Date | null;
};

export async function listPetitionsForOrganiser(db: Database, actor: Actor, campaignId: string, locale: string): Promise<OrganiserPetitionRow[]> {
  const rows = await db.prisma.petition.findMany({
    where: { campaignId, campaign: campaignWhereCan(actor, "campaign.read") },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      slug: true,
      status: true,
      signatureCount: true,
      goal: true,
      deadline: true,
      campaign: { select: { defaultLocale: true } },
      translations: { select: { locale: true, title: true } },
    },
  });
  return rows.map((row) => {
    const text = pickTranslation(row.translations, locale, row.campaign.defaultLocale);
    return {
      id: row.id,
      slug: row.slug,
      status: row.status,
      title: text?.title ?? row.slug,
      titleLocale: text?.locale ?? locale,
      signatureCount: row.signatureCount,
      goal: row.goal,
      deadline: row.deadline,
    };
  });
}

export type NewPetitionChoices = {
  demands: { id: string; position: number; text: string; textLocale: string }[];
  targets: { id: string; name: string; kind: TargetKind }[];
  /** Languages offered, and those ticked at first (the campaign's own, where Placard speaks them). */
  locales: readonly Locale[];
  defaultLocales: Locale[];
};

export async function getNewPetitionChoices(db: Database, actor: Actor, campaignId: string, locale: string): Promise<NewPetitionChoices | null> {
  const campaign = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(actor, "campaign.read")] },
    select: {
      defaultLocale: true,
      locales: true,
      demands: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, position: true, translations: { select: { locale: true, text: true } } } },
      targets: { select: { id: true, name: true, kind: true } },
    },
  });
  if (!campaign) return null;
  const own = [campaign.defaultLocale, ...campaign.locales].filter(isLocale);
  return {
    demands: campaign.demands.flatMap((d) => {
      const text = pickTranslation(d.translations, locale, campaign.defaultLocale);
      return text ? [{ id: d.id, position: d.position, text: text.text, textLocale: text.locale }] : [];
    }),
    targets: [...campaign.targets].sort((a, b) => a.name.localeCompare(b.name)),
    locales,
    defaultLocales: own.length ? locales.filter((l) => own.includes(l)) : [...locales.slice(0, 1)],
  };
}

export type OrganiserPetition = {
  id: string;
  slug: string;
  campaignId: string;
  status: PetitionStatus;
  goal: number | null;
  deadline: Date | null;
  locales: string[];
  signatureCount: number;
  openedAt: Date | null;
  closedAt: Date | null;
  title: string;
  titleLocale: string;
  translations: { locale: string; title: string; addressee: string; body: string }[];
  targets: { id: string; name: string }[];
  deliveries: { id: string; deliveredAt: Date; method: DeliveryMethod; notes: string | null; targetName: string | null }[];
};

export async function getPetitionForOrganiser(
  db: Database,
  actor: Actor,
  campaignId: string,
  petitionSlug: string,
  locale: string,
): Promise<OrganiserPetition | null> {
  const row = await db.prisma.petition.findFirst({
    where: { campaignId, slug: petitionSlug, campaign: campaignWhereCan(actor, "campaign.read") },
    select: {
      id: true,
      slug: true,
      campaignId: true,
      status: true,
      goal: true,
      deadline: true,
      locales: true,
      signatureCount: true,
      openedAt: true,
      closedAt: true,
      campaign: { select: { defaultLocale: true } },
      translations: { select: { locale: true, title: true, addressee: true, body: true } },
      targets: { select: { target: { select: { id: true, name: true } } } },
      deliveries: {
        orderBy: [{ deliveredAt: "asc" }, { createdAt: "asc" }],
        select: { id: true, deliveredAt: true, method: true, notes: true, target: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale, row.campaign.defaultLocale);
  const order = (l: string) => (row.locales.indexOf(l) + 100) % 100;
  return {
    id: row.id,
    slug: row.slug,
    campaignId: row.campaignId,
    status: row.status,
    goal: row.goal,
    deadline: row.deadline,
    locales: row.locales,
    signatureCount: row.signatureCount,
    openedAt: row.openedAt,
    closedAt: row.closedAt,
    title: text?.title ?? row.slug,
    titleLocale: text?.locale ?? locale,
    translations: [...row.translations].sort((a, b) => order(a.locale) - order(b.locale)),
    targets: row.targets.map((t) => t.target).sort((a, b) => a.name.localeCompare(b.name)),
    deliveries: row.deliveries.map((d) => ({
      id: d.id,
      deliveredAt: d.deliveredAt,
      method: d.method,
      notes: d.notes,
      targetName: d.target?.name ?? null,
    })),
  };
}
