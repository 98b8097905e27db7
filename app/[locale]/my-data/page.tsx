import type { Metadata } from "next";
import { DataLinkForm } from "@/components/my-data/data-link-form";
import styles from "@/components/signatures/signatures.module.css";
import { getLocaleAndT } from "@/lib/i18n/server";
import { DATA_LINK_MINUTES } from "@/lib/my-data/data-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ sent?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("myData.metaTitle"), robots: { index: false } };
}

// "Email me a link to my data": the same answer whatever the address (lib/my-data/request-data-link.ts).
export default async function MyDataPage({ params, searchParams }: Props) {
  const { locale, t } = await getLocaleAndT(params);
  if ((await searchParams).sent === "1") {
    return (
      <div className={styles.status} role="status">
        <h1>{t("myData.sentTitle")}</h1>
        <p>{t("myData.sentBody", { minutes: DATA_LINK_MINUTES })}</p>
        <p className={styles.small}>{t("myData.sentNothing")}</p>
      </div>
    );
  }
  return (
    <div className={styles.status}>
      <h1>{t("myData.title")}</h1>
      <p>{t("myData.intro")}</p>
      <DataLinkForm locale={locale} labels={{ email: t("myData.email"), submit: t("myData.submit"), submitting: t("signature.form.submitting") }} />
    </div>
  );
}
