import type { Metadata } from "next";
import styles from "@/components/auth/auth.module.css";
import { LinkFailure } from "@/components/auth/link-failure";
import { ActionForm } from "@/components/forms/action-form";
import { formatDay } from "@/components/organise-petitions/format";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { acceptInvitationAction } from "@/lib/members/actions";
import { viewInvitation } from "@/lib/members/accept";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("members.accept.title"), robots: { index: false, follow: false } };
}

// The page an invitation's link opens. Opening it changes nothing (mail scanners open links); only the
// button joins the team, once.
export default async function InvitationPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, t } = await getLocaleAndT(params);
  const { token } = await params;
  const invitation = await viewInvitation(await getDb(), token, locale);
  if (invitation.state !== "open") {
    return <LinkFailure title={t("members.accept.failureTitle")} reason={t(`members.accept.${invitation.state}`)} askAgain={t("members.accept.askAgain")} signInHref={`/${locale}/auth/sign-in`} />;
  }
  return (
    <section className={styles.panel}>
      <h1>{t("members.accept.title")}</h1>
      <p className={styles.lead}>
        {t("members.accept.body", { campaign: invitation.campaignTitle, role: t(`organise.organiserRoles.${invitation.role}`), email: invitation.email })}
      </p>
      <ActionForm action={acceptInvitationAction} hidden={{ locale, token }} submit={t("members.accept.button")} className={styles.form} submitClassName={`button ${styles.submit}`} />
      <p className={styles.aside}>{t("members.accept.why", { date: formatDay(locale, invitation.expiresAt) })}</p>
    </section>
  );
}
