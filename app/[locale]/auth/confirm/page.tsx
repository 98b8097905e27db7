import styles from "@/components/auth/auth.module.css";
import { LinkFailure } from "@/components/auth/link-failure";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { normaliseEmail } from "@/lib/auth/config";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { checkSignInLink } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getLocaleAndT } from "@/lib/i18n/server";

// The page a magic link opens. Opening it changes nothing (mail scanners open links); only the button
// signs in: it posts the token to next-auth's email callback, which uses the token up.
export default async function ConfirmSignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const query = await searchParams;
  const token = firstParam(query.token)?.trim();
  const email = firstParam(query.email)?.trim();
  const callbackUrl = safeCallbackPath(firstParam(query.callbackUrl), env().appUrl, locale);
  const signInHref = `/${locale}/auth/sign-in?${new URLSearchParams({ callbackUrl })}`;
  const failure = (reason: string) => (
    <LinkFailure title={t("auth.failure.title")} reason={reason} askAgain={t("auth.failure.askAgain")} signInHref={signInHref} />
  );

  if (!token || !email || !/^[0-9a-f]{64}$/.test(token)) return failure(t("auth.failure.incomplete"));
  const state = await checkSignInLink(await getDb(), { email, token }, env().authSecret);
  if (state === "expired") return failure(t("auth.failure.expired"));
  if (state !== "usable") return failure(t("auth.failure.usedOrUnknown"));

  const action = `/api/auth/callback/email?${new URLSearchParams({ token, email: normaliseEmail(email), callbackUrl })}`;
  return (
    <section className={styles.panel}>
      <h1>{t("auth.confirm.title")}</h1>
      <p className={styles.lead}>
        {t("auth.confirm.body", { email: normaliseEmail(email) })}
      </p>
      <form method="post" action={action} className={styles.form}>
        <button type="submit" className={`button ${styles.submit}`}>
          {t("auth.confirm.button")}
        </button>
      </form>
      <p className={styles.aside}>{t("auth.confirm.why")}</p>
    </section>
  );
}
