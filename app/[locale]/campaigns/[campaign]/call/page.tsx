import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { countryName } from "@/lib/content/format";
import { langAttribute } from "@/lib/content/pick-translation";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { getCallSheet, type CallTarget } from "@/lib/targets/call-sheet";
import { readerCountry } from "@/lib/targets/nearest";
import { fillPlaceholders } from "@/lib/letters/placeholders";
import { readerValues } from "@/lib/letters/reader-values";
import { countsByTarget, emptyCounts } from "@/lib/calls/counts";
import { reportCallAction } from "@/lib/calls/actions";
import { CallCard } from "@/components/calls/call-card";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import styles from "@/components/campaigns/subpage.module.css";

// Rendered per request: the office status ("open now, closes in 2 hours") is computed at request time,
// the supporter's country comes from ?country= or the browser's language, and the counts are live.
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; campaign: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  return { title: t("actions.callPage.metaTitle", { title: campaign.title }), description: t("actions.callPage.intro") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

// With JavaScript only: the next opening also in the supporter's own zone. Without it the page is complete.
const LOCAL_TIME_SCRIPT = `document.querySelectorAll("[data-local-time]").forEach(function(e){var d=new Date(e.getAttribute("data-local-time"));e.textContent=" · "+e.getAttribute("data-label").replace("{time}",d.toLocaleString(document.documentElement.lang||undefined,{weekday:"long",hour:"2-digit",minute:"2-digit",timeZoneName:"short"}));e.hidden=false})`;

export default async function CallPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await loadCampaignHeader((await params).campaign, locale);
  const query = await searchParams;
  // The country as typed (a name in any language, or the code; see decision 026), else the browser's.
  const reader = readerCountry(one(query.country), (await headers()).get("accept-language"));
  const country = reader.country;
  const db = await getDb();
  const [sheet, counts] = await Promise.all([getCallSheet(db, campaign, locale, country), countsByTarget(db, campaign.id)]);
  const now = new Date();
  const scriptFor = (target: CallTarget) =>
    sheet.script
      ? {
          lang: langAttribute(sheet.script.locale, locale),
          text: fillPlaceholders(sheet.script.text, readerValues(t, locale, { campaignTitle: campaign.title, demands: sheet.demands, target, now })),
        }
      : null;
  const called = one(query.called);
  const errorTarget = one(query.target);
  const errorKind = one(query.callError);
  const noticeFor = (target: CallTarget) => {
    if (called === target.id) return { kind: "thanks" as const, text: t("calls.thanks") };
    if (errorTarget === target.id && errorKind) {
      const key = errorKind === "rate-limited" ? "calls.rateLimited" : errorKind === "unknown-target" ? "calls.unknownTarget" : "calls.badOutcome";
      return { kind: "error" as const, text: t(key) };
    }
    return null;
  };
  const action = reportCallAction;
  const routing = { campaign: campaign.slug, locale };
  // The filled-in script is shown for one office at a time (the nearest, or the one asked for with ?script=),
  // so the page stays light; every other office links to its own.
  const all = [...(sheet.nearest ? [sheet.nearest.target] : []), ...sheet.others];
  const askedScript = one(query.script);
  const scriptTarget = (askedScript ? all.find((target) => target.slug === askedScript)?.id : null) ?? sheet.nearest?.target.id ?? null;
  const scriptHref = (target: CallTarget) =>
    `?${new URLSearchParams({ ...(country ? { country } : {}), script: target.slug })}`;
  // Beside the nearest office: the offices everyone may phone (a ministry, a company) and the missions in the
  // supporter's own country; embassies elsewhere are in the directory, a link away (the page stays light).
  const isMission = (target: CallTarget) => target.kind === "EMBASSY" || target.kind === "CONSULATE";
  const others = sheet.others.filter((target) => !isMission(target) || target.country === country || target.id === scriptTarget);
  const elsewhere = sheet.others.length - others.length;
  const isCompact = (target: CallTarget) => target.id !== scriptTarget && target.id !== sheet.nearest?.target.id && target.id !== called && target.id !== errorTarget;
  const card = (target: CallTarget, reason?: string) => (
    <CallCard
      key={target.slug}
      target={target}
      locale={locale}
      t={t}
      now={now}
      script={target.id === scriptTarget ? scriptFor(target) : null}
      scriptHref={scriptHref(target)}
      routing={routing}
      counts={counts.get(target.id) ?? emptyCounts()}
      reason={reason}
      country={country}
      action={action}
      notice={noticeFor(target)}
      compact={isCompact(target)}
    />
  );
  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} title={t("actions.callPage.title")} intro={t("actions.callPage.intro")} />
      {all.length > 0 ? (
        <form method="get" className="inline-form no-print">
          <label htmlFor="call-country">{t("calls.countryLabel")}</label>
          <input id="call-country" name="country" defaultValue={country ? countryName(country, locale) : reader.typed} autoComplete="country-name" maxLength={80} />
          <button type="submit" className="button">{t("calls.countrySubmit")}</button>
          {reader.unknown ? <p className="notice" role="status">{t("calls.countryUnknown")}</p> : null}
        </form>
      ) : null}
      {all.length === 0 ? <p className={styles.empty}>{t("actions.callPage.none")}</p> : null}
      {sheet.nearest ? (
        <section aria-labelledby="nearest-heading" className={styles.section}>
          <h2 id="nearest-heading">{t("calls.nearestTitle")}</h2>
          {card(sheet.nearest.target, t(`calls.reason.${sheet.nearest.reason}`))}
        </section>
      ) : null}
      {others.length > 0 ? (
        <section aria-labelledby="numbers-heading" className={styles.section}>
          <h2 id="numbers-heading">{sheet.nearest ? t("calls.othersTitle") : t("actions.callPage.numbersTitle")}</h2>
          {others.filter((target) => !isCompact(target)).map((target) => card(target))}
          <ul>{others.filter(isCompact).map((target) => card(target))}</ul>
          {elsewhere > 0 ? (
            <p>
              <Link href={`/${locale}/campaigns/${campaign.slug}/targets`}>{t("calls.elsewhere", { count: elsewhere })}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      <script dangerouslySetInnerHTML={{ __html: LOCAL_TIME_SCRIPT }} />
    </>
  );
}
