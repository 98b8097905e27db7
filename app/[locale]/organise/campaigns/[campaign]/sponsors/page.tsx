import type { Metadata } from "next";
import Link from "next/link";
import { ModerationQueue } from "@/components/sponsors/moderation-queue";
import organiseStyles from "@/components/organise/organise.module.css";
import { requireCampaign } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { CampaignStatus } from "@/lib/generated/prisma/enums";
import { countryName } from "@/lib/i18n/countries";
import { getLocaleAndT } from "@/lib/i18n/server";
import { moderateSponsorsAction } from "@/lib/sponsors/moderation-actions";
import { listSponsorsForModeration } from "@/lib/sponsors/queries";

type Params = Promise<{ locale: string; campaign: string }>;
type SearchParams = Promise<{ notice?: string; decision?: string; count?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("sponsorModeration.title") };
}

export default async function SponsorModerationPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "moderation.decide", locale);
  const queue = await listSponsorsForModeration(await getDb(), user, campaign.id);
  const { notice, decision, count } = await searchParams;
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const overview = `/${locale}/organise/campaigns/${campaign.slug}`;
  return (
    <>
      <p className={organiseStyles.breadcrumb}>
        <Link href={overview}>{t("sponsorModeration.back")}</Link>
        {campaign.status === CampaignStatus.LIVE ? (
          <>
            {" · "}
            <Link href={`/${locale}/campaigns/${campaign.slug}/sponsors`}>{t("sponsorModeration.publicList")}</Link>
          </>
        ) : null}
      </p>
      <h1>{t("sponsorModeration.heading", { campaign: campaign.title })}</h1>
      <p className="prose">{t("sponsorModeration.intro")}</p>
      <div aria-live="polite">
        {notice === "done" && (decision === "APPROVE" || decision === "REJECT") ? (
          <p className="notice notice--ok">{t("sponsorModeration.done", { count: Number(count) || 0, decision })}</p>
        ) : null}
        {notice === "nothing-selected" ? <p className="notice notice--error">{t("sponsorModeration.nothingSelected")}</p> : null}
      </div>
      <p>
        {t("sponsorModeration.summary", {
          awaiting: queue.counts.AWAITING_MODERATION,
          approved: queue.counts.APPROVED,
          rejected: queue.counts.REJECTED,
          unconfirmed: queue.counts.UNCONFIRMED,
        })}
      </p>
      {queue.sponsors.length === 0 ? (
        <p className="muted">{t("sponsorModeration.empty")}</p>
      ) : (
        <>
          {queue.isTruncated ? <p className="muted">{t("sponsorModeration.truncated", { shown: queue.sponsors.length })}</p> : null}
          <ModerationQueue
            sponsors={queue.sponsors}
            counts={queue.counts}
            action={moderateSponsorsAction}
            routing={{ locale, campaignId: campaign.id }}
            t={t}
            countryName={(code) => countryName(code, locale)}
            formatDate={(date) => dateFormat.format(date)}
          />
        </>
      )}
    </>
  );
}
