import type { Database } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { draftPetition } from "./draft";
import { PetitionRuleError } from "./organiser-errors";
import type { CreatePetitionInput } from "./organiser-schemas";
import { firstFreeSlug, slugFromTitle } from "./slug";
import { DRAFT_STATE } from "./states";

// An organiser turns some of a campaign's demands into a petition addressed to some of its targets.
// The petition starts as a DRAFT with a text drafted in each chosen language, for the organiser to edit.

export async function createPetitionFromDemands(
  db: Database,
  actor: CurrentUser,
  input: CreatePetitionInput & { campaignId: string },
  now = new Date(),
): Promise<{ id: string; slug: string }> {
  const campaign = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: input.campaignId }, campaignWhereCan(actor, "petitions.manage")] },
    select: { id: true, defaultLocale: true, translations: { select: { locale: true, title: true } } },
  });
  if (!campaign) throw new PetitionRuleError("notFound");

  const demandIds = [...new Set(input.demandIds)];
  const demands = await db.prisma.demand.findMany({
    where: { id: { in: demandIds }, campaignId: campaign.id, retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true, translations: { select: { locale: true, text: true } } },
  });
  if (demands.length !== demandIds.length) throw new PetitionRuleError("demandUnknown", "demandIds");

  const targetIds = [...new Set(input.targetIds)];
  const found = await db.prisma.target.findMany({
    where: { id: { in: targetIds }, campaignId: campaign.id },
    select: { id: true, name: true },
  });
  if (found.length !== targetIds.length) throw new PetitionRuleError("targetUnknown", "targetIds");
  const targets = targetIds.map((tid) => found.find((t) => t.id === tid)!);

  if (input.deadline && input.deadline.getTime() < now.getTime()) throw new PetitionRuleError("deadlinePast", "deadline");

  const drafts = draftPetition({
    locales: input.locales,
    fallbackLocale: campaign.defaultLocale,
    demands: demands.map((d) => ({ texts: Object.fromEntries(d.translations.map((t) => [t.locale, t.text])) })),
    targets,
    campaignTitles: Object.fromEntries(campaign.translations.map((t) => [t.locale, t.title])),
  });

  const slug = await chooseSlug(db, campaign.id, input.slug, drafts[0]?.title ?? "");

  try {
    return await db.prisma.$transaction(async (tx) => {
      const petition = await tx.petition.create({
        data: {
          campaignId: campaign.id,
          slug,
          status: DRAFT_STATE,
          goal: input.goal,
          deadline: input.deadline,
          locales: input.locales,
          translations: { create: drafts.map(({ locale, title, addressee, body }) => ({ locale, title, addressee, body })) },
          demands: { create: demands.map((d, i) => ({ demandId: d.id, position: i + 1 })) },
          targets: { create: targets.map((t) => ({ targetId: t.id })) },
        },
        select: { id: true, slug: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        actorEmail: actor.email,
        campaignId: campaign.id,
        action: "petition.created",
        subjectType: "Petition",
        subjectId: petition.id,
        details: { slug, demandIds: demands.map((d) => d.id), targetIds, locales: input.locales, goal: input.goal },
      });
      return petition;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new PetitionRuleError("slugTaken", "slug");
    }
    throw error;
  }
}

async function chooseSlug(db: Database, campaignId: string, wanted: string | null, title: string): Promise<string> {
  if (wanted) {
    const taken = await db.prisma.petition.findFirst({ where: { campaignId, slug: wanted }, select: { id: true } });
    if (taken) throw new PetitionRuleError("slugTaken", "slug");
    return wanted;
  }
  const base = slugFromTitle(title);
  const existing = await db.prisma.petition.findMany({
    where: { campaignId, slug: { startsWith: base } },
    select: { slug: true },
  });
  return firstFreeSlug(base, new Set(existing.map((p) => p.slug)));
}
