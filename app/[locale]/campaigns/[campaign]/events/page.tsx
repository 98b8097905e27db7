import type { Metadata } from "next";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { getDb } from "@/lib/db";
import { listPublicEvents } from "@/lib/events/public-events";
import { getLocaleAndT } from "@/lib/i18n/server";
import { EventItem } from "@/components/campaigns/event-item";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import styles from "@/components/campaigns/subpage.module.css";

// Served from the cache and rebuilt in the background at most every 60 s (ISR): pages stay fast under load.
export const revalidate = 60;
// Request-bound APIs read nothing here (the shared not-found boundary reads headers; under force-static it gets none).
export const dynamic = "force-static";
/** No page is built ahead (that would need the database at build time): each is built on first request. */
export function generateStaticParams() {
  return [];
}

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
      <SubpageHeader campaign={campaign} locale={locale} t={t} title={t("actions.events.title")} intro={t("actions.events.intro")} />
      <section aria-labelledby="upcoming-heading" className={styles.section}>
        <h2 id="upcoming-heading">{t("actions.events.upcomingTitle")}</h2>
        {upcoming.length === 0 ? <p className={styles.empty}>{t("actions.events.noneUpcoming")}</p> : null}
        {upcoming.map((event) => (
          <EventItem key={event.id} event={event} locale={locale} t={t} />
        ))}
      </section>
      <section aria-labelledby="past-heading" className={styles.section}>
        <h2 id="past-heading">{t("actions.events.pastTitle")}</h2>
        {past.length === 0 ? <p className={styles.empty}>{t("actions.events.nonePast")}</p> : null}
        {past.map((event) => (
          <EventItem key={event.id} event={event} locale={locale} t={t} />
        ))}
      </section>
    </>
  );
}
