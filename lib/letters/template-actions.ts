"use server";

import { organiserAction } from "../organise/organiser-action";
import { TemplateStatus } from "../generated/prisma/enums";
import { createTemplateSchema, saveTemplateSchema, templateStatusSchema } from "./template-schema";
import { createLetterTemplate, saveLetterTemplate, setLetterTemplateStatus } from "./template-write";

// The console's letter template forms ("letters.write"): a new template drafted from the demands, a
// language version saved (placeholders checked), and publish / archive / back to draft. The public
// letters page changes with each of them.

const templatePath = (ctx: { locale: string; campaign: { slug: string } }, slug: string) => `/${ctx.locale}/organise/campaigns/${ctx.campaign.slug}/letters/${slug}`;

export const createLetterTemplateAction = organiserAction({
  capability: "letters.write",
  schema: createTemplateSchema,
  public: true,
  async run(ctx, input) {
    const created = await ctx.db.prisma.$transaction(async (tx) => {
      const template = await createLetterTemplate(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "letterTemplate.created", subjectType: "LetterTemplate", subjectId: template.id, details: { slug: template.slug, locale: input.templateLocale, kind: input.kind } });
      return template;
    });
    return { redirect: `${templatePath(ctx, created.slug)}?lang=${input.templateLocale}&done=created` };
  },
});

export const saveLetterTemplateAction = organiserAction({
  capability: "letters.write",
  schema: saveTemplateSchema,
  lists: ["targetIds"],
  multiline: ["body", "subjectVariants", "openingVariants"],
  public: true,
  async run(ctx, input) {
    await ctx.db.prisma.$transaction(async (tx) => {
      const saved = await saveLetterTemplate(tx, ctx.campaign.id, input);
      await ctx.audit(tx, { action: "letterTemplate.saved", subjectType: "LetterTemplate", subjectId: saved.id, details: { slug: input.slug, locale: input.templateLocale, added: saved.created } });
    });
    return { redirect: `${templatePath(ctx, input.slug)}?lang=${input.templateLocale}&done=saved` };
  },
});

function moving(to: TemplateStatus) {
  return organiserAction({
    capability: "letters.write",
    schema: templateStatusSchema,
    public: true,
    async run(ctx, input) {
      await ctx.db.prisma.$transaction(async (tx) => {
        const moved = await setLetterTemplateStatus(tx, ctx.campaign.id, input.slug, to);
        await ctx.audit(tx, { action: `letterTemplate.${to.toLowerCase()}`, subjectType: "LetterTemplate", subjectId: moved.id, details: { slug: input.slug } });
      });
      return { redirect: `${templatePath(ctx, input.slug)}?done=${to.toLowerCase()}` };
    },
  });
}

export const publishLetterTemplateAction = moving(TemplateStatus.PUBLISHED);
export const archiveLetterTemplateAction = moving(TemplateStatus.ARCHIVED);
export const draftLetterTemplateAction = moving(TemplateStatus.DRAFT);
