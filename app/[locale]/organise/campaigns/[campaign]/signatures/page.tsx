import type { Metadata } from "next";
import { AllowlistSection } from "@/components/moderation/allowlist-section";
import { BulkConfirmForm } from "@/components/moderation/bulk-confirm-form";
import { FilterForm } from "@/components/moderation/filter-form";
import { SignatureTable } from "@/components/moderation/signature-table";
import styles from "@/components/moderation/moderation.module.css";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import { formatMoment } from "@/components/organise-petitions/format";
import { requireCampaign } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { SignatureStatus } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/i18n/countries";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { listAllowlistedAddresses } from "@/lib/signatures/allowlist";
import { FILTER_FIELDS, filterToParams, isNarrowEnough, moderationFilterSchema, type ModerationFilter } from "@/lib/signatures/moderation-filter";
import { countForBulkAction, getModerationChoices, listSignaturesForModeration } from "@/lib/signatures/moderation-queries";

type Params = Promise<{ locale: string; campaign: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("moderation.title") };
}

export default async function ModerateSignaturesPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "moderation.decide", locale);
  const search = await searchParams;
  const one = (name: string) => (typeof search[name] === "string" ? (search[name] as string) : "");

  const raw = Object.fromEntries(FILTER_FIELDS.map((name) => [name, one(name)]));
  const parsed = moderationFilterSchema.safeParse(raw);
  const filter: ModerationFilter = parsed.success ? parsed.data : {};
  const filterErrors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "form");
      filterErrors[name] ??= issue.message.startsWith("moderation.") ? t(issue.message as MessageKey) : t("moderation.errors.filterInvalid");
    }
  }
  const page = Math.max(1, Number.parseInt(one("page"), 10) || 1);
  const confirm = one("confirm");

  const db = await getDb();
  const base = `/${locale}/organise/campaigns/${campaign.slug}/signatures`;
  const filterParams = filterToParams(filter);
  const href = (extra: Record<string, string> = {}) => `${base}?${new URLSearchParams({ ...filterParams, ...extra })}`;
  const context = { locale, campaignId: campaign.id };

  const [choices, list, allowlist] = await Promise.all([
    getModerationChoices(db, user, campaign.id, locale),
    parsed.success ? listSignaturesForModeration(db, user, campaign.id, filter, page, locale) : null,
    listAllowlistedAddresses(db),
  ]);
  const bulkKind = confirm === "invalidate" || confirm === "clear" ? confirm : null;
  const bulkCount = parsed.success && bulkKind && isNarrowEnough(filter) ? await countForBulkAction(db, user, campaign.id, filter, bulkKind) : null;

  const petitionTitle = (id: string) => choices.petitions.find((p) => p.id === id)?.title ?? id;
  const describeFilter = () =>
    FILTER_FIELDS.flatMap((key) => {
      const value = filterParams[key];
      if (!value) return [];
      if (key === "suspect") return [t("moderation.filterPart.suspect")];
      const shown = key === "petition" ? petitionTitle(value) : key === "status" ? t(`moderation.statusName.${value as SignatureStatus}`) : key === "country" ? countryName(value, locale) : value;
      return [t(`moderation.filterPart.${key}`, { value: shown })];
    }).join("; ");

  const done = one("done");
  const n = Number.parseInt(one("n"), 10) || 0;
  const notice =
    done === "invalidated" ? t("moderation.invalidated", { count: n }) : done === "cleared" ? t("moderation.cleared", { count: n }) : done === "removed" ? t("moderation.allowlist.removed") : null;

  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      <h1>{t("moderation.title")}</h1>
      <p className="prose">{t("moderation.intro")}</p>
      <div aria-live="polite">{notice ? <p className="notice notice--ok">{notice}</p> : null}</div>

      <FilterForm
        action={base}
        values={Object.fromEntries(FILTER_FIELDS.map((name) => [name, filterParams[name] ?? one(name)]))}
        errors={filterErrors}
        petitions={choices.petitions}
        statuses={Object.values(SignatureStatus).map((s) => ({ value: s, label: t(`moderation.statusName.${s}`) }))}
        countries={choices.countries.map((code) => ({ code, name: countryName(code, locale) }))}
        labels={{
          heading: t("moderation.filtersHeading"),
          petition: t("moderation.petition"),
          allPetitions: t("moderation.allPetitions"),
          status: t("moderation.status"),
          anyStatus: t("moderation.anyStatus"),
          suspectOnly: t("moderation.suspectOnly"),
          domain: t("moderation.emailDomain"),
          domainHint: t("moderation.emailDomainHint"),
          ip: t("moderation.ip"),
          from: t("moderation.from"),
          until: t("moderation.until"),
          timeHint: t("moderation.timeHint"),
          country: t("moderation.country"),
          anyCountry: t("moderation.anyCountry"),
          show: t("moderation.show"),
          clear: t("moderation.clear"),
        }}
      />

      {bulkKind && bulkCount !== null ? (
        <section className={styles.confirm} id="confirm" aria-labelledby="confirm-heading">
          {bulkCount === 0 ? (
            <p id="confirm-heading">
              {t("moderation.errors.nothingMatches")} <a href={href()}>{t("moderation.cancel")}</a>
            </p>
          ) : (
            <>
              <h2 id="confirm-heading">
                {bulkKind === "invalidate"
                  ? t("moderation.confirmInvalidateHeading", { count: bulkCount })
                  : t("moderation.confirmClearHeading", { count: bulkCount })}
              </h2>
              <p>{t("moderation.confirmFilter", { filter: describeFilter() })}</p>
              <p>{t(bulkKind === "invalidate" ? "moderation.confirmInvalidateBody" : "moderation.confirmClearBody")}</p>
              <BulkConfirmForm
                context={{ ...context, ...filterParams }}
                kind={bulkKind}
                expectedCount={bulkCount}
                cancelHref={href()}
                labels={{
                  reason: t("moderation.reason"),
                  reasonHint: t("moderation.reasonHint"),
                  submit:
                    bulkKind === "invalidate"
                      ? t("moderation.confirmInvalidate", { count: bulkCount })
                      : t("moderation.confirmClear", { count: bulkCount }),
                  cancel: t("moderation.cancel"),
                }}
              />
            </>
          )}
        </section>
      ) : null}

      {list ? (
        <>
          <p role="status">{t("moderation.matching", { count: list.total })}</p>
          {list.showsEmails ? null : <p className="muted">{t("moderation.emailHidden")}</p>}
          {list.rows.length > 0 ? (
            <SignatureTable
              rows={list.rows}
              context={{ ...context, ...filterParams, page: String(list.page) }}
              labels={{
                caption: t("moderation.title"),
                when: t("moderation.columnWhen"),
                supporter: t("moderation.columnSupporter"),
                ip: t("moderation.columnIp"),
                petition: t("moderation.columnPetition"),
                status: t("moderation.columnStatus"),
                suspect: t("moderation.suspectYes"),
                unknownIp: t("moderation.unknownIp"),
                markNotSuspect: t("moderation.markNotSuspect"),
                statusName: Object.fromEntries(Object.values(SignatureStatus).map((s) => [s, t(`moderation.statusName.${s}`)])),
                countryName: (code) => countryName(code, locale),
                moment: (date) => formatMoment(locale, date),
                markNotSuspectLabel: (name) => t("moderation.markNotSuspectLabel", { name }),
              }}
            />
          ) : null}
          {list.pages > 1 ? (
            <nav aria-label={t("moderation.pagination")}>
              <ul className={styles.pagination}>
                <li>{list.page > 1 ? <a href={href({ page: String(list.page - 1) })}>{t("moderation.previous")}</a> : null}</li>
                <li aria-current="page">{t("moderation.pageOf", { page: list.page, pages: list.pages })}</li>
                <li>{list.page < list.pages ? <a href={href({ page: String(list.page + 1) })}>{t("moderation.next")}</a> : null}</li>
              </ul>
            </nav>
          ) : null}

          <section className={styles.section} aria-labelledby="bulk-heading">
            <h2 id="bulk-heading">{t("moderation.bulkHeading")}</h2>
            {isNarrowEnough(filter) && list.total > 0 ? (
              <p className={styles.bulkLinks}>
                <a className="button button--quiet" href={`${href({ confirm: "invalidate" })}#confirm`}>
                  {t("moderation.invalidateMatching")}
                </a>
                <a className="button button--quiet" href={`${href({ confirm: "clear" })}#confirm`}>
                  {t("moderation.clearSuspectMatching")}
                </a>
              </p>
            ) : (
              <p className="muted">{t("moderation.bulkHint")}</p>
            )}
          </section>
        </>
      ) : null}

      <AllowlistSection addresses={allowlist} context={context} locale={locale} t={t} />
    </>
  );
}
