import type { Metadata } from "next";
import Link from "next/link";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { type SearchParams } from "@/lib/auth/search-params";
import { getDb } from "@/lib/db";
import { eventPagePath } from "@/lib/events/calendar-paths";
import { listDaysOfAction } from "@/lib/events/days-of-action";
import { listMonthEvents } from "@/lib/events/month-events";
import { monthGrid, monthName, parseMonth, shiftMonth, weekdayNames } from "@/lib/events/month-grid";
import { getLocaleAndT } from "@/lib/i18n/server";
import { MonthCalendar } from "@/components/events/month-calendar";
import { SubpageHeader } from "@/components/campaigns/subpage-header";

// Rendered per request: the month is in the query (docs/decisions/028-the-events-list-and-calendar-read-their-query.md).

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  return { title: t("eventCalendar.metaTitle", { title: campaign.title }), description: t("eventCalendar.intro") };
}

export default async function EventCalendarPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  const { month, bad } = parseMonth((await searchParams).month, new Date());
  const db = await getDb();
  const [events, days] = await Promise.all([
    listMonthEvents(db, campaign.id, month),
    listDaysOfAction(db, campaign.id, { from: `${month}-01`, to: `${month}-31` }),
  ]);
  const base = `/${locale}/campaigns/${campaign.slug}/events`;
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} title={t("eventCalendar.title")} intro={t("eventCalendar.intro")} />
      <p>
        <Link href={base}>{t("eventCalendar.listLink")}</Link>
      </p>
      {bad ? (
        <p className="notice notice--error" role="alert">
          {t("eventCalendar.badMonth")}
        </p>
      ) : null}
      <MonthCalendar
        month={month}
        monthLabel={monthName(month, locale)}
        weeks={monthGrid(month, events, days)}
        weekdays={weekdayNames(locale)}
        previous={{ href: `${base}/calendar?month=${previous}`, label: t("eventCalendar.previous", { month: monthName(previous, locale) }) }}
        next={{ href: `${base}/calendar?month=${next}`, label: t("eventCalendar.next", { month: monthName(next, locale) }) }}
        eventHref={(id) => eventPagePath(locale, campaign.slug, id)}
        locale={locale}
        t={t}
      />
    </>
  );
}
