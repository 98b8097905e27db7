import Link from "next/link";
import styles from "@/components/auth/auth.module.css";
import { getLocaleAndT } from "@/lib/i18n/server";

// Shown after every sign-in request, whether or not the address is known: it must say nothing about that.
export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await getLocaleAndT(params);
  return (
    <section className={styles.panel}>
      <h1>{t("auth.checkEmail.title")}</h1>
      <p className={styles.lead}>{t("auth.checkEmail.body")}</p>
      <p>{t("auth.checkEmail.validity")}</p>
      <p className={styles.aside}>
        {t("auth.checkEmail.notArrived")} <Link href={`/${locale}/auth/sign-in`}>{t("auth.checkEmail.tryAgain")}</Link>
      </p>
    </section>
  );
}
