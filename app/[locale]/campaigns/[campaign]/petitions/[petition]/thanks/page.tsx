import type { Metadata } from "next";
import Link from "next/link";
import { ShareLinks } from "@/components/petitions/share-links";
import styles from "@/components/signatures/signatures.module.css";
import { env } from "@/lib/env";
import { getLocaleAndT } from "@/lib/i18n/server";
import { loadPublicPetition } from "@/lib/petitions/load-for-page";
import { absoluteUrl, petitionPath } from "@/lib/petitions/paths";

type Params = Promise<{ locale: string; campaign: string; petition: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("signature.thanks.metaTitle"), robots: { index: false } };
}

// The same page after every signature, new or not, counted or not: it tells nobody anything about an
// address. It asks the supporter to confirm from their mailbox.
export default async function SignatureThanksPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign, petition: slug } = await params;
  const petition = await loadPublicPetition(campaign, slug, locale);
  const address = { campaignSlug: petition.campaign.slug, petitionSlug: petition.slug };
  return (
    <div className={styles.status}>
      <h1>{t("signature.thanks.title")}</h1>
      <p className={styles.petitionName}>{petition.text.title}</p>
      <p>{t("signature.thanks.body")}</p>
      <p>{t("signature.thanks.validity", { days: env().signatureTokenDays })}</p>
      <p className={styles.small}>
        {t("signature.thanks.notArrived")}{" "}
        <Link href={`/${locale}/signatures/resend?petition=${encodeURIComponent(petition.id)}`}>{t("signature.thanks.resend")}</Link>
      </p>
      <ShareLinks url={absoluteUrl(env().appUrl, petitionPath(locale, address))} title={petition.text.title} t={t} heading={t("signature.thanks.shareHeading")} />
      <p className={styles.actions}>
        <Link href={petitionPath(locale, address)}>{t("signature.thanks.back")}</Link>
      </p>
    </div>
  );
}
