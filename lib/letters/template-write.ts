import { Prisma } from "../generated/prisma/client";
import type { TemplateStatus } from "../generated/prisma/enums";
import { ActionRefusal } from "../organise/action-refusal";
import { PLACEHOLDERS, placeholderProblems } from "./placeholders";
import { campaignTextFor, draftLetterText } from "./template-draft";
import { splitOpeningVariants, splitSubjectVariants, type CreateTemplateInput, type SaveTemplateInput } from "./template-schema";
import { canMoveTemplate, DRAFT_TEMPLATE } from "./template-states";

// Writing a campaign's letter templates ("letters.write": owners, editors, admins). Each function runs in
// the caller's transaction beside its audit entry and touches only the campaign it is given. A refusal
// names its field and writes nothing.

type Tx = Prisma.TransactionClient;

async function offeredLocales(tx: Tx, campaignId: string): Promise<string[]> {
  return (await tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { locales: true } })).locales;
}

/** A new draft template in one language, its subject and body drafted from the campaign's demands. */
export async function createLetterTemplate(tx: Tx, campaignId: string, input: CreateTemplateInput): Promise<{ id: string; slug: string }> {
  if (!(await offeredLocales(tx, campaignId)).includes(input.templateLocale)) throw new ActionRefusal("letterTemplates.errors.localeNotOffered", "templateLocale");
  if (await tx.letterTemplate.findUnique({ where: { campaignId_slug: { campaignId, slug: input.slug } }, select: { id: true } })) throw new ActionRefusal("letterTemplates.errors.slugTaken", "slug");
  const campaign = await campaignTextFor(tx, campaignId, input.templateLocale);
  const text = draftLetterText(input.templateLocale, campaign.title, campaign.demands);
  try {
    return await tx.letterTemplate.create({
      data: {
        campaignId,
        slug: input.slug,
        kind: input.kind,
        status: DRAFT_TEMPLATE,
        translations: { create: { locale: input.templateLocale, title: input.title, subject: text.subject, body: text.body, subjectVariants: [], openingVariants: [] } },
      },
      select: { id: true, slug: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ActionRefusal("letterTemplates.errors.slugTaken", "slug");
    throw error;
  }
}

/** The first placeholder problem of a text, as a refusal at its field ("unknown placeholder x; known: …"). */
export function refuseBadPlaceholders(field: string, text: string): void {
  const problem = placeholderProblems(text)[0];
  if (!problem) return;
  if (problem.kind === "unknown") throw new ActionRefusal("letterTemplates.errors.unknownPlaceholder", field, { name: problem.name, known: PLACEHOLDERS.join(", ") });
  if (problem.kind === "expression") throw new ActionRefusal("letterTemplates.errors.expression", field, { text: problem.text });
  throw new ActionRefusal("letterTemplates.errors.unbalanced", field);
}

/** One language version written (or added), with the template's settings and its default targets. */
export async function saveLetterTemplate(tx: Tx, campaignId: string, input: SaveTemplateInput): Promise<{ id: string; created: boolean }> {
  if (!(await offeredLocales(tx, campaignId)).includes(input.templateLocale)) throw new ActionRefusal("letterTemplates.errors.localeNotOffered", "templateLocale");
  const template = await tx.letterTemplate.findUnique({ where: { campaignId_slug: { campaignId, slug: input.slug } }, select: { id: true } });
  if (!template) throw new ActionRefusal("letterTemplates.errors.templateGone", undefined, undefined, true);
  const subjectVariants = splitSubjectVariants(input.subjectVariants);
  const openingVariants = splitOpeningVariants(input.openingVariants);
  refuseBadPlaceholders("subject", input.subject);
  refuseBadPlaceholders("body", input.body);
  for (const v of subjectVariants) refuseBadPlaceholders("subjectVariants", v);
  for (const v of openingVariants) refuseBadPlaceholders("openingVariants", v);
  if (subjectVariants.some((v) => v.length > 300)) throw new ActionRefusal("letterTemplates.errors.subjectTooLong", "subjectVariants");
  const targetIds = [...new Set(input.targetIds)];
  const own = await tx.target.count({ where: { campaignId, id: { in: targetIds } } });
  if (own !== targetIds.length) throw new ActionRefusal("letterTemplates.errors.targetNotOwn", "targetIds");

  const text = { title: input.title, subject: input.subject, body: input.body, subjectVariants, openingVariants };
  const existing = await tx.letterTemplateTranslation.findUnique({ where: { templateId_locale: { templateId: template.id, locale: input.templateLocale } }, select: { id: true } });
  if (existing) await tx.letterTemplateTranslation.update({ where: { id: existing.id }, data: text });
  else await tx.letterTemplateTranslation.create({ data: { templateId: template.id, locale: input.templateLocale, ...text } });
  await tx.letterTemplate.update({ where: { id: template.id }, data: { editable: input.editable === "on", maxLength: input.maxLength } });
  await tx.letterTemplateTarget.deleteMany({ where: { templateId: template.id, targetId: { notIn: targetIds } } });
  if (targetIds.length) await tx.letterTemplateTarget.createMany({ data: targetIds.map((targetId) => ({ templateId: template.id, targetId })), skipDuplicates: true });
  return { id: template.id, created: !existing };
}

/** Publish, archive or return to draft; refused when it is already so. Publishing needs a text in some language. */
export async function setLetterTemplateStatus(tx: Tx, campaignId: string, slug: string, to: TemplateStatus): Promise<{ id: string }> {
  const template = await tx.letterTemplate.findUnique({ where: { campaignId_slug: { campaignId, slug } }, select: { id: true, status: true, translations: { select: { subject: true, body: true } } } });
  if (!template) throw new ActionRefusal("letterTemplates.errors.templateGone", undefined, undefined, true);
  if (!canMoveTemplate(template.status, to)) throw new ActionRefusal("letterTemplates.errors.alreadyThere");
  if (to === "PUBLISHED" && template.translations.some((tr) => placeholderProblems(tr.subject + "\n" + tr.body).length > 0)) throw new ActionRefusal("letterTemplates.errors.fixBeforePublishing");
  const { count } = await tx.letterTemplate.updateMany({ where: { id: template.id, status: template.status }, data: { status: to } });
  if (count === 0) throw new ActionRefusal("letterTemplates.errors.alreadyThere");
  return { id: template.id };
}

