import type { CurrentUser } from "@/lib/auth/roles";
import type { OrganisableCampaign } from "@/lib/auth/permissions";
import { lastDayOf } from "@/lib/campaigns/campaign-end";
import { getCampaignEnd } from "@/lib/campaigns/end-campaign";
import { getDb } from "@/lib/db";
import type { Translator } from "@/lib/i18n/translate";
import { CampaignEndForms } from "./campaign-end-forms";

type Props = { user: CurrentUser; campaign: OrganisableCampaign; locale: string; t: Translator };

/** "When the campaign ends": what will happen, when, and (for a lead organiser) the forms to decide it. */
export async function CampaignEndSection({ user, campaign, locale, t }: Props) {
  const end = await getCampaignEnd(await getDb(), user, campaign.id);
  if (!end) return null;
  const lastDay = end.endsAt ? lastDayOf(end.endsAt) : null;
  return (
    <section aria-labelledby="campaign-end-heading">
      <h2 id="campaign-end-heading">{t("campaignEnd.heading")}</h2>
      {end.dataPurgedAt ? (
        <p className="notice">{t("campaignEnd.ended", { day: lastDay ?? "", erasedOn: end.dataPurgedAt.toISOString().slice(0, 10) })}</p>
      ) : (
        <>
          <p>{t("campaignEnd.explain")}</p>
          <p className="notice">{lastDay ? t("campaignEnd.scheduled", { day: lastDay }) : t("campaignEnd.notSet")}</p>
          {end.canEnd ? (
            <CampaignEndForms
              meta={{ locale, campaignId: campaign.id }}
              lastDay={lastDay}
              today={new Date().toISOString().slice(0, 10)}
              labels={{
                lastDayLabel: t("campaignEnd.lastDayLabel"),
                lastDayHint: t("campaignEnd.lastDayHint"),
                schedule: t("campaignEnd.schedule"),
                cancel: t("campaignEnd.cancel"),
                endNowHeading: t("campaignEnd.endNowHeading"),
                endNowExplain: t("campaignEnd.endNowExplain"),
                understood: t("campaignEnd.understood"),
                endNow: t("campaignEnd.endNow"),
              }}
            />
          ) : (
            <p className="muted">{t("campaignEnd.onlyLead")}</p>
          )}
        </>
      )}
    </section>
  );
}
