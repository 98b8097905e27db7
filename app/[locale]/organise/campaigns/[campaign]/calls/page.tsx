import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import organiseStyles from "@/components/organise/organise.module.css";
import { requireCampaign } from "@/lib/auth/session";
import { listTargetCountsForOrganiser } from "@/lib/calls/counts";
import { getDb } from "@/lib/db";
import { countryName } from "@/lib/i18n/countries";
import { getLocaleAndT } from "@/lib/i18n/server";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("calls.console.title") };
}

/** Calls reported by outcome and letters sent, per target: the same counts the call page shows. */
export default async function CallCountsPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const rows = await listTargetCountsForOrganiser(await getDb(), user, campaign.id);
  if (!rows) notFound();
  return (
    <>
      <p className={organiseStyles.breadcrumb}>
        <Link href={`/${locale}/organise/campaigns/${campaign.slug}`}>{campaign.title}</Link>
      </p>
      <h1>{t("calls.console.title")}</h1>
      {rows.length === 0 ? (
        <p className="muted">{t("calls.console.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("calls.console.target")}</th>
              <th scope="col">{t("calls.console.answered")}</th>
              <th scope="col">{t("calls.console.voicemail")}</th>
              <th scope="col">{t("calls.console.noAnswer")}</th>
              <th scope="col">{t("calls.console.refused")}</th>
              <th scope="col">{t("calls.console.total")}</th>
              <th scope="col">{t("calls.console.letters")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.name} <span className="muted">({countryName(row.country, locale)})</span>
                </th>
                <td>{row.counts.calls.ANSWERED}</td>
                <td>{row.counts.calls.VOICEMAIL}</td>
                <td>{row.counts.calls.NO_ANSWER}</td>
                <td>{row.counts.calls.REFUSED}</td>
                <td>{row.counts.callsTotal}</td>
                <td>{row.counts.lettersSent}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
