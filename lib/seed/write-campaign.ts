// The campaign itself: appeal translations, ordered demands, and the targets it addresses.
import { campaign, campaignText, demands } from "./content/campaign";
import { FALLBACK_TARGET_SLUG, targets } from "./content/targets";
import { idOnly, type SeedWriter } from "./seed-writer";

export type SeededCampaign = {
  id: string;
  /** Demand id by its position in the appeal (1-based). */
  demandIds: Map<number, string>;
  /** Target id by slug. */
  targetIds: Map<string, string>;
};

export async function writeCampaign(w: SeedWriter): Promise<SeededCampaign> {
  const { tx } = w;
  const { id } = await w.ensure(
    () => tx.campaign.findUnique({ where: { slug: campaign.slug }, select: idOnly }),
    () =>
      tx.campaign.create({
        data: { ...campaign, locales: [...campaign.locales], copyToEmails: [...campaign.copyToEmails] },
        select: idOnly,
      }),
  );

  for (const [locale, text] of Object.entries(campaignText)) {
    await w.ensure(
      () => tx.campaignTranslation.findUnique({ where: { campaignId_locale: { campaignId: id, locale } }, select: idOnly }),
      () => tx.campaignTranslation.create({ data: { campaignId: id, locale, ...text }, select: idOnly }),
    );
  }

  const demandIds = new Map<number, string>();
  for (const [index, texts] of demands.entries()) {
    const position = index + 1;
    const demand = await w.ensure(
      () => tx.demand.findUnique({ where: { campaignId_position: { campaignId: id, position } }, select: idOnly }),
      () => tx.demand.create({ data: { campaignId: id, position }, select: idOnly }),
    );
    demandIds.set(position, demand.id);
    for (const [locale, text] of Object.entries(texts)) {
      await w.ensure(
        () => tx.demandTranslation.findUnique({ where: { demandId_locale: { demandId: demand.id, locale } }, select: idOnly }),
        () => tx.demandTranslation.create({ data: { demandId: demand.id, locale, text }, select: idOnly }),
      );
    }
  }

  const targetIds = new Map<string, string>();
  for (const target of targets) {
    const row = await w.ensure(
      () => tx.target.findUnique({ where: { campaignId_slug: { campaignId: id, slug: target.slug } }, select: idOnly }),
      () => tx.target.create({ data: { ...target, campaignId: id }, select: idOnly }),
    );
    targetIds.set(target.slug, row.id);
  }
  const fallback = targetIds.get(FALLBACK_TARGET_SLUG);
  if (fallback) {
    await w.ensure(
      () => tx.campaign.findFirst({ where: { id, fallbackTargetId: { not: null } }, select: idOnly }),
      () => tx.campaign.update({ where: { id }, data: { fallbackTargetId: fallback }, select: idOnly }),
    );
  }

  return { id, demandIds, targetIds };
}

/** The id of a seeded row, or a clear error naming what the content refers to but does not define. */
export function requireId<K extends string | number>(ids: Map<K, string>, key: K, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo content refers to ${what} "${key}", which it does not define`);
  return id;
}
