import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { InvalidDataLink } from "@/components/my-data/invalid-data-link";
import { MyDataTables } from "@/components/my-data/my-data-tables";
import styles from "@/components/signatures/signatures.module.css";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { eraseMyDataAction } from "@/lib/my-data/actions";
import { findDataSession } from "@/lib/my-data/data-link";
import { findMyData } from "@/lib/my-data/find-my-data";
import { DATA_LINK_COOKIE, MY_DATA_EXPORT_PATH } from "@/lib/my-data/paths";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ withdrawn?: string; erased?: string; confirm?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("myData.viewTitle"), robots: { index: false }, referrer: "strict-origin" };
}

// A supporter's own data, found from the cookie the opened link left (never from the address bar).
export default async function ViewMyDataPage({ params, searchParams }: Props) {
  const { locale, t } = await getLocaleAndT(params);
  const query = await searchParams;
  if (query.erased === "1") {
    return (
      <div className={styles.status} role="status">
        <h1>{t("myData.erasedTitle")}</h1>
        <p>{t("myData.erasedBody")}</p>
        <p className={styles.actions}>
          <Link href={`/${locale}`}>{t("errors.backHome")}</Link>
        </p>
      </div>
    );
  }
  const db = await getDb();
  const session = await findDataSession(db, (await cookies()).get(DATA_LINK_COOKIE)?.value);
  if (!session) return <InvalidDataLink locale={locale} t={t} />;
  const data = await findMyData(db, session, locale);
  const confirmMissing = query.confirm === "missing";
  return (
    <div className={styles.status}>
      <h1>{t("myData.viewTitle")}</h1>
      {query.withdrawn === "1" ? (
        <p className="notice" role="status">
          {t("myData.withdrawn")}
        </p>
      ) : null}
      <p>{t("myData.viewIntro", { email: session.emailNormalised })}</p>
      <MyDataTables locale={locale} t={t} data={data} />
      <p className={styles.actions}>
        <a className="button" href={`${MY_DATA_EXPORT_PATH}?locale=${locale}`} download>
          {t("myData.download")}
        </a>
      </p>
      <section aria-labelledby="erase-heading" id="erase">
        <h2 id="erase-heading">{t("myData.eraseHeading")}</h2>
        <p>{t("myData.eraseBody")}</p>
        <form action={eraseMyDataAction}>
          <input type="hidden" name="locale" value={locale} />
          <div className={`checkbox${confirmMissing ? " field--invalid" : ""}`}>
            <input type="checkbox" id="erase-confirm" name="confirm" value="on" aria-describedby={confirmMissing ? "erase-confirm-error" : undefined} aria-invalid={confirmMissing || undefined} />
            <label htmlFor="erase-confirm">{t("myData.eraseConfirm")}</label>
          </div>
          {confirmMissing ? (
            <p className="field-error" id="erase-confirm-error" role="alert">
              {t("myData.eraseConfirmRequired")}
            </p>
          ) : null}
          <button type="submit" className="button button--action">
            {t("myData.eraseButton")}
          </button>
        </form>
      </section>
    </div>
  );
}
