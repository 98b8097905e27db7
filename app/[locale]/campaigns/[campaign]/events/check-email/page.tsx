import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCampaignHeader } from "@/lib/campaigns/queries";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("eventForm.checkEmail.title"), robots: { index: false } };
}

// The same page for everyone after the form: new, repeated, or a robot's. It names no address.
export default async function EventCheckEmailPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const campaign = await getCampaignHeader(await getDb(), (await params).campaign, locale);
  if (!campaign) notFound();
  return (
    <div className="prose">
      <h1>{t("eventForm.checkEmail.title")}</h1>
      <p className="notice notice--ok">{t("eventForm.checkEmail.body", { campaign: campaign.title })}</p>
      <p>{t("eventForm.checkEmail.next")}</p>
      <p className="muted">{t("eventForm.checkEmail.noEmail")}</p>
      <p>
        <Link href={`/${locale}/campaigns/${campaign.slug}/events`}>{t("eventForm.back")}</Link>
      </p>
    </div>
  );
}
