import type { Metadata } from "next";
import styles from "@/components/signatures/signatures.module.css";
import { ResendForm } from "@/components/signatures/resend-form";
import { getDb } from "@/lib/db";
import { withLastKnown } from "@/lib/db/last-known";
import { getLocaleAndT } from "@/lib/i18n/server";
import { listOpenPetitions } from "@/lib/petitions/public-page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ petition?: string | string[]; sent?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("signature.resend.metaTitle"), robots: { index: false } };
}

// "Send me the confirmation email again". The answer is the same whatever the address.
export default async function ResendConfirmationPage({ params, searchParams }: Props) {
  const { locale, t } = await getLocaleAndT(params);
  const query = await searchParams;
  if (query.sent === "1") {
    return (
      <div className={styles.status} role="status">
        <h1>{t("signature.resend.doneTitle")}</h1>
        <p>{t("signature.resend.doneBody")}</p>
      </div>
    );
  }
  // While the database is away, the last list this process read: the form comes back with its answers.
  const petitions = await withLastKnown(`open-petitions|${locale}`, async () => listOpenPetitions(await getDb(), locale));
  const wanted = typeof query.petition === "string" ? petitions.find((p) => p.id === query.petition) ?? null : null;
  return (
    <div className={styles.status}>
      <h1>{t("signature.resend.title")}</h1>
      <p>{t("signature.resend.intro")}</p>
      <ResendForm
        locale={locale}
        petition={wanted}
        petitions={petitions}
        labels={{
          email: t("signature.form.email"),
          petition: t("signature.resend.petition"),
          petitionPlaceholder: t("signature.resend.petitionPlaceholder"),
          submit: t("signature.resend.submit"),
          submitting: t("signature.form.submitting"),
        }}
      />
    </div>
  );
}
