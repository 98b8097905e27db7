import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { eventFormLabels } from "@/components/events/event-form-labels";
import { EventMapPicker } from "@/components/events/event-map-picker";
import { findCampaignHeader } from "@/lib/campaigns/find-campaign-header";
import { getDb } from "@/lib/db";
import { registerEventAction } from "@/lib/events/actions";
import { listOrganisationSponsors } from "@/lib/events/register";
import { EVENT_KINDS } from "@/lib/events/states";
import { getLocaleAndT } from "@/lib/i18n/server";

type Params = Promise<{ locale: string; campaign: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("eventForm.metaTitle") };
}

/** "Register your picket": no account needed; the host confirms by email and a moderator publishes it. */
export default async function NewEventPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const db = await getDb();
  const campaign = await findCampaignHeader(db, (await params).campaign, locale);
  if (!campaign) notFound();
  const sponsors = await listOrganisationSponsors(db, campaign.id);
  return (
    <>
      <p>
        <Link href={`/${locale}/campaigns/${campaign.slug}/events`}>← {t("eventForm.back")}</Link>
      </p>
      <h1>{t("eventForm.heading", { campaign: campaign.title })}</h1>
      <p className="prose">{t("eventForm.intro")}</p>
      <EventForm
        action={registerEventAction.bind(null, campaign.slug, locale)}
        labels={eventFormLabels(t)}
        kinds={EVENT_KINDS.map((value) => ({ value, label: t(`actions.events.kind.${value}`) }))}
        sponsors={sponsors.map((s) => ({ value: s.id, label: s.name }))}
        mode={{ kind: "register" }}
        mapPicker={<EventMapPicker t={t} />}
      />
    </>
  );
}
