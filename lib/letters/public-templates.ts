import type { Database } from "../db/client";
import { TemplateStatus, type LetterKind } from "../generated/prisma/enums";
import { pickTranslation } from "../content/pick-translation";
import { publicTargetSelect, type PublicTarget } from "../targets/public-target";

// The campaign's published letter templates, to read, copy and send by hand (until the letter composer
// sends them through Placard). Protest letters first, then solidarity, then letters to the press.

export type ReadableTemplate = {
  slug: string;
  kind: LetterKind;
  locale: string;
  isFallback: boolean;
  title: string;
  subject: string;
  body: string;
  targets: PublicTarget[];
};

const KIND_ORDER: Record<LetterKind, number> = { PROTEST: 0, SOLIDARITY: 1, PRESS: 2 };

export async function listReadableTemplates(
  db: Database,
  campaign: { id: string; defaultLocale: string },
  locale: string,
): Promise<ReadableTemplate[]> {
  const rows = await db.prisma.letterTemplate.findMany({
    where: { campaignId: campaign.id, status: TemplateStatus.PUBLISHED },
    orderBy: { createdAt: "asc" },
    select: {
      slug: true,
      kind: true,
      translations: { select: { locale: true, title: true, subject: true, body: true } },
      targets: { select: { target: { select: publicTargetSelect } } },
    },
  });
  return rows
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
    .flatMap((row) => {
      const text = pickTranslation(row.translations, locale, campaign.defaultLocale);
      if (!text) return [];
      const targets = row.targets.map((t) => t.target).sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
      return [{ slug: row.slug, kind: row.kind, locale: text.locale, isFallback: text.isFallback, title: text.title, subject: text.subject, body: text.body, targets }];
    });
}
