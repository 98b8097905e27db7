import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import { EditPetitionForm } from "@/components/organise-petitions/edit-petition-form";
import { ExportOptions } from "@/components/organise-petitions/export-options";
import { formatDay, formatNumber } from "@/components/organise-petitions/format";
import { PetitionStatusBadge } from "@/components/organise-petitions/petition-status-badge";
import { PetitionStatusForm } from "@/components/organise-petitions/petition-status-form";
import { RecordDeliveryForm } from "@/components/organise-petitions/record-delivery-form";
import styles from "@/components/organise-petitions/petitions.module.css";
import { roleCan } from "@/lib/auth/capabilities";
import { requireCampaign } from "@/lib/auth/session";
import { langAttribute } from "@/lib/content/pick-translation";
import { getDb } from "@/lib/db";
import { DeliveryMethod } from "@/lib/generated/prisma/enums";
import { isLocale, localeNames, locales } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";
import { getPetitionForOrganiser } from "@/lib/petitions/organiser-queries";
import { countDeliverableSignatures } from "@/lib/petitions/export/export-data";
import { petitionPath } from "@/lib/petitions/paths";
import { toDateInputValue } from "@/lib/petitions/organiser-schemas";
import { canRecordDelivery } from "@/lib/petitions/record-delivery";
import { CLOSED_STATE, DRAFT_STATE, OPEN_STATE, isVisible } from "@/lib/petitions/states";

type Params = Promise<{ locale: string; campaign: string; petition: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("organisePetitions.list.title") };
}

export default async function OrganiserPetitionPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: campaignSlug, petition: petitionSlug } = await params;
  const { user, campaign } = await requireCampaign(campaignSlug, "campaign.read", locale);
  const petition = await getPetitionForOrganiser(await getDb(), user, campaign.id, petitionSlug, locale);
  if (!petition) notFound();

  const meta = { locale, campaignId: campaign.id, petitionId: petition.id };
  const languageName = (l: string) => (isLocale(l) ? `${localeNames[l]} (${l})` : l);
  const exportBase = `/${locale}/organise/campaigns/${campaign.slug}/petitions/${petition.slug}/export`;
  const isDraft = petition.status === DRAFT_STATE;
  const languages = locales.map((l) => ({ value: l, label: localeNames[l] }));
  // The petition was found for this organiser above: its counts are theirs to see.
  const deliverable = isDraft ? null : await countDeliverableSignatures(await getDb(), petition.id);
  // What this member's role may do here (each action and export asks again, beside its query).
  const manages = roleCan(campaign.role, "petitions.manage");
  const exports = roleCan(campaign.role, "supporters.export");

  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign, true)} />
      <h1 lang={langAttribute(petition.titleLocale, locale)}>{petition.title}</h1>
      <p className={styles.summary}>
        <PetitionStatusBadge status={petition.status} label={t(`organisePetitions.status.${petition.status}`)} />
        <span>
          {petition.goal
            ? t("organisePetitions.edit.countOfGoal", { count: petition.signatureCount, goal: petition.goal })
            : t("organisePetitions.edit.count", { count: petition.signatureCount })}
        </span>
        {isVisible(petition) ? (
          <Link href={petitionPath(locale, { campaignSlug: campaign.slug, petitionSlug: petition.slug })}>{t("organisePetitions.edit.publicPage")}</Link>
        ) : null}
      </p>
      {petition.goal ? (
        <progress className={styles.progress} max={petition.goal} value={Math.min(petition.signatureCount, petition.goal)}>
          {formatNumber(locale, petition.signatureCount)}
        </progress>
      ) : null}

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t("organisePetitions.edit.statusHeading")}</h2>
        {petition.openedAt ? <p>{t("organisePetitions.edit.openedOn", { date: formatDay(locale, petition.openedAt) })}</p> : null}
        {petition.closedAt ? <p>{t("organisePetitions.edit.closedOn", { date: formatDay(locale, petition.closedAt) })}</p> : null}
        {manages ? (
        <PetitionStatusForm
          meta={meta}
          to={petition.status === DRAFT_STATE ? OPEN_STATE : petition.status === OPEN_STATE ? CLOSED_STATE : null}
          hint={t(petition.status === DRAFT_STATE ? "organisePetitions.edit.openHint" : "organisePetitions.edit.closeHint")}
          button={t(petition.status === DRAFT_STATE ? "organisePetitions.edit.openButton" : "organisePetitions.edit.closeButton")}
        />
        ) : (
          <p className="muted">{t("organisePetitions.edit.readOnly")}</p>
        )}
      </section>

      {manages ? (
      <section className={styles.section}>
        <EditPetitionForm
          meta={meta}
          isDraft={isDraft}
          canEditSettings={isDraft || petition.status === OPEN_STATE}
          texts={petition.translations.map((text) => ({ ...text, languageName: languageName(text.locale) }))}
          goal={petition.goal?.toString() ?? ""}
          deadline={toDateInputValue(petition.deadline)}
          languages={languages}
          chosenLanguages={petition.locales}
          labels={{
            textHeading: t("organisePetitions.edit.textHeading"),
            textLocked: t("organisePetitions.edit.textLocked"),
            title: t("organisePetitions.edit.titleField"),
            addressee: t("organisePetitions.edit.addresseeField"),
            body: t("organisePetitions.edit.bodyField"),
            bodyHint: t("organisePetitions.edit.bodyHint"),
            settingsHeading: t("organisePetitions.edit.settingsHeading"),
            goal: t("organisePetitions.new.goal"),
            goalHint: t("organisePetitions.new.goalHint"),
            deadline: t("organisePetitions.new.deadline"),
            deadlineHint: t("organisePetitions.new.deadlineHint"),
            languages: t("organisePetitions.new.languages"),
            languagesHint: t("organisePetitions.new.languagesHint"),
            save: t("organisePetitions.edit.save"),
          }}
        />
      </section>
      ) : null}

      <section className={styles.section} aria-labelledby="deliveries-heading">
        <h2 id="deliveries-heading">{t("organisePetitions.edit.deliveriesHeading")}</h2>
        {petition.deliveries.length === 0 ? (
          <p className="muted">{t("organisePetitions.edit.noDeliveries")}</p>
        ) : (
          <ul className={styles.deliveries}>
            {petition.deliveries.map((d) => (
              <li key={d.id}>
                {t("organisePetitions.edit.deliveryLine", {
                  date: formatDay(locale, d.deliveredAt),
                  target: d.targetName ?? t("organisePetitions.edit.allTargets"),
                  method: t(`organisePetitions.method.${d.method}`),
                })}
                {d.notes ? <p>{d.notes}</p> : null}
              </li>
            ))}
          </ul>
        )}
        <h3>{t("organisePetitions.edit.recordHeading")}</h3>
        {!manages ? (
          <p className="muted">{t("organisePetitions.edit.readOnly")}</p>
        ) : canRecordDelivery(petition.status) ? (
          <RecordDeliveryForm
            meta={meta}
            targets={petition.targets}
            methods={Object.values(DeliveryMethod).map((m) => ({ value: m, label: t(`organisePetitions.method.${m}`) }))}
            today={toDateInputValue(new Date())}
            labels={{
              target: t("organisePetitions.edit.deliveryTarget"),
              allTargets: t("organisePetitions.edit.allTargets"),
              deliveredAt: t("organisePetitions.edit.deliveredAt"),
              method: t("organisePetitions.edit.deliveryMethod"),
              notes: t("organisePetitions.edit.deliveryNotes"),
              notesHint: t("organisePetitions.edit.deliveryNotesHint"),
              submit: t("organisePetitions.edit.recordButton"),
            }}
          />
        ) : (
          <p className="muted">{t("organisePetitions.edit.recordHint")}</p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="exports-heading">
        <h2 id="exports-heading">{t("organisePetitions.edit.exportsHeading")}</h2>
        {!exports ? (
          <p className="muted">{t("organisePetitions.edit.exportsOwnersOnly")}</p>
        ) : isDraft ? (
          <p className="muted">{t("organisePetitions.edit.exportsDraft")}</p>
        ) : (
          <>
            <p>{t("organisePetitions.edit.exportsHint")}</p>
            {deliverable ? <p>{t("organisePetitions.edit.exportLeftOut", { left: deliverable.leftOut })}</p> : null}
            <ExportOptions
              exportBase={exportBase}
              targets={petition.targets}
              languages={petition.locales.filter(isLocale).map((l) => ({ value: l, label: localeNames[l] }))}
              defaultLanguage={petition.locales.includes(locale) ? locale : (petition.locales[0] ?? locale)}
              labels={{
                target: t("organisePetitions.edit.exportTarget"),
                allTargets: t("organisePetitions.edit.allTargets"),
                language: t("organisePetitions.edit.exportLanguage"),
                emails: t("organisePetitions.edit.exportEmails"),
                hiddenNames: t("organisePetitions.edit.exportHiddenNames"),
                privacy: t("organisePetitions.edit.exportPrivacy"),
                csv: t("organisePetitions.edit.exportCsv"),
                sponsorsCsv: t("organisePetitions.edit.exportSponsorsCsv"),
                pdf: t("organisePetitions.edit.exportPdf"),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
