import type { Metadata } from "next";
import Link from "next/link";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { getDb } from "@/lib/db";
import { type SearchParams } from "@/lib/auth/search-params";
import { isFiltered, parseEventFilter } from "@/lib/events/event-filters";
import { listDaysOfAction } from "@/lib/events/days-of-action";
import { listEventCountries } from "@/lib/events/filtered-events";
import { eventsMapPath } from "@/lib/events/calendar-paths";
import { listPublicEvents } from "@/lib/events/public-events";
import { getLocaleAndT } from "@/lib/i18n/server";
import { EventGroups } from "@/components/events/event-groups";
import { AddToCalendar } from "@/components/events/add-to-calendar";
import { EventFilterForm } from "@/components/events/event-filter-form";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import styles from "@/components/campaigns/subpage.module.css";

// Rendered per request: the filters are in the query (a plain GET form), which a page served from the
// cache cannot read (docs/decisions/028-the-events-list-and-calendar-read-their-query.md).

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  return { title: t("actions.events.metaTitle", { title: campaign.title }), description: t("actions.events.intro") };
}

export default async function EventsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  const db = await getDb();
  const [countries, days] = await Promise.all([listEventCountries(db, campaign.id), listDaysOfAction(db, campaign.id)]);
  const { filter, problem } = parseEventFilter(await searchParams, countries);
  const { upcoming, past } = await listPublicEvents(db, campaign.id, new Date(), filter);
  const base = `/${locale}/campaigns/${campaign.slug}/events`;
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} title={t("actions.events.title")} intro={t("actions.events.intro")} />
      <p>
        <Link className="button button--action" href={`${base}/new`}>
          {t("eventForm.register")}
        </Link>
      </p>
      <p>
        <Link href={eventsMapPath(locale, campaign.slug)}>{t("eventMap.seeMap")}</Link>
      </p>
      <AddToCalendar locale={locale} campaignSlug={campaign.slug} t={t} />
      <p>
        <Link href={`${base}/calendar`}>{t("eventFilters.calendarLink")}</Link>
      </p>
      <EventFilterForm action={base} countries={countries} filter={filter} problem={problem} locale={locale} t={t} />
      {isFiltered(filter) ? (
        <p role="status">{t("eventFilters.showing", { count: upcoming.length + past.length })}</p>
      ) : null}
      <section aria-labelledby="upcoming-heading" className={styles.section}>
        <h2 id="upcoming-heading">{t("actions.events.upcomingTitle")}</h2>
        {upcoming.length === 0 ? <p className={styles.empty}>{t("actions.events.noneUpcoming")}</p> : null}
        <EventGroups events={upcoming} days={days} locale={locale} t={t} idPrefix="upcoming" campaignSlug={campaign.slug} />
      </section>
      <section aria-labelledby="past-heading" className={styles.section}>
        <h2 id="past-heading">{t("actions.events.pastTitle")}</h2>
        {past.length === 0 ? <p className={styles.empty}>{t("actions.events.nonePast")}</p> : null}
        <EventGroups events={past} days={days} locale={locale} t={t} idPrefix="past" campaignSlug={campaign.slug} />
      </section>
    </>
  );
}
