import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import petitionStyles from "@/components/petitions/petition.module.css";
import { SignForm } from "@/components/signatures/sign-form";
import { signFormLabels } from "@/components/signatures/sign-form-labels";
import styles from "@/components/signatures/signatures.module.css";
import { langAttribute } from "@/lib/content/pick-translation";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getLocaleAndT } from "@/lib/i18n/server";
import { loadPublicPetition } from "@/lib/petitions/load-for-page";
import { petitionPath, signEndpointPath } from "@/lib/petitions/paths";
import { canSign } from "@/lib/petitions/states";
import { currentConsentText } from "@/lib/signatures/consent";
import { CORRECTION_COOKIE, correctionMessages, openCorrection } from "@/lib/signatures/correction";
import { packedSignatureCountries } from "@/lib/signatures/country-options";

// Where a supporter without JavaScript lands when the sign form needs correcting: the petition's title
// and the form again, with the messages and what they typed, from the sign endpoint's encrypted cookie
// (lib/signatures/correction.ts). Without that cookie (expired, altered, never set) there is nothing to
// correct: back to the petition's form. With JavaScript the form corrects in place and never comes here.
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; campaign: string; petition: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("signature.form.correctMetaTitle"), robots: { index: false, follow: false } };
}

export default async function CorrectSignaturePage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign, petition: slug } = await params;
  const here = petitionPath(locale, { campaignSlug: campaign, petitionSlug: slug });
  const correction = openCorrection((await cookies()).get(CORRECTION_COOKIE)?.value, { secret: env().authSecret, path: here });
  if (!correction) redirect(`${here}#sign`);
  const petition = await loadPublicPetition(campaign, slug, locale);
  if (!canSign(petition, new Date())) redirect(here);
  const consent = await currentConsentText(await getDb(), locale);
  const address = { campaignSlug: petition.campaign.slug, petitionSlug: petition.slug };
  const initial = { ...correctionMessages(correction.fieldErrors, correction.formError, t), values: correction.values };

  return (
    <article className={`${petitionStyles.petition} ${styles.correct}`}>
      <p className={petitionStyles.back}>
        <Link href={petitionPath(locale, address)}>
          <span aria-hidden="true">← </span>
          {t("signature.thanks.back")}
        </Link>
      </p>
      <h1 lang={langAttribute(petition.text.locale, locale)}>{petition.text.title}</h1>
      <section className={petitionStyles.signBox} aria-labelledby="sign-heading" id="sign">
        <h2 id="sign-heading">{t("petition.signHeading")}</h2>
        <p>{t("signature.form.correctIntro")}</p>
        <SignForm
          action={signEndpointPath(locale, address)}
          locale={locale}
          consent={{ id: consent.id, text: consent.text }}
          countries={packedSignatureCountries(locale)}
          labels={signFormLabels(t)}
          initial={initial}
        />
      </section>
    </article>
  );
}
