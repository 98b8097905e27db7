import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/signatures/signatures.module.css";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getLocaleAndT } from "@/lib/i18n/server";
import { petitionPath } from "@/lib/petitions/paths";
import { confirmSignatureAction, resendForExpiredLinkAction } from "@/lib/signatures/actions";
import { inspectConfirmationLink } from "@/lib/signatures/confirm";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[]; done?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  // The token is in this page's address: no request from here may carry it on (Referer), even to us.
  return { title: t("signature.confirm.metaTitle"), robots: { index: false }, referrer: "strict-origin" };
}

// The emailed link lands here. Opening it only looks (a mail scanner confirms nothing); the button posts
// to a server action, which confirms and comes back here with done=1.
export default async function ConfirmSignaturePage({ params, searchParams }: Props) {
  const { locale, t } = await getLocaleAndT(params);
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : "";
  const state = await inspectConfirmationLink(await getDb(), token, { locale });
  const toPetition = (p: { address: Parameters<typeof petitionPath>[1] }) => (
    <Link href={petitionPath(locale, p.address)}>{t("signature.confirm.toPetition")}</Link>
  );

  if (state.kind === "ready") {
    return (
      <div className={styles.status}>
        <h1>{t("signature.confirm.title")}</h1>
        <p>{t("signature.confirm.body")}</p>
        <p className={styles.petitionName}>{state.petition.title}</p>
        <form action={confirmSignatureAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button button--action">
            {t("signature.confirm.button")}
          </button>
        </form>
        <p className={styles.small}>{t("signature.confirm.why")}</p>
      </div>
    );
  }
  if (state.kind === "already") {
    const done = query.done === "1";
    return (
      <div className={styles.status} role="status">
        <h1>{done ? t("signature.confirm.doneTitle") : t("signature.confirm.alreadyTitle")}</h1>
        <p className={styles.petitionName}>{state.petition.title}</p>
        <p>{done ? t("signature.confirm.doneBody") : t("signature.confirm.alreadyBody")}</p>
        <p className={styles.actions}>{toPetition(state.petition)}</p>
      </div>
    );
  }
  if (state.kind === "expired") {
    return (
      <div className={styles.status}>
        <h1>{t("signature.confirm.expiredTitle")}</h1>
        <p className={styles.petitionName}>{state.petition.title}</p>
        <p>{t("signature.confirm.expiredBody", { days: env().signatureTokenDays })}</p>
        <form action={resendForExpiredLinkAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button">
            {t("signature.confirm.expiredButton")}
          </button>
        </form>
      </div>
    );
  }
  if (state.kind === "closed") {
    return (
      <div className={styles.status}>
        <h1>{t("signature.confirm.closedTitle")}</h1>
        <p className={styles.petitionName}>{state.petition.title}</p>
        <p>{t("signature.confirm.closedBody")}</p>
        <p className={styles.actions}>{toPetition(state.petition)}</p>
      </div>
    );
  }
  return (
    <div className={styles.status}>
      <h1>{t("signature.confirm.invalidTitle")}</h1>
      <p>{t("signature.confirm.invalidBody")}</p>
      <p className={styles.actions}>
        <Link className="button" href={`/${locale}/signatures/resend`}>
          {t("signature.confirm.askAgain")}
        </Link>
      </p>
    </div>
  );
}
