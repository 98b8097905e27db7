import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { loadCampaignHeader } from "@/lib/campaigns/load-for-page";
import { getDb } from "@/lib/db";
import { countryName } from "@/lib/i18n/countries";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { loadComposerTemplate } from "@/lib/letters/public-templates";
import { fillPlaceholders } from "@/lib/letters/placeholders";
import { readerValues } from "@/lib/letters/reader-values";
import { sendLetterAction } from "@/lib/letters/send-actions";
import { proposeNearestTarget, readerCountry } from "@/lib/targets/nearest";
import { SubpageHeader } from "@/components/campaigns/subpage-header";
import { LetterForm } from "@/components/letters/letter-form";
import { OtherWaysButtons } from "@/components/letters/other-ways";
import { otherWaysLabels } from "@/lib/letters/offline-labels";

// The composer: the supporter's details, the recipients (one embassy or consulate, proposed from the
// supporter's country and changeable; the template's other targets ticked), the text, and "Send through
// Placard". Works without JavaScript: the small GET form "I live in …" reloads the proposal.

type Params = Promise<{ locale: string; campaign: string; template: string }>;
type SearchParams = Promise<{ country?: string | string[] }>;

const MISSIONS = new Set(["EMBASSY", "CONSULATE"]);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await getLocaleAndT(params);
  const { campaign, template } = await params;
  const loaded = await loadComposerTemplate(await getDb(), campaign, template, locale);
  return { title: loaded?.title ?? "" };
}

export default async function ComposerPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: campaignSlug, template: templateSlug } = await params;
  const campaign = await loadCampaignHeader(campaignSlug, locale);
  const template = await loadComposerTemplate(await getDb(), campaignSlug, templateSlug, locale);
  if (!template) notFound();
  const reader = readerCountry((await searchParams).country, (await headers()).get("accept-language"));
  const country = reader.country ?? "";
  const missions = template.targets.filter((tg) => MISSIONS.has(tg.kind));
  const others = template.targets.filter((tg) => !MISSIONS.has(tg.kind));
  const proposal = missions.length ? proposeNearestTarget(missions, { country: country || null, represents: template.campaign.country, fallbackTargetId: template.campaign.fallbackTargetId }) : null;
  const label = (tg: { name: string; city: string | null }) => (tg.city && !tg.name.includes(tg.city) ? `${tg.name} (${tg.city})` : tg.name);
  const action = sendLetterAction.bind(null, campaign.slug, template.slug, locale);
  // A fixed text is shown as it goes to the proposed office, the sender's details as blanks; an editable
  // one keeps its placeholders, filled for each recipient when it is sent.
  const previewTarget = proposal?.target ?? others[0] ?? null;
  const preview = (text: string) =>
    template.editable
      ? text
      : fillPlaceholders(text, readerValues(t, locale, { campaignTitle: template.campaignTitle, demands: template.demands, target: previewTarget, senderCountry: country }));
  const k = (key: string) => t(`letterComposer.${key}` as MessageKey);

  return (
    <>
      <SubpageHeader campaign={campaign} locale={locale} title={template.title} intro={k("formTitle")} />
      {missions.length > 0 ? (
        <form method="get" className="inline-form no-print">
          <label htmlFor="nearest-country">{k("nearestLabel")}</label>
          <input id="nearest-country" name="country" defaultValue={country ? countryName(country, locale) : reader.typed} autoComplete="country-name" maxLength={80} />
          <button type="submit" className="button">{k("nearestButton")}</button>
          {reader.unknown ? <p className="notice" role="status">{k("nearestUnknown")}</p> : null}
        </form>
      ) : null}
      <LetterForm
        action={action}
        routing={{ locale, campaign: template.campaign.slug, template: template.slug }}
        labels={{
          name: k("name"), email: k("emailLabel"), emailHint: k("emailHint"), organisation: k("organisation"), city: k("city"), country: k("country"),
          countryHint: k("countryHint"), recipients: k("recipients"), mission: k("mission"), others: k("others"), text: k("text"),
          textLocked: k("textLocked"), textEditable: t("letterComposer.textEditable", { max: template.maxLength }), subject: k("subject"),
          wallConsent: k("wallConsent"), send: k("send"), otherWays: k("otherWays"),
          textPreview: previewTarget ? t("letterComposer.textPreview", { name: previewTarget.name }) : "",
          placeholdersHint: t("letterComposer.placeholdersHint", { example: "{{target_name}}" }),
        }}
        country={country ? countryName(country, locale) : ""}
        missions={missions.map((m) => ({ value: m.slug, label: label(m) }))}
        proposedMission={proposal?.target.slug ?? null}
        reason={proposal ? t(`letterComposer.reason.${proposal.reason}` as MessageKey, { name: proposal.target.name }) : null}
        others={others.map((o) => ({ value: o.slug, label: label(o) }))}
        subject={preview(template.subject)}
        body={preview(template.body)}
        editable={template.editable}
        maxLength={template.maxLength}
        solidarity={template.kind === "SOLIDARITY"}
        privacy={<p className="hint">{k("privacy")}</p>}
        otherWays={<OtherWaysButtons labels={otherWaysLabels(t)} />}
      />
    </>
  );
}
