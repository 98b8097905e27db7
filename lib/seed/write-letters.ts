// Published letter templates and the targets each one is addressed to.
import { letterTemplates } from "./content/letters";
import { idOnly, type SeedWriter } from "./seed-writer";
import { requireId, type SeededCampaign } from "./write-campaign";

export async function writeLetterTemplates(w: SeedWriter, campaign: SeededCampaign): Promise<void> {
  const { tx } = w;
  for (const [index, template] of letterTemplates.entries()) {
    const { id: templateId } = await w.ensure(
      () => tx.letterTemplate.findUnique({ where: { campaignId_slug: { campaignId: campaign.id, slug: template.slug } }, select: idOnly }),
      () =>
        tx.letterTemplate.create({
          data: {
            campaignId: campaign.id,
            slug: template.slug,
            kind: template.kind,
            status: "PUBLISHED",
            ...(template.editable ? { editable: true, maxLength: template.editable.maxLength } : {}),
            // Pages list templates oldest first: keep the content's order even within one transaction.
            createdAt: new Date(w.now.getTime() - (letterTemplates.length - index) * 1000),
          },
          select: idOnly,
        }),
    );
    for (const [locale, text] of Object.entries(template.text)) {
      await w.ensure(
        () => tx.letterTemplateTranslation.findUnique({ where: { templateId_locale: { templateId, locale } }, select: idOnly }),
        () => tx.letterTemplateTranslation.create({ data: { templateId, locale, ...text, subjectVariants: text.subjectVariants ?? [], openingVariants: text.openingVariants ?? [] }, select: idOnly }),
      );
    }
    for (const slug of template.targetSlugs) {
      const targetId = requireId(campaign.targetIds, slug, "target");
      await w.ensure(
        () => tx.letterTemplateTarget.findUnique({ where: { templateId_targetId: { templateId, targetId } }, select: { targetId: true } }),
        () => tx.letterTemplateTarget.create({ data: { templateId, targetId }, select: { targetId: true } }),
      );
    }
  }
}
