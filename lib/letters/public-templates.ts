import type { Database } from "../db/client";
import { CampaignStatus, TemplateStatus, type LetterKind, type TargetKind } from "../generated/prisma/enums";
import { numberedDemands } from "./placeholders";
import { pickTranslation } from "../content/pick-translation";

// The campaign's published letter templates: a light list (title and one line each) for the letters page,
// and one template with its targets for the composer's page. Protest letters first, then solidarity, then
// letters to the press.

export type TemplateSummary = { slug: string; kind: LetterKind; title: string; oneLine: string };

const KIND_ORDER: Record<LetterKind, number> = { PROTEST: 0, SOLIDARITY: 1, PRESS: 2 };

/** The first line of the body with text in it, cut to about 140 characters, placeholders left out. */
function oneLineOf(body: string): string {
  const line = body.split("\n").map((l) => l.replace(/\{\{[^}]*\}\}/g, "").replace(/\s+/g, " ").trim()).find((l) => l.length > 20) ?? "";
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}

export async function listTemplateSummaries(db: Database, campaign: { id: string; defaultLocale: string }, locale: string): Promise<TemplateSummary[]> {
  const rows = await db.prisma.letterTemplate.findMany({
    where: { campaignId: campaign.id, status: TemplateStatus.PUBLISHED },
    orderBy: { createdAt: "asc" },
    select: { slug: true, kind: true, translations: { select: { locale: true, title: true, body: true } } },
  });
  return rows
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
    .flatMap((row) => {
      const text = pickTranslation(row.translations, locale, campaign.defaultLocale);
      return text ? [{ slug: row.slug, kind: row.kind, title: text.title, oneLine: oneLineOf(text.body) }] : [];
    });
}

export type ComposerTarget = { id: string; slug: string; kind: TargetKind; name: string; represents: string | null; country: string; city: string | null; accreditedTo: string[] };

export type ComposerTemplate = {
  slug: string;
  kind: LetterKind;
  title: string;
  subject: string;
  body: string;
  editable: boolean;
  maxLength: number;
  campaign: { id: string; slug: string; country: string | null; fallbackTargetId: string | null };
  targets: ComposerTarget[];
  /** The campaign's title and demands in the reader's language, for the letter's preview. */
  campaignTitle: string;
  demands: string;
};

/** One published template of a live campaign, with its targets, for the composer. */
export async function loadComposerTemplate(db: Database, campaignSlug: string, templateSlug: string, locale: string): Promise<ComposerTemplate | null> {
  const row = await db.prisma.letterTemplate.findFirst({
    where: { slug: templateSlug, status: TemplateStatus.PUBLISHED, campaign: { slug: campaignSlug, status: CampaignStatus.LIVE } },
    select: {
      slug: true, kind: true, editable: true, maxLength: true,
      translations: { select: { locale: true, title: true, subject: true, body: true } },
      campaign: {
        select: {
          id: true, slug: true, country: true, fallbackTargetId: true, defaultLocale: true,
          translations: { select: { locale: true, title: true } },
          demands: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { translations: { select: { locale: true, text: true } } } },
        },
      },
      targets: { select: { target: { select: { id: true, slug: true, kind: true, name: true, represents: true, country: true, city: true, accreditedTo: true } } } },
    },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale, row.campaign.defaultLocale);
  if (!text) return null;
  const targets = row.targets.map((t) => t.target).sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
  const { defaultLocale, translations, demands, ...campaign } = row.campaign;
  const campaignTitle = pickTranslation(translations, locale, defaultLocale)?.title ?? campaign.slug;
  return {
    slug: row.slug, kind: row.kind, editable: row.editable, maxLength: row.maxLength, title: text.title, subject: text.subject, body: text.body, campaign, targets,
    campaignTitle, demands: numberedDemands(demands, locale, defaultLocale),
  };
}
