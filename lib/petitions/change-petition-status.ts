import type { Database } from "../db/client";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { PetitionRuleError } from "./organiser-errors";
import { CLOSED_STATE, DRAFT_STATE, OPEN_STATE, canTransition, isPastDeadline } from "./states";

// Opening and closing a petition. Each is one conditional update (WHERE status = the state we left),
// so two organisers pressing the button at once change it once, and the audit row says who did.

export async function openPetition(db: Database, actor: CurrentUser, petitionId: string, now = new Date()): Promise<void> {
  const petition = await findOrganisedPetition(db, actor, petitionId);
  if (!canTransition(petition.status, OPEN_STATE)) throw new PetitionRuleError("cannotOpen");
  const complete = petition.locales.every((locale) => {
    const text = petition.translations.find((t) => t.locale === locale);
    return text && text.title.trim() && text.addressee.trim() && text.body.trim();
  });
  if (petition.locales.length === 0 || !complete) throw new PetitionRuleError("textMissing");
  if (isPastDeadline(petition, now)) throw new PetitionRuleError("deadlinePast", "deadline");

  await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.petition.updateMany({
      where: { id: petition.id, status: DRAFT_STATE },
      data: { status: OPEN_STATE, openedAt: now },
    });
    if (count !== 1) throw new PetitionRuleError("cannotOpen");
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      campaignId: petition.campaignId,
      action: "petition.opened",
      subjectType: "Petition",
      subjectId: petition.id,
      details: { from: DRAFT_STATE, to: OPEN_STATE },
    });
  });
}

export async function closePetition(db: Database, actor: CurrentUser, petitionId: string, now = new Date()): Promise<void> {
  const petition = await findOrganisedPetition(db, actor, petitionId);
  if (!canTransition(petition.status, CLOSED_STATE)) throw new PetitionRuleError("cannotClose");

  await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.petition.updateMany({
      where: { id: petition.id, status: OPEN_STATE },
      data: { status: CLOSED_STATE, closedAt: now },
    });
    if (count !== 1) throw new PetitionRuleError("cannotClose");
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      campaignId: petition.campaignId,
      action: "petition.closed",
      subjectType: "Petition",
      subjectId: petition.id,
      details: { from: OPEN_STATE, to: CLOSED_STATE, signatureCount: petition.signatureCount },
    });
  });
}

async function findOrganisedPetition(db: Database, actor: CurrentUser, petitionId: string) {
  const petition = await db.prisma.petition.findFirst({
    where: { id: petitionId, campaign: campaignWhereCan(actor, "petitions.manage") },
    select: {
      id: true,
      campaignId: true,
      status: true,
      deadline: true,
      locales: true,
      signatureCount: true,
      translations: { select: { locale: true, title: true, addressee: true, body: true } },
    },
  });
  if (!petition) throw new PetitionRuleError("notFound");
  return petition;
}
