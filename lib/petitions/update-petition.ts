import type { Database } from "../db/client";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { draftPetition } from "./draft";
import { PetitionRuleError } from "./organiser-errors";
import type { UpdatePetitionInput } from "./organiser-schemas";
import { DRAFT_STATE, OPEN_STATE } from "./states";

// Editing a petition. While it is a draft, everything may change: texts per language, languages,
// goal, deadline (a language added gets a fresh draft from the petition's demands and targets).
// Once opened, people have signed its words: only the goal and the deadline may change; once closed,
// nothing does.

export async function updatePetition(
  db: Database,
  actor: CurrentUser,
  petitionId: string,
  input: UpdatePetitionInput,
  now = new Date(),
): Promise<void> {
  const petition = await db.prisma.petition.findFirst({
    where: { id: petitionId, campaign: campaignWhereCan(actor, "petitions.manage") },
    select: {
      id: true,
      campaignId: true,
      status: true,
      goal: true,
      deadline: true,
      locales: true,
      translations: { select: { locale: true, title: true, addressee: true, body: true } },
      demands: { orderBy: { position: "asc" }, select: { demand: { select: { translations: { select: { locale: true, text: true } } } } } },
      targets: { select: { target: { select: { name: true } } } },
      campaign: { select: { defaultLocale: true, translations: { select: { locale: true, title: true } } } },
    },
  });
  if (!petition) throw new PetitionRuleError("notFound");

  if (petition.status !== DRAFT_STATE && petition.status !== OPEN_STATE) throw new PetitionRuleError("closedLocked");
  const isDraft = petition.status === DRAFT_STATE;
  const sendsText = Boolean(input.title || input.addressee || input.body);
  if (!isDraft && sendsText) throw new PetitionRuleError("textLocked");
  const localesChange = input.locales !== undefined && !sameSet(input.locales, petition.locales);
  if (!isDraft && localesChange) throw new PetitionRuleError("localesLocked", "locales");

  const deadlineChanged = (input.deadline?.getTime() ?? null) !== (petition.deadline?.getTime() ?? null);
  if (deadlineChanged && input.deadline && input.deadline.getTime() < now.getTime()) {
    throw new PetitionRuleError("deadlinePast", "deadline");
  }

  const nextLocales = isDraft && input.locales ? input.locales : petition.locales;
  const texts = isDraft ? mergeTexts(petition, nextLocales, input) : null;

  await db.prisma.$transaction(async (tx) => {
    await tx.petition.update({
      where: { id: petition.id },
      data: { goal: input.goal, deadline: input.deadline, locales: nextLocales },
    });
    if (texts) {
      await tx.petitionTranslation.deleteMany({ where: { petitionId: petition.id, locale: { notIn: nextLocales } } });
      for (const text of texts) {
        await tx.petitionTranslation.upsert({
          where: { petitionId_locale: { petitionId: petition.id, locale: text.locale } },
          create: { petitionId: petition.id, ...text },
          update: { title: text.title, addressee: text.addressee, body: text.body },
        });
      }
    }
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      campaignId: petition.campaignId,
      action: "petition.updated",
      subjectType: "Petition",
      subjectId: petition.id,
      details: {
        goal: input.goal,
        deadline: input.deadline?.toISOString() ?? null,
        locales: nextLocales,
        textsChanged: texts ? texts.filter((t) => changed(petition.translations, t)).map((t) => t.locale) : [],
      },
    });
  });
}

type Text = { locale: string; title: string; addressee: string; body: string };

type Stored = {
  translations: Text[];
  demands: { demand: { translations: { locale: string; text: string }[] } }[];
  targets: { target: { name: string } }[];
  campaign: { defaultLocale: string; translations: { locale: string; title: string }[] };
};

/** Each language's text: what the form sent, else what is stored, else a fresh draft. */
function mergeTexts(petition: Stored, nextLocales: string[], input: UpdatePetitionInput): Text[] {
  const missing = nextLocales.filter((l) => !petition.translations.some((t) => t.locale === l));
  const drafts = draftPetition({
    locales: missing,
    fallbackLocale: petition.campaign.defaultLocale,
    demands: petition.demands.map((d) => ({ texts: Object.fromEntries(d.demand.translations.map((t) => [t.locale, t.text])) })),
    targets: petition.targets.map((t) => t.target),
    campaignTitles: Object.fromEntries(petition.campaign.translations.map((t) => [t.locale, t.title])),
  });
  return nextLocales.map((locale) => {
    const base = petition.translations.find((t) => t.locale === locale) ?? drafts.find((d) => d.locale === locale)!;
    const key = locale as keyof NonNullable<UpdatePetitionInput["title"]>;
    return {
      locale,
      title: input.title?.[key] ?? base.title,
      addressee: input.addressee?.[key] ?? base.addressee,
      body: input.body?.[key] ?? base.body,
    };
  });
}

function changed(stored: Text[], next: Text): boolean {
  const old = stored.find((t) => t.locale === next.locale);
  return !old || old.title !== next.title || old.addressee !== next.addressee || old.body !== next.body;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
