import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import styles from "@/components/auth/auth.module.css";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { hasInstanceAdmin } from "@/lib/auth/instance-admin";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getLocaleAndT } from "@/lib/i18n/server";

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const query = await searchParams;
  const callbackUrl = safeCallbackPath(firstParam(query.callbackUrl), env().appUrl, locale);
  if (await getCurrentUser()) redirect(callbackUrl);
  const noAdmin = !(await hasInstanceAdmin(await getDb(), env().adminEmails));
  return (
    <section className={styles.panel}>
      <h1>{t("auth.signIn.title")}</h1>
      <p className={styles.lead}>{t("auth.signIn.intro")}</p>
      {noAdmin ? (
        <div className="notice" role="note">
          <p>
            <strong>{t("auth.signIn.noAdminTitle")}</strong>
          </p>
          <p>{t("auth.signIn.noAdminBody", { setting: "ADMIN_EMAILS" })}</p>
        </div>
      ) : null}
      {firstParam(query.error) ? <p className="notice notice--error">{t("auth.failure.generic")}</p> : null}
      <SignInForm
        locale={locale}
        callbackUrl={callbackUrl}
        labels={{ email: t("auth.signIn.emailLabel"), hint: t("auth.signIn.emailHint"), submit: t("auth.signIn.submit") }}
      />
      <p className={styles.aside}>
        {t("auth.signIn.supportersNote")} <Link href={`/${locale}`}>{t("nav.campaigns")}</Link>
      </p>
    </section>
  );
}
