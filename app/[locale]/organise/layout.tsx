import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import styles from "@/components/organise/organise.module.css";
import { isAdmin } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getLocaleAndT } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("organise.metaTitle"), robots: { index: false, follow: false } };
}

// The console's frame: who is signed in, the way out, the way back to the campaign list. Each page
// under it still calls its own guard (a layout is not re-run on every navigation).
export default async function OrganiseLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, t } = await getLocaleAndT(params);
  const user = await requireUser(locale);
  return (
    <>
      <div className={styles.bar}>
        <nav aria-label={t("organise.nav.label")}>
          <Link href={`/${locale}/organise`}>{t("organise.nav.campaigns")}</Link>
        </nav>
        <p className={styles.who}>
          {t("organise.signedInAs", { email: user.email })}
          {/* A role is a campaign's (shown on its pages); only the instance's admins have one across all. */}
          {isAdmin(user) ? <span className={styles.role}> ({t("organise.roles.ADMIN")})</span> : null}
        </p>
        <SignOutButton locale={locale} label={t("nav.signOut")} />
      </div>
      {children}
    </>
  );
}
