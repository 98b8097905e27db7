import type { Metadata } from "next";
import Link from "next/link";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { getDb } from "@/lib/db";
import { eventPagePath, eventsMapPath } from "@/lib/events/calendar-paths";
import { listPublicEvents } from "@/lib/events/public-events";
import { getLocaleAndT } from "@/lib/i18n/server";
import { EventItem } from "@/components/campaigns/event-item";
import { AddToCalendar } from "@/components/events/add-to-calendar";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import styles from "@/components/campaigns/subpage.module.css";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 60 s (docs/decisions/010-public-pages-from-the-cache.md).
export const revalidate = 60;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  return { title: t("actions.events.metaTitle", { title: campaign.title }), description: t("actions.events.intro") };
}

export default async function EventsPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  const { upcoming, past } = await listPublicEvents(await getDb(), campaign.id);
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} title={t("actions.events.title")} intro={t("actions.events.intro")} />
      <p>
        <Link className="button button--action" href={`/${locale}/campaigns/${campaign.slug}/events/new`}>
          {t("eventForm.register")}
        </Link>
      </p>
      <p>
        <Link href={eventsMapPath(locale, campaign.slug)}>{t("eventMap.seeMap")}</Link>
      </p>
      <AddToCalendar locale={locale} campaignSlug={campaign.slug} t={t} />
      <section aria-labelledby="upcoming-heading" className={styles.section}>
        <h2 id="upcoming-heading">{t("actions.events.upcomingTitle")}</h2>
        {upcoming.length === 0 ? <p className={styles.empty}>{t("actions.events.noneUpcoming")}</p> : null}
        {upcoming.map((event) => (
          <EventItem key={event.id} event={event} locale={locale} t={t} href={eventPagePath(locale, campaign.slug, event.id)} />
        ))}
      </section>
      <section aria-labelledby="past-heading" className={styles.section}>
        <h2 id="past-heading">{t("actions.events.pastTitle")}</h2>
        {past.length === 0 ? <p className={styles.empty}>{t("actions.events.nonePast")}</p> : null}
        {past.map((event) => (
          <EventItem key={event.id} event={event} locale={locale} t={t} href={eventPagePath(locale, campaign.slug, event.id)} />
        ))}
      </section>
    </>
  );
}
