import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, AnswerFor, SelectField, TextField } from "@/components/forms/action-form";
import { Breadcrumb } from "@/components/organise-petitions/breadcrumb";
import { campaignCrumbs } from "@/components/organise-petitions/crumbs";
import { formatDay } from "@/components/organise-petitions/format";
import styles from "@/components/organise/organise.module.css";
import { roleCan } from "@/lib/auth/capabilities";
import { requireCampaign } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { OrganiserRole } from "@/lib/generated/prisma/enums";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "@/lib/members/actions";
import { listTeam } from "@/lib/members/members";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";

type Params = Promise<{ locale: string; campaign: string }>;

/** What the page says after a form whose card it removed (?done=…). */
const DONE: Record<string, MessageKey> = { removed: "members.removedNotice", revoked: "members.revokedNotice" };

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("members.page.title") };
}

/** The campaign's team: every member sees it; owners (and admins) invite, change roles and remove. */
export default async function MembersPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const { user, campaign } = await requireCampaign((await params).campaign, "campaign.read", locale);
  const team = await listTeam(await getDb(), user, campaign.id);
  if (!team) notFound();
  const manages = roleCan(campaign.role, "members.manage");
  const hidden = { locale, campaignId: campaign.id };
  const roles = Object.values(OrganiserRole).map((value) => ({ value, label: t(`organise.organiserRoles.${value}`) }));
  return (
    <>
      <Breadcrumb label={t("organisePetitions.breadcrumb")} items={campaignCrumbs(t, locale, campaign)} />
      {DONE[firstParam((await searchParams).done) ?? ""] ? (
        <p className="notice notice--ok" role="status">
          {t(DONE[firstParam((await searchParams).done)!]!)}
        </p>
      ) : null}
      <h1>{t("members.page.title")}</h1>
      <p className="prose">{t("members.page.intro")}</p>
      <ul className="card-list" aria-label={t("members.page.caption")}>
        {team.members.map((m) => (
          <li key={m.userId} className={`card ${styles.memberCard}`}>
            <h2>{m.email}</h2>
            <p className={styles.meta}>
              {t(`organise.organiserRoles.${m.role}`)} · {t("members.page.since", { date: formatDay(locale, m.since) })}
            </p>
            {manages ? (
              <div className={styles.rowActions}>
                <ActionForm action={changeMemberRoleAction} hidden={{ ...hidden, userId: m.userId }} submit={t("members.page.changeRole")} className={styles.inlineForm} submitClassName="button button--quiet">
                  <SelectField name="role" label={t("members.page.roleFor", { email: m.email })} options={roles} defaultValue={m.role} idPrefix={`role-${m.userId}`} />
                  <AnswerFor name="userId" />
                </ActionForm>
                <ActionForm action={removeMemberAction} hidden={{ ...hidden, userId: m.userId }} submit={t("members.page.remove", { email: m.email })} className={styles.inlineForm} submitClassName="button button--quiet">
                  <AnswerFor name="userId" />
                </ActionForm>
              </div>
            ) : null}
          </li>
        ))}
      </ul>

      <h2>{t("members.page.invitations")}</h2>
      {team.invitations.length === 0 ? (
        <p className="muted">{t("members.page.noInvitations")}</p>
      ) : (
        <ul className={styles.organisers}>
          {team.invitations.map((i) => (
            <li key={i.id}>
              {t("members.page.invitation", { email: i.email, role: t(`organise.organiserRoles.${i.role}`), date: formatDay(locale, i.expiresAt) })}
              {manages ? (
                <ActionForm action={revokeInvitationAction} hidden={{ ...hidden, invitationId: i.id }} submit={t("members.page.revoke", { email: i.email })} className={styles.inlineForm} submitClassName="button button--quiet" />
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {manages ? (
        <>
          <h2>{t("members.page.inviteTitle")}</h2>
          <p className="muted">{t("members.page.inviteIntro")}</p>
          <ActionForm action={inviteMemberAction} hidden={hidden} submit={t("members.page.inviteSubmit")} className={styles.form}>
            <TextField name="email" type="email" label={t("members.page.inviteEmail")} required maxLength={254} idPrefix="invite" />
            <SelectField name="role" label={t("members.page.inviteRole")} options={roles} defaultValue="EDITOR" idPrefix="invite" />
          </ActionForm>
        </>
      ) : null}
    </>
  );
}
