import type { CurrentUser } from "../auth/session";
import { campaignWhereCan } from "../auth/capabilities";
import type { Database } from "../db/client";
import type { LetterKind, TemplateStatus } from "../generated/prisma/enums";

// The console's view of a campaign's letter templates, for members who may read the campaign
// ("campaign.read" in the where), and the campaign's own directory for the default targets.

export type ConsoleTemplateText = { locale: string; title: string; subject: string; body: string; subjectVariants: string[]; openingVariants: string[] };
export type ConsoleTemplate = { id: string; slug: string; kind: LetterKind; status: TemplateStatus; editable: boolean; maxLength: number; texts: ConsoleTemplateText[]; targetIds: string[] };

export async function listCampaignTemplates(db: Database, user: CurrentUser, campaignId: string) {
  const campaign = await db.prisma.campaign.findFirst({
    where: { AND: [{ id: campaignId }, campaignWhereCan(user, "campaign.read")] },
    select: {
      locales: true,
      defaultLocale: true,
      templates: {
        orderBy: [{ createdAt: "asc" }, { slug: "asc" }],
        take: 500,
        select: {
          id: true,
          slug: true,
          kind: true,
          status: true,
          editable: true,
          maxLength: true,
          translations: { orderBy: { locale: "asc" }, select: { locale: true, title: true, subject: true, body: true, subjectVariants: true, openingVariants: true } },
          targets: { select: { targetId: true } },
        },
      },
      targets: { orderBy: [{ country: "asc" }, { name: "asc" }], take: 2_000, select: { id: true, name: true, city: true, country: true } },
    },
  });
  if (!campaign) return null;
  const templates: ConsoleTemplate[] = campaign.templates.map(({ translations, targets, ...t }) => ({ ...t, texts: translations, targetIds: targets.map((x) => x.targetId) }));
  return { templates, locales: campaign.locales, defaultLocale: campaign.defaultLocale, targets: campaign.targets };
}

export async function getCampaignTemplate(db: Database, user: CurrentUser, campaignId: string, slug: string) {
  const list = await listCampaignTemplates(db, user, campaignId);
  const template = list?.templates.find((t) => t.slug === slug);
  return list && template ? { ...list, template } : null;
}
