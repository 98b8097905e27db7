import type { Metadata } from "next";
import { InvalidDataLink } from "@/components/my-data/invalid-data-link";
import styles from "@/components/signatures/signatures.module.css";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { openDataLinkAction } from "@/lib/my-data/actions";
import { isDataLinkOpenable } from "@/lib/my-data/data-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  // The token is in this page's address: no link from here may carry it to another site.
  return { title: t("myData.openTitle"), robots: { index: false }, referrer: "strict-origin" };
}

// The emailed link lands here. Opening it only looks (a mail scanner opens nothing); the button posts the
// token to a server action, which opens the link once and keeps it in an HttpOnly cookie.
export default async function OpenMyDataPage({ params, searchParams }: Props) {
  const { locale, t } = await getLocaleAndT(params);
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : "";
  if (await isDataLinkOpenable(await getDb(), token)) {
    return (
      <div className={styles.status}>
        <h1>{t("myData.openTitle")}</h1>
        <p>{t("myData.openBody")}</p>
        <form action={openDataLinkAction}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button button--action">
            {t("myData.openButton")}
          </button>
        </form>
        <p className={styles.small}>{t("myData.openWhy")}</p>
      </div>
    );
  }
  return <InvalidDataLink locale={locale} t={t} />;
}
