// What the campaign has done so far: solidarity events with their reports, and news posts.
import { pastEvents, upcomingEvent } from "./content/events";
import { news } from "./content/news";
import type { EventSeed } from "./content/types";
import { normaliseEmail } from "../signatures/normalise-email";
import { idOnly, type SeedWriter } from "./seed-writer";
import { requireId, type SeededCampaign } from "./write-campaign";

const DAY = 24 * 60 * 60 * 1000;

export async function writeEvents(w: SeedWriter, campaign: SeededCampaign): Promise<void> {
  for (const event of [...pastEvents, upcomingEvent(w.now)]) await writeEvent(w, campaign, event);
}

async function writeEvent(w: SeedWriter, campaign: SeededCampaign, event: EventSeed): Promise<void> {
  const { tx } = w;
  const { report, targetSlug, ...fields } = event;
  // A registered event is confirmed some days before it starts (or as soon as it is seeded, if later).
  const registeredAt = new Date(Math.min(event.startsAt.getTime() - 5 * DAY, w.now.getTime()));
  const { id: eventId } = await w.ensure(
    () => tx.event.findFirst({ where: { campaignId: campaign.id, kind: event.kind, title: event.title }, select: idOnly }),
    () =>
      tx.event.create({
        data: {
          ...fields,
          campaignId: campaign.id,
          targetId: targetSlug ? requireId(campaign.targetIds, targetSlug, "target") : null,
          emailNormalised: normaliseEmail(event.email),
          status: "PUBLISHED",
          confirmedAt: registeredAt,
          publishedAt: registeredAt,
          createdAt: registeredAt,
        },
        select: idOnly,
      }),
  );
  if (!report) return;
  await w.ensure(
    () => tx.eventReport.findFirst({ where: { eventId, authorName: report.authorName }, select: idOnly }),
    () =>
      tx.eventReport.create({
        data: { ...report, eventId, status: "APPROVED", createdAt: new Date(event.endsAt.getTime() + DAY) },
        select: idOnly,
      }),
  );
}

export async function writeNews(w: SeedWriter, campaign: SeededCampaign): Promise<void> {
  const { tx } = w;
  for (const post of news) {
    for (const [locale, text] of Object.entries(post.text)) {
      await w.ensure(
        () => tx.newsPost.findUnique({ where: { slug_locale: { slug: post.slug, locale } }, select: idOnly }),
        () =>
          tx.newsPost.create({
            data: {
              ...text,
              slug: post.slug,
              locale,
              kind: post.kind,
              status: "PUBLISHED",
              campaignId: campaign.id,
              publishedAt: post.publishedAt,
              // Written then, not now: the Atom feed's <updated> is a post's last edit (or its publication).
              createdAt: post.publishedAt,
              updatedAt: post.publishedAt,
            },
            select: idOnly,
          }),
      );
    }
  }
}
